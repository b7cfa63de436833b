/**
 * Recently read sessions, so a signed-in person's every request is not a database round trip.
 * Entries live `ttlMs` at most; whatever ends or changes a session (sign-out, a disabled account,
 * a new role) forgets it here at once, and other instances hear of it through the database
 * (see SessionStore), so the TTL only bounds a notice lost while a listener reconnects.
 */
export class SessionCache<T extends { userId: string }> {
  readonly #entries = new Map<string, { value: T; cachedAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(tokenHash: string, now: number): T | undefined {
    const entry = this.#entries.get(tokenHash);
    if (!entry) return undefined;
    if (now - entry.cachedAt >= this.ttlMs) {
      this.#entries.delete(tokenHash);
      return undefined;
    }
    return entry.value;
  }

  set(tokenHash: string, value: T, now: number): void {
    if (this.ttlMs <= 0) return;
    this.#entries.delete(tokenHash);
    // Maps keep insertion order: the first key is the oldest entry.
    if (this.#entries.size >= this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(tokenHash, { value, cachedAt: now });
  }

  forgetSession(tokenHash: string): void {
    this.#entries.delete(tokenHash);
  }

  forgetUser(userId: string): void {
    for (const [hash, entry] of this.#entries) if (entry.value.userId === userId) this.#entries.delete(hash);
  }

  clear(): void {
    this.#entries.clear();
  }
}
