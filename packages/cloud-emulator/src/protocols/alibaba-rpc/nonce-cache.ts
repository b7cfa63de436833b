/**
 * Remembers signature nonces for a window (15 minutes, as the cloud does) so a
 * replayed request answers SignatureNonceUsed. Entries are kept in insertion
 * order, so expiry only ever trims the head. Under sustained load (a long
 * benchmark) at most `maxEntries` are kept, the oldest forgotten first.
 */
export class NonceCache {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly windowMs = 15 * 60 * 1000,
    private readonly maxEntries = 1_000_000,
  ) {}

  /** Records the nonce; false when it was already used within the window. */
  remember(accessKeyId: string, nonce: string, now: number): boolean {
    this.expire(now);
    const key = `${accessKeyId}\u0000${nonce}`;
    if (this.seen.has(key)) return false;
    this.seen.set(key, now + this.windowMs);
    if (this.seen.size > this.maxEntries) {
      const oldest = this.seen.keys().next();
      if (!oldest.done) this.seen.delete(oldest.value);
    }
    return true;
  }

  clear(): void {
    this.seen.clear();
  }

  get size(): number {
    return this.seen.size;
  }

  private expire(now: number): void {
    for (const [key, expiresAt] of this.seen) {
      if (expiresAt > now) break;
      this.seen.delete(key);
    }
  }
}
