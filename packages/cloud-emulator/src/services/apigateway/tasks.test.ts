import { describe, expect, it } from 'vitest';
import { failsAt } from './tasks.ts';

describe('failsAt', () => {
  it('when the ratio is 1/k, then every k-th API fails', () => {
    const fails = (ratio: number, n: number) => Array.from({ length: n }, (_, i) => failsAt(i, ratio));
    expect(fails(0.25, 8)).toEqual([false, false, false, true, false, false, false, true]);
    expect(fails(0, 4)).toEqual([false, false, false, false]);
    expect(fails(1, 3)).toEqual([true, true, true]);
    expect(fails(1 / 3, 9).filter(Boolean)).toHaveLength(3);
  });
});
