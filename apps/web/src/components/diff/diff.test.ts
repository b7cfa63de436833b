import { describe, expect, it } from 'vitest';
import { diffStates, flattenState, formatLeaf, isNoChange, summarizeDiff } from './diff';

describe('flattenState', () => {
  it('when objects nest and hold lists, then every leaf has a dotted path with list indexes', () => {
    const leaves = flattenState({ name: 'office', cidrs: ['10.0.0.0/8', '192.168.1.1'], backend: { vpc: { port: 80 } } });
    expect([...leaves]).toEqual([
      ['name', 'office'],
      ['cidrs.0', '10.0.0.0/8'],
      ['cidrs.1', '192.168.1.1'],
      ['backend.vpc.port', '80'],
    ]);
  });

  it('when the state is null (the resource did not exist), then it has no leaves', () => {
    expect(flattenState(null).size).toBe(0);
    expect(flattenState(undefined).size).toBe(0);
  });

  it('when a nested list or object is empty, then it still shows as a leaf', () => {
    expect([...flattenState({ cidrs: [], tags: {}, note: null })]).toEqual([
      ['cidrs', '[]'],
      ['tags', '{}'],
      ['note', 'null'],
    ]);
  });

  it('when the whole state is one plain value, then its path is empty', () => {
    expect([...flattenState('on')]).toEqual([['', 'on']]);
  });
});

describe('formatLeaf', () => {
  it('when a value is a string, then it reads as is, an empty one as ""', () => {
    expect(formatLeaf('vpc-1')).toBe('vpc-1');
    expect(formatLeaf('')).toBe('""');
    expect(formatLeaf(false)).toBe('false');
    expect(formatLeaf(8080)).toBe('8080');
  });
});

describe('diffStates', () => {
  it('when a field changes, then exactly it is marked changed with both values', () => {
    const rows = diffStates({ vpcId: 'vpc-1', instanceId: 'i-old', port: 80 }, { vpcId: 'vpc-1', instanceId: 'i-new', port: 80 });
    expect(rows).toEqual([
      { path: 'vpcId', before: 'vpc-1', after: 'vpc-1', kind: 'unchanged' },
      { path: 'instanceId', before: 'i-old', after: 'i-new', kind: 'changed' },
      { path: 'port', before: '80', after: '80', kind: 'unchanged' },
    ]);
  });

  it('when something was created, then every field is added; when removed, every field is removed', () => {
    expect(diffStates(null, { name: 'a', port: 1 }).map((r) => r.kind)).toEqual(['added', 'added']);
    expect(diffStates({ name: 'a', port: 1 }, null).map((r) => [r.path, r.before, r.after, r.kind])).toEqual([
      ['name', 'a', undefined, 'removed'],
      ['port', '1', undefined, 'removed'],
    ]);
  });

  it('when a list grows or shrinks, then the extra items are added or removed by index', () => {
    const rows = diffStates({ cidrs: ['10.0.0.0/8', '1.1.1.1'] }, { cidrs: ['10.0.0.0/8'] });
    expect(rows.map((r) => [r.path, r.kind])).toEqual([
      ['cidrs.0', 'unchanged'],
      ['cidrs.1', 'removed'],
    ]);
    expect(diffStates({ cidrs: [] }, { cidrs: ['1.1.1.1'] }).map((r) => [r.path, r.kind])).toEqual([
      ['cidrs', 'removed'],
      ['cidrs.0', 'added'],
    ]);
  });

  it('when a key appears, then it is placed after the key before it in the new state', () => {
    const rows = diffStates({ name: 'a', port: 80 }, { name: 'a', vpcTargetHostName: 'h.example', port: 80 });
    expect(rows.map((r) => `${r.path}:${r.kind}`)).toEqual(['name:unchanged', 'vpcTargetHostName:added', 'port:unchanged']);
  });

  it('when a masked secret stays masked, then it is unchanged', () => {
    expect(diffStates({ password: '******' }, { password: '******' })[0]?.kind).toBe('unchanged');
  });
});

describe('summarizeDiff and isNoChange', () => {
  it('when counting, then each kind is counted once per leaf', () => {
    const rows = diffStates({ a: 1, b: 2, c: 3 }, { a: 1, b: 5, d: 4 });
    expect(summarizeDiff(rows)).toEqual({ changed: 1, added: 1, removed: 1, unchanged: 1 });
    expect(isNoChange(rows)).toBe(false);
    expect(isNoChange(diffStates({ a: 1 }, { a: 1 }))).toBe(true);
  });
});
