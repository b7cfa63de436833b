import type { Database } from '../../db/database.ts';
import type { Logger } from '../../logger.ts';

const CHANNEL = 'portico_inventory_jobs';

/**
 * "This inventory job changed": on PostgreSQL a NOTIFY that every instance hears (the payload is
 * only the job id; listeners read the row), in one PGlite process a direct call.
 */
export class JobNotices {
  #onChange: (jobId: string) => void = () => undefined;
  #stop: (() => Promise<void>) | undefined;

  constructor(
    private readonly database: Database,
    private readonly logger: Logger,
  ) {}

  /** `onMissed` runs after a lost listening connection is back: notices may have been missed. */
  async start(onChange: (jobId: string) => void, onMissed: () => void): Promise<void> {
    this.#onChange = onChange;
    if (this.database.driver === 'postgres') this.#stop = await this.database.listen(CHANNEL, onChange, onMissed);
  }

  announce(jobId: string): void {
    if (this.database.driver !== 'postgres') return this.#onChange(jobId);
    this.database.notify(CHANNEL, jobId).catch((error: unknown) => this.logger.warn({ err: error }, 'inventory job notify failed'));
  }

  async stop(): Promise<void> {
    await this.#stop?.();
  }
}
