import { describe, expect, it } from 'vitest';
import type { PublishedApi } from '@portico/contracts/published-apis';
import { describeUnboundApis } from './unbound-apis';

const known: PublishedApi[] = [
  { apiId: 'a1', apiName: 'GetOrder', groupId: 'g1', groupName: 'orders', stageId: 's-rel', stageName: 'RELEASE', method: 'GET', path: '/orders/[id]' },
  { apiId: 'a1', apiName: 'GetOrder', groupId: 'g1', groupName: 'orders', stageId: 's-test', stageName: 'TEST' },
];

describe('describeUnboundApis', () => {
  it('when the removed APIs were listed before, then they keep their names and stage', () => {
    const rows = describeUnboundApis([{ apiId: 'a1', groupId: 'g1', stageId: 's-test' }], known);
    expect(rows).toEqual([known[1]]);
  });

  it('when an API was not listed, then its ids stand in for the names it lacks', () => {
    const rows = describeUnboundApis([{ apiId: 'zz', groupId: 'g1', stageId: 's-other' }], known);
    expect(rows).toEqual([{ apiId: 'zz', apiName: 'zz', groupId: 'g1', groupName: 'orders', stageId: 's-other', stageName: 's-other' }]);
  });
});
