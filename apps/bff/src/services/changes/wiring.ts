import type { Logger } from 'pino';
import type { Database } from '../../db/database.ts';
import type { CloudClients } from '../../clouds/cloud-clients.ts';
import type { AccessService } from '../access/access-service.ts';
import { Permissions } from '../access/permissions.ts';
import type { AuditLog } from '../audit/audit-log.ts';
import type { UserStore } from '../auth/user-store.ts';
import { ChangeService } from './change-service.ts';
import { FreezeStore } from './freeze-store.ts';
import { operationHandlers, type ChangeServices } from './operations.ts';
import { PolicyService } from './policy-service.ts';
import { PolicyStore } from './policy-store.ts';
import { RequestStore } from './request-store.ts';
import { StepUpService } from './step-up.ts';
import { defaultWebhookOptions, Webhooks, type WebhookOptions } from './webhooks.ts';

export interface ChangeOptions {
  webhook?: Partial<WebhookOptions>;
  /** How recent a fresh sign-in must be to approve (default 5 minutes). */
  stepUpWindowMs?: number;
  /** How often expiries, scheduled applies and webhook retries are looked for. */
  loopMs?: number;
  /** The clock (tests move it past an expiry). */
  now?: () => Date;
}

interface Wiring {
  database: Database;
  audit: AuditLog;
  users: UserStore;
  access: AccessService;
  logger: Logger;
  clouds: CloudClients;
  publicUrl?: string | undefined;
  options?: ChangeOptions | undefined;
  services: Omit<ChangeServices, 'resolveProfile'>;
}

/** The change-request pieces, built once per process, and their background loop. */
export function changeServices(w: Wiring) {
  const db = w.database.db;
  const policyStore = new PolicyStore(db);
  const freezes = new FreezeStore(db);
  const webhooks = new Webhooks(db, policyStore, w.logger, { ...defaultWebhookOptions, ...w.options?.webhook });
  const handlers = operationHandlers({
    ...w.services,
    resolveProfile: (cloud, profile) => (cloud === 'alibaba' ? w.clouds.alibaba(profile) : w.clouds.huawei(profile)).profile.id,
  });
  const changes = new ChangeService({
    requests: new RequestStore(db),
    policies: policyStore,
    freezes,
    webhooks,
    handlers,
    audit: w.audit,
    stepUpWindowMs: w.options?.stepUpWindowMs ?? 5 * 60_000,
    publicUrl: w.publicUrl,
    now: w.options?.now ?? (() => new Date()),
    permissionsOf: async (userId) => {
      const user = await w.users.byId(userId);
      if (!user || user.disabled) return undefined;
      const grants = await w.access.grantsFor({ username: user.username, groups: user.groups, role: user.role as Parameters<AccessService['grantsFor']>[0]['role'] });
      return { name: user.username, permissions: new Permissions(grants) };
    },
  });
  return {
    changes,
    webhooks,
    policies: new PolicyService(policyStore, freezes, w.audit),
    stepUp: new StepUpService(db, w.users, w.audit),
    startLoop() {
      const timer = setInterval(() => {
        void changes.runDue().catch((error: unknown) => w.logger.warn({ err: error }, 'change requests: due work failed'));
        webhooks.kick();
      }, w.options?.loopMs ?? 30_000);
      timer.unref();
      return { stop: () => clearInterval(timer) };
    },
  };
}
