import { type ChangePolicyInput, type FreezeInput, type ChangePolicy, type Freeze, type FreezeList } from '@portico/contracts/changes';
import { ErrorCode } from '@portico/contracts/errors';
import { AppError } from '../../errors.ts';
import { porticoTarget, type Actor, type AuditLog } from '../audit/audit-log.ts';
import type { FreezeStore } from './freeze-store.ts';
import { publicPolicy, type PolicyStore } from './policy-store.ts';

type PolicyIn = ReturnType<typeof ChangePolicyInput.parse>;
type FreezeIn = ReturnType<typeof FreezeInput.parse>;

/** What the log keeps of a policy: the webhook's host and format, never its URL. */
const logged = (policy: ChangePolicy) => ({ ...policy, id: undefined, createdAt: undefined });

/** Policies and freezes, changed by admins and audited with before and after. */
export class PolicyService {
  constructor(
    private readonly policies: PolicyStore,
    private readonly freezes: FreezeStore,
    private readonly audit: AuditLog,
  ) {}

  async list(): Promise<ChangePolicy[]> {
    return (await this.policies.all()).map(publicPolicy);
  }

  async create(actor: Actor, input: PolicyIn): Promise<ChangePolicy> {
    const created = publicPolicy(await this.policies.create(input));
    await this.audit.record(actor, porticoTarget('CreateChangePolicy', 'change-request', created.name), { result: 'succeeded', after: logged(created) });
    return created;
  }

  async update(actor: Actor, id: string, input: PolicyIn): Promise<ChangePolicy> {
    const current = await this.editable(id);
    const updated = publicPolicy(await this.policies.update(id, input, current));
    await this.audit.record(actor, porticoTarget('UpdateChangePolicy', 'change-request', updated.name), {
      result: 'succeeded',
      after: { before: logged(publicPolicy(current)), after: logged(updated) },
    });
    return updated;
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const current = await this.editable(id);
    await this.policies.remove(id);
    await this.audit.record(actor, porticoTarget('DeleteChangePolicy', 'change-request', current.name), {
      result: 'succeeded',
      after: { before: logged(publicPolicy(current)) },
    });
  }

  /** The access file's policies, replacing the file's previous ones (at every start). */
  async loadFile(actor: Actor, path: string, inputs: readonly PolicyIn[]): Promise<void> {
    await this.policies.replaceFilePolicies(inputs);
    await this.audit.record(actor, porticoTarget('LoadChangePolicies', 'change-request', path), { result: 'succeeded', after: { policies: inputs.map((p) => p.name) } });
  }

  async listFreezes(): Promise<FreezeList> {
    return { items: await this.freezes.current() };
  }

  async createFreeze(actor: Actor, input: FreezeIn): Promise<Freeze> {
    const freeze = await this.freezes.create(input, actor.name);
    await this.audit.record(actor, porticoTarget('CreateChangeFreeze', 'change-request', freeze.reason), { result: 'succeeded', after: freeze });
    return freeze;
  }

  async removeFreeze(actor: Actor, id: string): Promise<void> {
    const freeze = await this.freezes.find(id);
    if (!freeze) throw new AppError(ErrorCode.notFound, 'No such freeze.', 404);
    await this.freezes.remove(id);
    await this.audit.record(actor, porticoTarget('DeleteChangeFreeze', 'change-request', freeze.reason), { result: 'succeeded', after: { before: freeze } });
  }

  private async editable(id: string) {
    const current = await this.policies.find(id);
    if (!current) throw new AppError(ErrorCode.notFound, 'No such policy.', 404);
    if (current.source === 'file') throw new AppError(ErrorCode.conflict, `${current.name} comes from the access file: change it there.`, 409);
    return current;
  }
}
