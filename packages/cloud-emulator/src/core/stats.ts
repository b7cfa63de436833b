/** Counts every authenticated call that reached an operation, by operation name. */
export class CallStats {
  private calls = new Map<string, number>();

  count(operation: string): void {
    this.calls.set(operation, (this.calls.get(operation) ?? 0) + 1);
  }

  snapshot(): { calls: Record<string, number> } {
    return { calls: Object.fromEntries(this.calls) };
  }

  reset(): void {
    this.calls = new Map();
  }
}
