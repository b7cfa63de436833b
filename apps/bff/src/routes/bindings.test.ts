import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED } from '@portico/cloud-emulator/services/apigateway/seed';
import { SEED_VPCEP } from '@portico/cloud-emulator/services/vpcep/seed';
import { Inventory, resourceKeyOf } from '@portico/contracts/bindings';
import { BackendDetail } from '@portico/contracts/backend-models';
import { IpControlDetail } from '@portico/contracts/ip-controls';
import { VpcAuthorizationDetail } from '@portico/contracts/vpc-authorizations';
import { startHarness, type Harness } from '../testing/harness.ts';
import { buildInventory } from '../testing/inventory.ts';

let h: Harness;
let inventory: Inventory;
beforeAll(async () => {
  h = await startHarness();
  const states = await buildInventory(h.admin);
  expect(states.at(-1)?.status).toBe('completed');
  inventory = Inventory.parse((await h.admin.request('GET', '/api/bindings')).body);
});
afterAll(() => h.close());

const boundTo = (resourceKey: string) => new Set(inventory.bindings.filter((b) => b.resource === resourceKey).map((b) => b.api));
const keysOf = (apis: { apiId: string; stageName: string }[]) => new Set(apis.map((a) => `${a.apiId}@${a.stageName.toUpperCase()}`));

describe('the bindings inventory', () => {
  it('when built over the seed, then every VPC authorization binds exactly what DescribeApisByVpcAccess returns', async () => {
    const auths = inventory.resources.filter((r) => r.kind === 'vpc-authorization');
    expect(auths.length).toBeGreaterThanOrEqual(4);
    for (const auth of auths) {
      const detail = VpcAuthorizationDetail.parse((await h.admin.request('GET', `/api/vpc-authorizations/${encodeURIComponent(auth.name)}`)).body);
      expect(boundTo(auth.key)).toEqual(keysOf(detail.boundApis));
    }
  });

  it('when built, then ACL and backend bindings equal their own calls', async () => {
    for (const acl of inventory.resources.filter((r) => r.kind === 'ip-control')) {
      const detail = IpControlDetail.parse((await h.admin.request('GET', `/api/ip-controls/${acl.id}`)).body);
      expect(boundTo(acl.key)).toEqual(keysOf(detail.boundApis));
    }
    for (const backend of inventory.resources.filter((r) => r.kind === 'backend')) {
      const detail = BackendDetail.parse((await h.admin.request('GET', `/api/backends/${backend.id}`)).body);
      expect(boundTo(backend.key)).toEqual(keysOf([...detail.boundApis.TEST, ...detail.boundApis.PRE, ...detail.boundApis.RELEASE]));
    }
  });

  it('when built, then every bound API is a published API it knows, with group and stage', () => {
    const apis = new Set(inventory.apis.map((a) => a.key));
    const missing = inventory.bindings.filter((b) => !apis.has(b.api));
    expect(missing).toEqual([]);
    expect(inventory.apis.length).toBeGreaterThan(20);
    expect(inventory.gaps).toEqual([]);
  });

  it('when the seed has an unbound authorization, a wide ALLOW entry and unprotected APIs, then each is a finding', () => {
    const kinds = (kind: string) => inventory.findings.filter((f) => f.kind === kind);
    expect(kinds('unused-authorization').map((f) => f.subject)).toContain(resourceKeyOf('vpc-authorization', SEED.vpcAccess.idle.vpcAccessId));
    expect(kinds('wide-acl-entry').some((f) => f.message.includes('0.0.0.0/0'))).toBe(true);
    expect(kinds('unprotected-api').length).toBeGreaterThan(0);
    expect(kinds('unused-backend').map((f) => f.subjectName)).toContain(SEED.backends.auditEvents.name);
  });

  it('when seeded services skip approval or expose the same server port, then each is a finding', () => {
    const { billing, legacy, search } = SEED_VPCEP.services;
    const kinds = (kind: string) => inventory.findings.filter((f) => f.kind === kind);
    expect(
      kinds('approval-disabled')
        .map((f) => f.subjectName)
        .sort(),
    ).toEqual([billing.name, legacy.name].sort());
    expect(kinds('port-exposed-by-several').map((f) => f.message)).toEqual([`Server port 9090 is exposed by 2 endpoint services: ${billing.name}, ${search.name}.`]);
  });

  it('when exported, then CSV has a row per API and resource and JSON the whole inventory', async () => {
    const csv = await h.admin.request('GET', '/api/bindings-export?format=csv');
    expect(csv.text.trim().split('\r\n')).toHaveLength(1 + inventory.apis.length + inventory.resources.length);
    const json = await h.admin.request('GET', '/api/bindings-export?format=json');
    expect((json.body as Inventory).bindings).toHaveLength(inventory.bindings.length);
  });

  it('when a viewer refreshes, then it works (it only reads the clouds)', async () => {
    const viewer = await h.signedInAs('viewer');
    const states = await buildInventory(viewer);
    expect(states.at(-1)?.status).toBe('completed');
  });
});
