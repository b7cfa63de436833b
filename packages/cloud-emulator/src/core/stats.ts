/**
 * Counts every authenticated call that reached an operation, by operation name, and apart from
 * them the calls the throttle fault refused (how hard a client pushes against a rate limit).
 */
export class CallStats {
  private calls = new Map<string, number>();
  private throttled = new Map<string, number>();

  count(operation: string): void {
    this.calls.set(operation, (this.calls.get(operation) ?? 0) + 1);
  }

  countThrottled(operation: string): void {
    this.throttled.set(operation, (this.throttled.get(operation) ?? 0) + 1);
  }

  /** `throttled` appears once a call has been throttled since the last reset. */
  snapshot(): { calls: Record<string, number>; throttled?: Record<string, number> } {
    return { calls: Object.fromEntries(this.calls), ...(this.throttled.size > 0 ? { throttled: Object.fromEntries(this.throttled) } : {}) };
  }

  reset(): void {
    this.calls = new Map();
    this.throttled = new Map();
  }
}
