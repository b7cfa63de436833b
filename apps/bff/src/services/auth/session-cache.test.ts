import { describe, expect, it } from 'vitest';
import { SessionCache } from './session-cache.ts';

describe('SessionCache', () => {
  it('when an entry is older than the TTL, then it is gone', () => {
    const cache = new SessionCache<{ userId: string }>(1_000);
    cache.set('a', { userId: 'u1' }, 0);
    expect(cache.get('a', 999)).toEqual({ userId: 'u1' });
    expect(cache.get('a', 1_000)).toBeUndefined();
  });

  it('when a person is forgotten, then every session of theirs is, and only theirs', () => {
    const cache = new SessionCache<{ userId: string }>(1_000);
    cache.set('a', { userId: 'u1' }, 0);
    cache.set('b', { userId: 'u1' }, 0);
    cache.set('c', { userId: 'u2' }, 0);
    cache.forgetUser('u1');
    expect([cache.get('a', 1), cache.get('b', 1), cache.get('c', 1)]).toEqual([undefined, undefined, { userId: 'u2' }]);
  });

  it('when full, then the oldest entry makes room', () => {
    const cache = new SessionCache<{ userId: string }>(1_000, 2);
    cache.set('a', { userId: 'u1' }, 0);
    cache.set('b', { userId: 'u2' }, 0);
    cache.set('c', { userId: 'u3' }, 0);
    expect([cache.get('a', 1), cache.get('b', 1), cache.get('c', 1)]).toEqual([undefined, { userId: 'u2' }, { userId: 'u3' }]);
  });

  it('when the TTL is 0, then nothing is kept', () => {
    const cache = new SessionCache<{ userId: string }>(0);
    cache.set('a', { userId: 'u1' }, 0);
    expect(cache.get('a', 0)).toBeUndefined();
  });
});
