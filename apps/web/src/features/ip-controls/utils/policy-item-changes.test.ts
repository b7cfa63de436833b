import { describe, expect, it } from 'vitest';
import { policyItemChanges } from './policy-item-changes';

describe('policyItemChanges', () => {
  it('when a new item is reviewed, then every entry is added and it counts as a change', () => {
    const changes = policyItemChanges(null, { cidrs: ['10.0.0.0/24', '192.0.2.7'], appId: '' });
    expect(changes).toMatchObject({ added: ['10.0.0.0/24', '192.0.2.7'], removed: [], unchanged: [], changed: true });
    expect(changes.appId.changed).toBe(false);
  });

  it('when entries are added and removed, then each list names them and the rest is unchanged', () => {
    const changes = policyItemChanges({ cidrs: ['10.0.0.0/24', '192.0.2.7', '2001:db8::/48'] }, { cidrs: ['2001:db8::/48', '10.0.0.0/24', '198.51.100.0/24'] });
    expect(changes.added).toEqual(['198.51.100.0/24']);
    expect(changes.removed).toEqual(['192.0.2.7']);
    expect(changes.unchanged).toEqual(['2001:db8::/48', '10.0.0.0/24']);
    expect(changes.changed).toBe(true);
  });

  it('when only the order changes, then nothing changes', () => {
    const changes = policyItemChanges({ cidrs: ['10.0.0.0/24', '192.0.2.7'], appId: '42' }, { cidrs: ['192.0.2.7', '10.0.0.0/24'], appId: '42' });
    expect(changes.changed).toBe(false);
  });

  it('when the same network is written differently, then it is a rewrite, not an add and a remove', () => {
    const changes = policyItemChanges({ cidrs: ['192.0.2.7'] }, { cidrs: ['192.0.2.7/32'] });
    expect(changes).toMatchObject({ added: [], removed: [], rewritten: [{ from: '192.0.2.7', to: '192.0.2.7/32' }], changed: true });
  });

  it('when the AppId is set, changed or cleared, then both values are given', () => {
    expect(policyItemChanges({ cidrs: ['192.0.2.7'] }, { cidrs: ['192.0.2.7'], appId: '42' }).appId).toEqual({ before: '', after: '42', changed: true });
    expect(policyItemChanges({ cidrs: ['192.0.2.7'], appId: '42' }, { cidrs: ['192.0.2.7'] }).appId).toEqual({ before: '42', after: '', changed: true });
    expect(policyItemChanges({ cidrs: ['192.0.2.7'], appId: '42' }, { cidrs: ['192.0.2.7'], appId: '42' }).changed).toBe(false);
  });
});
