import { describe, expect, it } from 'vitest';
import { itemColumns, splitLists } from './list-diff';

const port = (n: number) => ({ clientPort: n, serverPort: n + 1000, protocol: 'TCP' });

describe('splitLists', () => {
  it('when 160 port mappings are added to 2, then it is 160 added items, not a row per field', () => {
    const before = { id: 's1', ports: [port(1), port(2)] };
    const after = { id: 's1', ports: [port(1), port(2), ...Array.from({ length: 160 }, (_, i) => port(i + 10))] };
    const { lists, before: restBefore, after: restAfter } = splitLists(before, after);
    expect(lists).toHaveLength(1);
    expect(lists[0]).toMatchObject({ path: 'ports', key: 'ports', kept: 2 });
    expect(lists[0]!.added).toHaveLength(160);
    expect(lists[0]!.removed).toEqual([]);
    expect(restBefore).toEqual({ id: 's1' });
    expect(restAfter).toEqual({ id: 's1' });
  });

  it('when the first item is removed, then only it is removed (the others moved, not changed)', () => {
    const { lists } = splitLists({ ports: [port(1), port(2), port(3)] }, { ports: [port(2), port(3)] });
    expect(lists[0]!.removed).toEqual([port(1)]);
    expect(lists[0]!.added).toEqual([]);
    expect(lists[0]!.kept).toBe(2);
  });

  it('when an item changes a field, then it reads as the old one removed and the new one added', () => {
    const { lists } = splitLists({ whitelist: ['a', 'b'] }, { whitelist: ['a', 'c'] });
    expect(lists[0]).toMatchObject({ added: ['c'], removed: ['b'], kept: 1 });
  });

  it('when a nested list appears on one side only, then all of its items are added', () => {
    const { lists } = splitLists(null, { config: { cidrs: ['10.0.0.0/8'] } });
    expect(lists[0]).toMatchObject({ path: 'config.cidrs', key: 'cidrs', added: ['10.0.0.0/8'], kept: 0 });
  });

  it('when keys of an item come in another order, then it is the same item', () => {
    const { lists } = splitLists({ ports: [{ a: 1, b: 2 }] }, { ports: [{ b: 2, a: 1 }] });
    expect(lists[0]).toMatchObject({ added: [], removed: [], kept: 1 });
  });
});

describe('itemColumns', () => {
  it('when items have different fields, then every field is a column in first-seen order', () => {
    expect(itemColumns([{ a: 1 }, { b: 2, a: 3 }, 'x'])).toEqual(['a', 'b']);
  });
});
