import { writeStateFile } from './state-file.ts';
import type { StateDocument } from './state-document.ts';

export const DEFAULT_WRITE_DELAY_MS = 200;

/**
 * Keeps the state file up to date without writing on every call: a change schedules one write
 * `delayMs` later (later changes ride along), and `flush` writes at once (on close and after
 * reset, restore or import, so nothing a caller saw acknowledged is lost on a clean stop).
 */
export class StatePersister {
  private timer: NodeJS.Timeout | undefined;
  private dirty = false;

  constructor(
    readonly path: string,
    private readonly capture: () => StateDocument,
    private readonly delayMs = DEFAULT_WRITE_DELAY_MS,
  ) {}

  changed(): void {
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => this.flush(), this.delayMs);
    // A pending write must not keep a process alive; close() flushes it.
    this.timer.unref();
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.dirty) return;
    this.dirty = false;
    try {
      writeStateFile(this.path, this.capture());
    } catch (error) {
      // The next change tries again; the previous file stays whole meanwhile.
      this.dirty = true;
      console.error(`[cloud-emulator] could not write ${this.path}`, error);
    }
  }
}
