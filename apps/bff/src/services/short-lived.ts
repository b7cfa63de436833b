/**
 * A value read through a short cache: what every request is decided from (grants, change
 * policies, freezes) is read once per `ttlMs` rather than per request. Another instance's write
 * is seen within `ttlMs`; this instance's own at once, since its writes `clear()` it.
 */
export class ShortLived<T> {
  #cache: { at: number; value: Promise<T> } | undefined;

  constructor(
    private readonly read: () => Promise<T>,
    private readonly ttlMs = 2_000,
  ) {}

  get(): Promise<T> {
    const now = Date.now();
    if (!this.#cache || now - this.#cache.at > this.ttlMs) {
      const value = this.read();
      // A failed read is not kept: the next caller reads again.
      value.catch(() => (this.#cache = undefined));
      this.#cache = { at: now, value };
    }
    return this.#cache.value;
  }

  clear(): void {
    this.#cache = undefined;
  }
}
