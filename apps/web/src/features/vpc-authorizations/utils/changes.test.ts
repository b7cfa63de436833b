import { describe, expect, it } from 'vitest';
import { ModifyVpcAuthorization } from '@portico/contracts/vpc-authorizations';
import { changedFields, diffAuthorization, editDefaults } from './changes';

const current = {
  vpcId: 'vpc-uf657qec7lx42paw3qxxx',
  instanceId: 'i-uf6bzcg1pr4oh5jjmxxx',
  port: 80,
  vpcTargetHostName: undefined,
};

describe('diffAuthorization', () => {
  it('when nothing changed, then no field is marked changed', () => {
    const next = ModifyVpcAuthorization.parse(editDefaults(current));
    const changes = diffAuthorization(current, next);
    expect(changes.map((c) => c.key)).toEqual(['vpcId', 'instanceId', 'port', 'vpcTargetHostName']);
    expect(changedFields(changes)).toEqual([]);
  });

  it('when the instance and port change, then exactly those are marked, with both values as text', () => {
    const next = ModifyVpcAuthorization.parse({ ...editDefaults(current), instanceId: 'i-new', port: '8080' });
    expect(changedFields(diffAuthorization(current, next))).toEqual([
      { key: 'instanceId', current: 'i-uf6bzcg1pr4oh5jjmxxx', next: 'i-new', changed: true },
      { key: 'port', current: '80', next: '8080', changed: true },
    ]);
  });

  it('when the host name goes from absent to empty, then it is not a change', () => {
    const next = ModifyVpcAuthorization.parse({ ...editDefaults(current), vpcTargetHostName: '' });
    expect(changedFields(diffAuthorization(current, next))).toEqual([]);
  });

  it('when a host name is set or cleared, then it is a change', () => {
    const set = ModifyVpcAuthorization.parse({ ...editDefaults(current), vpcTargetHostName: 'api.internal.example.com' });
    expect(changedFields(diffAuthorization(current, set)).map((c) => [c.current, c.next])).toEqual([['', 'api.internal.example.com']]);
    const withHost = { ...current, vpcTargetHostName: 'api.internal.example.com' };
    const cleared = ModifyVpcAuthorization.parse({ ...editDefaults(withHost), vpcTargetHostName: '' });
    expect(changedFields(diffAuthorization(withHost, cleared)).map((c) => c.key)).toEqual(['vpcTargetHostName']);
  });
});

describe('editDefaults', () => {
  it('when editing starts, then bound APIs are re-synced and refresh is off', () => {
    expect(editDefaults(current)).toMatchObject({ needBatchWork: true, refresh: false, vpcTargetHostName: '' });
  });
});
