import { randomUUID } from 'node:crypto';
import { AUDIT_SECRET_CHANGED, isAuditSecret } from '@portico/contracts/audit-secrets';
import type { AuditEvent, RevertPreview } from '@portico/contracts/audit';
import { SECRET_MASK, type BackendModelData } from '@portico/contracts/backend-models';
import { secretsToRetype } from '@portico/contracts/backend-secrets';
import { StageName } from '@portico/contracts/published-apis';
import { ErrorCode } from '@portico/contracts/errors';
import * as backends from '../../clouds/alibaba/backends.ts';
import type { CloudClients } from '../../clouds/cloud-clients.ts';
import { AppError } from '../../errors.ts';
import type { Reverter } from '../reverts.ts';
import type { BackendModelService } from './backend-models.ts';
import { maskSecrets } from './secrets.ts';

/** Paths of the secrets an event replaced (the audit log marks them, never keeping a value). */
export function replacedSecrets(value: unknown, path = ''): string[] {
  if (value === AUDIT_SECRET_CHANGED) return [path];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => replacedSecrets(inner, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Every recorded secret as the one mask, so states compare whatever the mark. */
function normalized(value: unknown): unknown {
  if (isAuditSecret(value)) return SECRET_MASK;
  if (Array.isArray(value)) return value.map(normalized);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalized(v)]));
  return value;
}

/** Keys sorted at every level: the cloud answers a model's fields in its own order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(canonical(normalized(a))) === JSON.stringify(canonical(normalized(b)));

/** `catalog · TEST` → the backend's name and the stage. */
function parseTarget(target: string): { name: string; stage: StageName } {
  const at = target.lastIndexOf(' · ');
  const stage = StageName.safeParse(target.slice(at + 3));
  if (at < 0 || !stage.success) throw new AppError(ErrorCode.conflict, 'This change does not name a backend and stage; it cannot be reverted.', 409);
  return { name: target.slice(0, at), stage: stage.data };
}

/**
 * Undoes a saved backend model by saving the model it replaced, when the model is still as the
 * change left it. Refused, with the reason, when the change replaced a secret (the audit log never
 * keeps one, so the old value cannot be put back) or when the revert would send the stored
 * secrets to another server address.
 */
export function backendModelReverter(clouds: CloudClients, service: BackendModelService): Reverter {
  const load = async (event: AuditEvent) => {
    const gw = clouds.alibaba(event.profile);
    const { name, stage } = parseTarget(event.target);
    const page = await backends.listBackends(gw, { page: 1, pageSize: 100, search: name });
    const backend = page.items.find((b) => b.name === name);
    const found = backend ? await backends.getBackend(gw, backend.id) : undefined;
    const model = found?.models.find((m) => m.stageName === stage);
    return { backend, stage, model };
  };

  const preview = async (event: AuditEvent): Promise<RevertPreview> => {
    const { backend, model } = await load(event);
    const current = model ? maskSecrets(model.data) : null;
    const restore = normalized(event.before);
    const replaced = replacedSecrets(event.after);
    let conflict: string | undefined;
    if (!backend || !model) conflict = 'The backend or its model in this stage no longer exists; revert refused.';
    else if (replaced.length > 0) {
      conflict = `This change replaced a secret (${replaced.join(', ')}). Portico never keeps secrets, so the old value cannot be put back: edit the model and type it.`;
    } else if (!same(current, event.after)) {
      conflict = 'The model has changed since; revert refused.';
    } else if (Object.keys(secretsToRetype(restore as BackendModelData, model.data)).length > 0) {
      conflict = 'The revert would send the stored secrets to another server address: edit the model and type them again.';
    }
    return { event, current, restore, ...(conflict ? { conflict } : {}) };
  };

  return {
    preview,
    apply: async (actor, event, clientToken) => {
      const checked = await preview(event);
      if (checked.conflict) throw new AppError(ErrorCode.conflict, checked.conflict, 409);
      const { backend, stage } = await load(event);
      const saved = await service.modify(
        actor,
        backend!.id,
        stage,
        { data: checked.restore as BackendModelData, clientToken: clientToken ?? randomUUID() },
        event.profile,
        event.id,
      );
      return { auditEventId: saved.auditEventId, ...(saved.task ? { task: saved.task } : {}) };
    },
  };
}
