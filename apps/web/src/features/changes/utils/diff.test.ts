import { describe, expect, it } from 'vitest';
import { planDiff } from './diff';

describe('planDiff', () => {
  it('lists only what differs, nested paths written out, absent values as a dash', () => {
    expect(planDiff({ a: 1, b: { c: 'x', d: 'y' } }, { a: 1, b: { c: 'z' }, e: true })).toEqual([
      { path: 'b.c', before: 'x', after: 'z' },
      { path: 'b.d', before: 'y', after: '—' },
      { path: 'e', before: '—', after: 'true' },
    ]);
  });
  it('reads a removal (after null) as every field going away, and list items by position', () => {
    expect(planDiff({ cidrs: ['10.0.0.0/8'] }, null)).toEqual([{ path: 'cidrs.0', before: '10.0.0.0/8', after: '—' }]);
  });
});
