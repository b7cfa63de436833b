import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { GrantScope } from '@portico/contracts/grants';
import { MaintenanceWindow, PolicyConditions, type ChangePolicy, type CheckedChangePolicy, type WebhookFormat } from '@portico/contracts/changes';
import type { Db } from '../../db/database.ts';
import { changePolicies } from '../../db/schema.ts';
import { ShortLived } from '../short-lived.ts';

type PolicyRow = typeof changePolicies.$inferSelect;

/** A policy as the service uses it: the contract's shape plus the webhook URL (server-side only). */
export interface StoredPolicy extends ChangePolicy {
  webhookUrl?: string | undefined;
}

function toPolicy(row: PolicyRow): StoredPolicy {
  const format = (row.webhookFormat ?? 'portico') as WebhookFormat;
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    scope: GrantScope.parse(row.scope),
    when: PolicyConditions.parse(row.conditions),
    approvals: row.approvals,
    approverRole: row.approverRole as ChangePolicy['approverRole'],
    approverGroups: row.approverGroups,
    expiresAfterHours: row.expiresAfterHours,
    windows: row.windows.map((w) => MaintenanceWindow.parse(w)),
    ...(row.webhookUrl ? { webhook: { host: new URL(row.webhookUrl).host, format }, webhookUrl: row.webhookUrl } : {}),
    source: row.source as ChangePolicy['source'],
    createdAt: row.createdAt.toISOString(),
  };
}

/** What the browser sees: never the webhook's URL (DingTalk's and Slack's hold a token). */
export const publicPolicy = ({ webhookUrl: _url, ...policy }: StoredPolicy): ChangePolicy => policy;

function toRow(input: CheckedChangePolicy, source: ChangePolicy['source'], keptUrl: string | null) {
  const url = input.webhook ? input.webhook.url || keptUrl : null;
  return {
    name: input.name,
    description: input.description,
    scope: input.scope,
    conditions: input.when,
    approvals: input.approvals,
    approverRole: input.approverRole,
    approverGroups: input.approverGroups,
    expiresAfterHours: input.expiresAfterHours,
    windows: input.windows,
    webhookUrl: url,
    webhookFormat: url ? (input.webhook?.format ?? 'portico') : null,
    source,
  };
}

/** Policies, read through a short cache: every save of a held kind of change is checked against them. */
export class PolicyStore {
  readonly #all: ShortLived<StoredPolicy[]>;

  constructor(private readonly db: Db) {
    this.#all = new ShortLived(() =>
      this.db
        .select()
        .from(changePolicies)
        .orderBy(asc(changePolicies.createdAt), asc(changePolicies.id))
        .then((rows) => rows.map(toPolicy)),
    );
  }

  all(): Promise<StoredPolicy[]> {
    return this.#all.get();
  }

  async find(id: string): Promise<StoredPolicy | undefined> {
    const [row] = await this.db.select().from(changePolicies).where(eq(changePolicies.id, id));
    return row ? toPolicy(row) : undefined;
  }

  async create(input: CheckedChangePolicy, source: ChangePolicy['source'] = 'console'): Promise<StoredPolicy> {
    const [row] = await this.db
      .insert(changePolicies)
      .values({ id: randomUUID(), ...toRow(input, source, null) })
      .returning();
    this.#all.clear();
    return toPolicy(row!);
  }

  /** An empty webhook URL keeps the stored one (the console never had it to send back). */
  async update(id: string, input: CheckedChangePolicy, current: StoredPolicy): Promise<StoredPolicy> {
    const [row] = await this.db
      .update(changePolicies)
      .set(toRow(input, current.source, current.webhookUrl ?? null))
      .where(eq(changePolicies.id, id))
      .returning();
    this.#all.clear();
    return toPolicy(row!);
  }

  async remove(id: string): Promise<void> {
    await this.db.delete(changePolicies).where(eq(changePolicies.id, id));
    this.#all.clear();
  }

  /** The access file's policies replace the file's previous ones in one transaction. */
  async replaceFilePolicies(inputs: readonly CheckedChangePolicy[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.delete(changePolicies).where(eq(changePolicies.source, 'file'));
      if (inputs.length > 0) await tx.insert(changePolicies).values(inputs.map((input) => ({ id: randomUUID(), ...toRow(input, 'file', null) })));
    });
    this.#all.clear();
  }
}
