import { describe, expect, it } from 'vitest';
import { NonceCache } from './nonce-cache.ts';

describe('NonceCache', () => {
  it('when a nonce comes back within 15 minutes, then it is refused; after, it is accepted', () => {
    const cache = new NonceCache();
    expect(cache.remember('AK', 'n1', 0)).toBe(true);
    expect(cache.remember('AK', 'n1', 14 * 60_000)).toBe(false);
    expect(cache.remember('OTHER', 'n1', 14 * 60_000)).toBe(true);
    expect(cache.remember('AK', 'n1', 15 * 60_000 + 1)).toBe(true);
  });

  it('when more nonces arrive than it keeps, then the oldest are forgotten', () => {
    const cache = new NonceCache(60_000, 2);
    cache.remember('AK', 'a', 0);
    cache.remember('AK', 'b', 1);
    cache.remember('AK', 'c', 2);
    expect(cache.size).toBe(2);
    expect(cache.remember('AK', 'a', 3)).toBe(true);
    expect(cache.remember('AK', 'c', 3)).toBe(false);
  });
});
