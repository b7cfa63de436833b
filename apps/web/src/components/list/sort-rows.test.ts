import { describe, expect, it } from 'vitest';
import { nextSort, sortRowKeys } from './sort-rows';

const rows = (...values: string[]) => values.map((value, rank) => ({ key: `k${rank}`, value, rank }));

describe('sortRowKeys', () => {
  it('when a column holds numbers, then they sort as numbers, not as text', () => {
    expect(sortRowKeys(rows('80', '8080', '443', '1,000'), 'asc')).toEqual(['k0', 'k2', 'k3', 'k1']);
    expect(sortRowKeys(rows('80', '8080', '443'), 'desc')).toEqual(['k1', 'k2', 'k0']);
  });

  it('when a column holds dates, then they sort in time order across years', () => {
    expect(sortRowKeys(rows('03/16/2026, 09:05', '12/01/2025, 10:00', '01/02/2026, 08:00'), 'asc')).toEqual(['k1', 'k2', 'k0']);
  });

  it('when values are text, then they sort like people read them (case-insensitive, numbers inside)', () => {
    expect(sortRowKeys(rows('web-10', 'Web-2', 'api'), 'asc')).toEqual(['k2', 'k1', 'k0']);
  });

  it('when some values are empty, then they stay last in both directions', () => {
    expect(sortRowKeys(rows('', 'b', 'a'), 'asc')).toEqual(['k2', 'k1', 'k0']);
    expect(sortRowKeys(rows('', 'b', 'a'), 'desc')).toEqual(['k1', 'k2', 'k0']);
  });

  it('when values tie, then the incoming order decides, so sorting twice gives the same rows', () => {
    expect(sortRowKeys(rows('x', 'x', 'a'), 'desc')).toEqual(['k0', 'k1', 'k2']);
  });

  it('when the text is Chinese, then the collator of the language orders it', () => {
    expect(sortRowKeys(rows('b', 'a'), 'asc', 'zh-CN')).toEqual(['k1', 'k0']);
  });
});

describe('nextSort', () => {
  it('when the same header is clicked again, then ascending turns descending, then off', () => {
    const first = nextSort(undefined, 2);
    expect(first).toEqual({ column: 2, direction: 'asc' });
    const second = nextSort(first, 2);
    expect(second).toEqual({ column: 2, direction: 'desc' });
    expect(nextSort(second, 2)).toBeUndefined();
    expect(nextSort(second, 1)).toEqual({ column: 1, direction: 'asc' });
  });
});
