import { describe, expect, it } from 'vitest';
import { ShortLived } from './short-lived.ts';

describe('ShortLived', () => {
  it('reads once within its time, again after clear(), and again after a failed read', async () => {
    let reads = 0;
    let fail = false;
    const cached = new ShortLived(async () => {
      reads += 1;
      if (fail) throw new Error('down');
      return reads;
    }, 60_000);
    expect(await cached.get()).toBe(1);
    expect(await cached.get()).toBe(1);
    cached.clear();
    fail = true;
    await expect(cached.get()).rejects.toThrow('down');
    fail = false;
    expect(await cached.get()).toBe(3);
  });

  it('given a zero time, then every get reads', async () => {
    let reads = 0;
    const cached = new ShortLived(async () => ++reads, -1);
    await cached.get();
    await cached.get();
    expect(reads).toBe(2);
  });
});
