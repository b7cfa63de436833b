import type { DemoCloudInfo, DemoCloudReset } from '@portico/contracts/demo-cloud';
import { ErrorCode } from '@portico/contracts/errors';
import { AppError } from '../errors.ts';
import { porticoTarget, type Actor, type AuditLog } from './audit/audit-log.ts';
import { audited } from './audit/audited.ts';

/** The embedded emulator as the console sees it in demo mode (see demo-cloud.ts next to main.ts). */
export interface DemoCloud {
  /** Whether its state is kept on disk (under DATA_DIR) across restarts. */
  readonly persistent: boolean;
  /** Every region of both clouds back to the seed. */
  reset(): void;
}

/**
 * The admin's "reset the demo cloud": the emulator's resources go back to the seed; the
 * console's own records (people, the audit log, finished tasks) stay, and the reset is audited.
 */
export class DemoCloudService {
  constructor(
    private readonly cloud: DemoCloud | undefined,
    private readonly audit: AuditLog,
  ) {}

  info(): DemoCloudInfo {
    return { available: this.cloud !== undefined, persistent: this.cloud?.persistent ?? false };
  }

  async reset(actor: Actor): Promise<DemoCloudReset> {
    const cloud = this.cloud;
    if (!cloud) throw new AppError(ErrorCode.notFound, 'This console does not run the demo cloud: its profiles point at real clouds.', 404);
    const target = porticoTarget('ResetDemoCloud', 'demo-cloud', 'demo cloud');
    const change = { before: { state: 'as changed since the last reset' }, after: { state: 'the seed' } };
    const { auditEventId } = await audited(this.audit, actor, target, change, async () => {
      cloud.reset();
      return {};
    });
    return { ok: true, auditEventId };
  }
}
