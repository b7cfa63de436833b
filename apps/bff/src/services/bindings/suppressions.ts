import { randomUUID } from 'node:crypto';
import { and, desc, eq, gt } from 'drizzle-orm';
import { ErrorCode } from '@portico/contracts/errors';
import type { CreateSuppression, Finding, FindingSuppression, Inventory } from '@portico/contracts/bindings';
import type { BindingRows } from '@portico/contracts/bindings-rows';
import type { CloudClients } from '../../clouds/cloud-clients.ts';
import type { Db } from '../../db/database.ts';
import { findingSuppressions } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { porticoTarget, type Actor, type AuditLog } from '../audit/audit-log.ts';
import { audited } from '../audit/audited.ts';

type Row = typeof findingSuppressions.$inferSelect;

const toSuppression = (row: Row): FindingSuppression => ({
  id: row.id,
  kind: row.kind as FindingSuppression['kind'],
  subject: row.subject,
  owner: row.owner,
  reason: row.reason,
  expiresAt: row.expiresAt.toISOString(),
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
  expired: row.expiresAt.getTime() <= Date.now(),
});

const keyOf = (f: { kind: string; subject: string }) => `${f.kind}\n${f.subject}`;

/** Findings accepted for a while, with an owner, a reason and an expiry; each one audited. */
export class SuppressionService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly clouds: CloudClients,
  ) {}

  async list(profile?: string): Promise<FindingSuppression[]> {
    const id = this.clouds.alibaba(profile).profile.id;
    const rows = await this.db.select().from(findingSuppressions).where(eq(findingSuppressions.profile, id)).orderBy(desc(findingSuppressions.createdAt));
    return rows.map(toSuppression);
  }

  async create(actor: Actor, input: CreateSuppression, profile?: string): Promise<FindingSuppression> {
    const id = this.clouds.alibaba(profile).profile.id;
    const row: Row = { id: randomUUID(), profile: id, ...input, expiresAt: new Date(input.expiresAt), createdBy: actor.name, createdAt: new Date() };
    const target = porticoTarget('SuppressFinding', 'finding', `${input.kind} ${input.subject}`);
    await audited(this.audit, actor, target, { before: null, after: { ...input, profile: id } }, async () => {
      await this.db.insert(findingSuppressions).values(row);
      return {};
    });
    return toSuppression(row);
  }

  /** Ends a suppression now (it stays listed, expired). */
  async remove(actor: Actor, id: string): Promise<FindingSuppression> {
    const [row] = await this.db.select().from(findingSuppressions).where(eq(findingSuppressions.id, id));
    if (!row) throw new AppError(ErrorCode.notFound, 'No such suppression.', 404);
    const target = porticoTarget('EndFindingSuppression', 'finding', `${row.kind} ${row.subject}`);
    const now = new Date();
    await audited(this.audit, actor, target, { before: toSuppression(row), after: { expiresAt: now.toISOString() } }, async () => {
      await this.db.update(findingSuppressions).set({ expiresAt: now }).where(eq(findingSuppressions.id, id));
      return {};
    });
    return toSuppression({ ...row, expiresAt: now });
  }

  /** The inventory with its findings marked as suppressed where an unexpired suppression says so. */
  async apply(inventory: Inventory): Promise<Inventory> {
    const mark = await this.marker(inventory.profile);
    return mark ? { ...inventory, findings: inventory.findings.map(mark) } : inventory;
  }

  /** One page of the table with its rows' findings marked the same way. */
  async applyToRows(profile: string, page: BindingRows): Promise<BindingRows> {
    const mark = await this.marker(profile);
    return mark ? { ...page, rows: page.rows.map((row) => ({ ...row, findings: row.findings.map(mark) })) } : page;
  }

  /** Marks a finding that an unexpired suppression covers; undefined when none is active. */
  private async marker(profile: string): Promise<((finding: Finding) => Finding) | undefined> {
    const rows = await this.db
      .select()
      .from(findingSuppressions)
      .where(and(eq(findingSuppressions.profile, profile), gt(findingSuppressions.expiresAt, new Date())));
    if (rows.length === 0) return undefined;
    const active = new Map(rows.map((row) => [keyOf(row), row]));
    return (finding) => {
      const row = active.get(keyOf(finding));
      return row ? { ...finding, suppressed: { id: row.id, owner: row.owner, reason: row.reason, expiresAt: row.expiresAt.toISOString() } } : finding;
    };
  }
}
