import type { UserRole } from '@portico/contracts/auth';
import { effectiveGrants, type EffectiveGrant, type Grant, type GrantInput } from '@portico/contracts/grants';
import { describeGrant } from '@portico/contracts/grants';
import { porticoTarget, type Actor, type AuditLog } from '../audit/audit-log.ts';
import { audited } from '../audit/audited.ts';
import type { GrantStore } from './grant-store.ts';
import { GrantInput as GrantInputSchema } from '@portico/contracts/grants';

export interface Person {
  username: string;
  groups: readonly string[];
  role: UserRole;
}

/** What the audit log keeps of a grant: who, what role, where, and the grant in words. */
const auditView = (g: Grant) => ({ subject: g.subject, role: g.role, scope: g.scope, source: g.source, meaning: describeGrant(g) });
const grantTarget = (operation: string, g: Pick<Grant, 'subject'>) =>
  porticoTarget(operation, 'grant', g.subject.type === 'user' ? `user ${g.subject.username}` : `group ${g.subject.group}`);

/** Grants, managed by admins and from the access file; every change audited with before and after. */
export class AccessService {
  constructor(
    readonly store: GrantStore,
    private readonly audit: AuditLog,
  ) {}

  async grantsFor(person: Person): Promise<EffectiveGrant[]> {
    return effectiveGrants(person, await this.store.all());
  }

  /**
   * The grants every decision is made from. The same list object until a change here or a re-read
   * (after the store's TTL) replaces it, so what is derived from it can be kept per list.
   */
  current(): Promise<readonly Grant[]> {
    return this.store.all();
  }

  /** A person's effective grants out of a given list (`current()`). */
  effectiveIn(person: Person, grants: readonly Grant[]): EffectiveGrant[] {
    return effectiveGrants(person, grants);
  }

  /** Whether anything at all is granted to the person (an SSO sign-in with no global role needs one). */
  async hasAny(person: Omit<Person, 'role'>): Promise<boolean> {
    return (await this.grantsFor({ ...person, role: 'none' })).length > 0;
  }

  list(): Promise<Grant[]> {
    return this.store.all();
  }

  async create(actor: Actor, input: GrantInput): Promise<Grant> {
    const parsed = GrantInputSchema.parse(input);
    const { grant } = await audited(
      this.audit,
      actor,
      grantTarget('CreateGrant', parsed),
      { before: null, after: { subject: parsed.subject, role: parsed.role, scope: parsed.scope } },
      async () => ({
        grant: await this.store.create(parsed),
      }),
    );
    return grant;
  }

  async update(actor: Actor, id: string, input: GrantInput): Promise<Grant> {
    const parsed = GrantInputSchema.parse(input);
    const current = await this.store.find(id);
    const { after } = await audited(
      this.audit,
      actor,
      grantTarget('UpdateGrant', current ?? parsed),
      { before: current ? auditView(current) : null, after: { subject: parsed.subject, role: parsed.role, scope: parsed.scope } },
      async () => ({ after: (await this.store.update(id, parsed)).after }),
    );
    return after;
  }

  async delete(actor: Actor, id: string): Promise<void> {
    const current = await this.store.find(id);
    await audited(
      this.audit,
      actor,
      grantTarget('DeleteGrant', current ?? { subject: { type: 'user', username: id } }),
      { before: current ? auditView(current) : null, after: null },
      async () => ({
        removed: await this.store.delete(id),
      }),
    );
  }

  /** Replaces the file's grants; audited only when they differ from what the database holds. */
  async loadFile(actor: Actor, path: string, inputs: readonly ReturnType<typeof GrantInputSchema.parse>[]): Promise<{ count: number; changed: boolean }> {
    const current = (await this.store.all()).filter((g) => g.source === 'file');
    const key = (g: { subject: unknown; role: string; scope: unknown }) => JSON.stringify([g.subject, g.role, g.scope]);
    const same = current.length === inputs.length && current.every((g, i) => key(g) === key(inputs[i]!));
    if (same) return { count: inputs.length, changed: false };
    await audited(
      this.audit,
      actor,
      porticoTarget('LoadAccessFile', 'grant', path),
      { before: { grants: current.map(auditView) }, after: { grants: inputs.map((g) => ({ subject: g.subject, role: g.role, scope: g.scope, meaning: describeGrant(g) })) } },
      async () => ({ replaced: await this.store.replaceFileGrants(inputs) }),
    );
    return { count: inputs.length, changed: true };
  }
}
