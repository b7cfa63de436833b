import { describe, expect, it } from 'vitest';
import type { IpControl, PolicyItem } from '@portico/contracts/ip-controls';
import type { VpcAuthorization } from '@portico/contracts/vpc-authorizations';
import { ipControlResource, vpcAuthorizationResource } from '../bindings/resource-reader.ts';
import { planFindings } from './plan-findings.ts';

const control = { id: 'ctl-1', name: 'partners', type: 'ALLOW' } as IpControl;
const item = (id: string, cidrs: string[]) => ({ id, cidrs }) as PolicyItem;
const apis = [{ apiId: 'api-1', stageName: 'RELEASE' }];

describe('planFindings', () => {
  it('given an ACL, when a wide entry is added, then that finding is added; when it is narrowed, then it is resolved', () => {
    const narrow = ipControlResource(control, [item('a', ['192.168.1.0/24'])], 1);
    const wide = ipControlResource(control, [item('a', ['192.168.1.0/24']), item('b', ['10.0.0.0/8'])], 1);
    expect(planFindings(narrow, wide, apis)).toEqual({
      added: [expect.objectContaining({ kind: 'wide-acl-entry', params: expect.objectContaining({ cidr: '10.0.0.0/8', count: 1, release: 1 }) })],
      resolved: [],
    });
    expect(planFindings(wide, narrow, apis)).toEqual({ added: [], resolved: [expect.objectContaining({ kind: 'wide-acl-entry' })] });
  });

  it('given an unbound VPC authorization, when it is removed, then its "unused" finding is resolved; a bound one resolves nothing', () => {
    const auth = { id: 'va-1', name: 'orders-vpc', vpcId: 'vpc-1', instanceId: 'i-1', port: 80 } as VpcAuthorization;
    expect(planFindings(vpcAuthorizationResource(auth, 0), undefined, [])).toEqual({ added: [], resolved: [expect.objectContaining({ kind: 'unused-authorization' })] });
    expect(planFindings(vpcAuthorizationResource(auth, 1), undefined, apis)).toEqual({ added: [], resolved: [] });
  });

  it('given the same resource before and after, then nothing is added or resolved', () => {
    const same = ipControlResource(control, [item('a', ['0.0.0.0/0'])], 0);
    expect(planFindings(same, same, [])).toEqual({ added: [], resolved: [] });
  });
});
