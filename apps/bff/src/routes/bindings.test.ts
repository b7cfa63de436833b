import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED } from '@portico/cloud-emulator/services/apigateway/seed';
import { SEED_VPCEP } from '@portico/cloud-emulator/services/vpcep/seed';
import { ApiChain, Inventory, ResourceImpact, SearchResult, resourceKeyOf } from '@portico/contracts/bindings';
import { pathOf, routes } from '@portico/contracts/routes';
import { BackendDetail } from '@portico/contracts/backend-models';
import { IpControlDetail } from '@portico/contracts/ip-controls';
import { VpcAuthorizationDetail } from '@portico/contracts/vpc-authorizations';
import { startHarness, type Harness } from '../testing/harness.ts';
import { buildInventory, followInventoryJob, startInventoryBuild } from '../testing/inventory.ts';

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
    // It names what it exposes: the APIs the ACL guards.
    const wide = kinds('wide-acl-entry').find((f) => f.subject === resourceKeyOf('ip-control', SEED.ipControls.partners.ipControlId))!;
    expect(wide.exposedApis).toBe(boundTo(wide.subject).size);
    expect(wide.message).toContain(
      `It guards ${boundTo(wide.subject).size} published APIs, ${[...boundTo(wide.subject)].filter((k) => k.endsWith('@RELEASE')).length} in RELEASE.`,
    );
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

  it("when exported with the page's filters, then the file holds what the page shows: a stage filter, only that stage", async () => {
    const json = await h.admin.request('GET', '/api/bindings-export?format=json&stage=TEST');
    expect(json.status).toBe(200);
    const body = json.body as Inventory;
    const inTest = inventory.apis.filter((a) => a.stageName.toUpperCase() === 'TEST');
    expect(body.apis.map((a) => a.key).sort()).toEqual(inTest.map((a) => a.key).sort());
    expect(new Set(body.bindings.map((b) => b.api.split('@')[1]))).toEqual(new Set(['TEST']));
    const csv = await h.admin.request('GET', '/api/bindings-export?format=csv&stage=TEST');
    const rows = csv.text.trim().split('\r\n').slice(1);
    const apiRows = rows.filter((row) => row.startsWith('"api",'));
    expect(apiRows).toHaveLength(inTest.length);
    expect(apiRows.every((row) => row.includes(',"TEST",'))).toBe(true);
    const typed = (await h.admin.request('GET', '/api/bindings-export?format=json&type=vpc-authorization')).body as Inventory;
    expect(new Set(typed.resources.map((r) => r.kind))).toEqual(new Set(['vpc-authorization']));
    expect((await h.admin.request('GET', '/api/bindings-export?format=json&stage=PROD')).status).toBe(400);
  });

  it('when a second refresh comes while a build runs, then it joins that build', async () => {
    await h.emulatorHook('POST', '/__emulator/faults', { operation: 'DescribeApiGroups', kind: 'latency', latencyMs: 300, count: 1 });
    const first = await startInventoryBuild(h.admin);
    const second = await startInventoryBuild(h.admin);
    expect(second.id).toBe(first.id);
    expect((await followInventoryJob(h.admin, first.id)).at(-1)?.job.status).toBe('completed');
  });

  it('when a stream resumes after the last event it saw, then it gets only newer states and ends after the last', async () => {
    const job = await startInventoryBuild(h.admin);
    const events = await followInventoryJob(h.admin, job.id);
    const last = events.at(-1)!;
    expect(last.job.status).toBe('completed');
    const path = pathOf(routes.inventoryJobEvents.path, { id: job.id });
    const resumedAtEnd = await h.admin.request('GET', path, undefined, { 'last-event-id': last.id });
    expect(resumedAtEnd.status).toBe(200);
    expect(resumedAtEnd.text).not.toContain('event:');
    const resumedBefore = await followInventoryJob(h.admin, job.id, { lastEventId: String(Number(last.id) - 1) });
    expect(resumedBefore).toEqual([last]);
  });

  it('when a job id is unknown, then its stream and its state are a 404 envelope', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    expect((await h.admin.request('GET', pathOf(routes.inventoryJobEvents.path, { id }))).status).toBe(404);
    expect((await h.admin.request('GET', pathOf(routes.getInventoryJob.path, { id }))).status).toBe(404);
  });

  it('when a resource is asked for, then its dependants come by group and stage with what else they depend on, and in words', async () => {
    const acl = inventory.resources.find((r) => r.kind === 'ip-control' && r.id === SEED.ipControls.partners.ipControlId)!;
    const response = await h.admin.request('GET', pathOf(routes.getResourceImpact.path, { key: acl.key }));
    expect(response.status).toBe(200);
    const impact = ResourceImpact.parse(response.body);
    expect(impact.resource.key).toBe(acl.key);
    const listed = impact.groups.flatMap((g) => g.stages.flatMap((s) => s.apis.map((a) => a.key)));
    expect(new Set(listed)).toEqual(boundTo(acl.key));
    expect(listed).toHaveLength(boundTo(acl.key).size);
    expect(impact.summary.apiCount).toBe(listed.length);
    expect(impact.summary.groupCount).toBe(impact.groups.length);
    expect(impact.sentence).toBe(`${listed.length} APIs in ${impact.groups.length} groups, all in RELEASE`);
    // Each API names what else it depends on (its backend or authorization), never the ACL itself.
    const first = impact.groups[0]!.stages[0]!.apis[0]!;
    const others = inventory.bindings.filter((b) => b.api === first.key && b.resource !== acl.key).map((b) => b.resource);
    expect(new Set(first.alsoDependsOn.map((r) => r.key))).toEqual(new Set(others));
    expect(first.method).toBeDefined();
    expect(first.path).toMatch(/^\//);
    expect(impact.findings.map((f) => f.kind)).toContain('wide-acl-entry');
  });

  it('when a resource serves several stages, then the sentence counts those in RELEASE', async () => {
    const apiByKey = new Map(inventory.apis.map((a) => [a.key, a]));
    const mixed = inventory.resources.find(
      (r) => new Set([...boundTo(r.key)].map((k) => apiByKey.get(k)?.stageName.toUpperCase())).size > 1 && [...boundTo(r.key)].some((k) => k.endsWith('@RELEASE')),
    )!;
    const impact = ResourceImpact.parse((await h.admin.request('GET', pathOf(routes.getResourceImpact.path, { key: mixed.key }))).body);
    const apis = [...boundTo(mixed.key)];
    const release = apis.filter((k) => k.endsWith('@RELEASE')).length;
    const groups = new Set(apis.map((k) => apiByKey.get(k)?.groupId)).size;
    expect(impact.sentence).toBe(`${apis.length} APIs in ${groups} group${groups === 1 ? '' : 's'}, ${release} of them in RELEASE`);
    expect(impact.summary.byStage.RELEASE).toBe(release);
  });

  it('when a resource is bound to nothing, then it says so', async () => {
    const key = resourceKeyOf('vpc-authorization', SEED.vpcAccess.idle.vpcAccessId);
    const impact = ResourceImpact.parse((await h.admin.request('GET', pathOf(routes.getResourceImpact.path, { key }))).body);
    expect(impact.groups).toEqual([]);
    expect(impact.sentence).toBe('No published API depends on it.');
    expect(impact.findings.map((f) => f.kind)).toEqual(['unused-authorization']);
  });

  it('when the key is malformed or unknown, then 400 with a field message or 404, and no cloud call', async () => {
    const before = ((await h.emulatorHook('GET', '/__emulator/stats')) as { calls: Record<string, number> }).calls;
    const bad = await h.admin.request('GET', '/api/bindings/resources/not-a-key');
    expect(bad.status).toBe(400);
    expect((bad.body as { error: { fields: Record<string, string> } }).error.fields.key).toMatch(/resource key/);
    const unknown = await h.admin.request('GET', pathOf(routes.getResourceImpact.path, { key: 'backend:nope' }));
    expect(unknown.status).toBe(404);
    expect(((await h.emulatorHook('GET', '/__emulator/stats')) as { calls: Record<string, number> }).calls).toEqual(before);
  });

  const search = async (q: string) => {
    const response = await h.admin.request('GET', `${routes.searchBindings.path}?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
    return SearchResult.parse(response.body);
  };

  it('when an address is searched, then the ACL entries holding it come first, with their policy item', async () => {
    const partners = SEED.ipControls.partners;
    const result = await search('203.0.113.7');
    const entries = result.hits.filter((hit) => hit.type === 'acl-entry');
    expect(entries.map((hit) => hit.cidr)).toEqual(['203.0.113.0/24', '0.0.0.0/0']);
    expect(entries[0]).toMatchObject({
      key: resourceKeyOf('ip-control', partners.ipControlId),
      matched: 'holds 203.0.113.7',
      // The same as data, for the console to say in its reader's language.
      match: { key: 'holds', value: '203.0.113.7' },
      list: { name: partners.name },
    });
    const item = partners.policyItems.find((p) => p.cidrIp.includes('203.0.113.0/24'))!;
    expect(entries[0]!.entryId).toBe(item.policyItemId);
    expect(result.hits[0]!.type).toBe('acl-entry');
    // A block finds the entries it overlaps either way.
    expect((await search('192.0.2.0/24')).hits.filter((h) => h.type === 'acl-entry').map((h) => h.cidr)).toEqual(expect.arrayContaining(['192.0.2.0/25', '192.0.2.200']));
  });

  it('when a VPC id, an instance id, a port, a path or a name is searched, then the resource or the APIs are found', async () => {
    const busy = SEED.vpcAccess.busy;
    const key = resourceKeyOf('vpc-authorization', busy.vpcAccessId);
    expect((await search(busy.vpcId)).hits).toContainEqual(expect.objectContaining({ type: 'resource', key, matched: 'VPC id', match: { key: 'vpcId' } }));
    expect((await search(busy.instanceId.toUpperCase())).hits).toContainEqual(expect.objectContaining({ type: 'resource', key, matched: 'instance id' }));
    expect((await search(String(busy.port))).hits).toContainEqual(
      expect.objectContaining({ type: 'resource', key, matched: `port ${busy.port}`, match: { key: 'port', value: String(busy.port) } }),
    );
    expect(
      (await search('9090')).hits
        .filter((h) => h.kind === 'endpoint-service')
        .map((h) => h.title)
        .sort(),
    ).toEqual([SEED_VPCEP.services.billing.name, SEED_VPCEP.services.search.name].sort());
    const byPath = await search('/v1/orders');
    expect(byPath.hits.length).toBeGreaterThan(0);
    expect(byPath.hits.every((h) => h.type === 'api' && h.matched === 'path' && h.title.includes('/v1/orders'))).toBe(true);
    const api = inventory.apis[0]!;
    expect((await search(api.apiId)).hits).toContainEqual(expect.objectContaining({ type: 'api', key: api.key, matched: 'id' }));
  });

  it('when the search is empty or too long, then 400 with a field message and no cloud call', async () => {
    const before = ((await h.emulatorHook('GET', '/__emulator/stats')) as { calls: Record<string, number> }).calls;
    for (const q of ['', '   ', 'x'.repeat(201)]) {
      const response = await h.admin.request('GET', `${routes.searchBindings.path}?q=${encodeURIComponent(q)}`);
      expect(response.status).toBe(400);
      expect((response.body as { error: { fields: Record<string, string> } }).error.fields.q).toBeTruthy();
    }
    expect(((await h.emulatorHook('GET', '/__emulator/stats')) as { calls: Record<string, number> }).calls).toEqual(before);
  });

  it("when an API's chain is asked for, then each stage it is published in has its ACLs, backend, VPC authorization and findings", async () => {
    const busyKey = resourceKeyOf('vpc-authorization', SEED.vpcAccess.busy.vpcAccessId);
    const apiKey = [...boundTo(busyKey)].find((k) => k.endsWith('@RELEASE'))!;
    const response = await h.admin.request('GET', pathOf(routes.getApiChain.path, { key: apiKey }));
    expect(response.status).toBe(200);
    const chain = ApiChain.parse(response.body);
    const apiId = apiKey.split('@')[0]!;
    expect(chain.stages.map((s) => s.api.key)).toEqual(
      inventory.apis
        .filter((a) => a.apiId === apiId)
        .map((a) => a.key)
        .sort((a, b) => ['TEST', 'PRE', 'RELEASE'].indexOf(a.split('@')[1]!) - ['TEST', 'PRE', 'RELEASE'].indexOf(b.split('@')[1]!)),
    );
    const release = chain.stages.find((s) => s.api.key === apiKey)!;
    expect(release.vpcAuthorizations.map((r) => r.key)).toEqual([busyKey]);
    const expected = (kind: string) => new Set(inventory.bindings.filter((b) => b.api === apiKey && b.resource.startsWith(`${kind}:`)).map((b) => b.resource));
    expect(new Set(release.ipControls.map((r) => r.key))).toEqual(expected('ip-control'));
    expect(new Set(release.backends.map((r) => r.key))).toEqual(expected('backend'));
    expect((await h.admin.request('GET', pathOf(routes.getApiChain.path, { key: 'nope@RELEASE' }))).status).toBe(404);
    expect((await h.admin.request('GET', pathOf(routes.getApiChain.path, { key: 'nope@PROD' }))).status).toBe(400);
  });

  it('when a viewer refreshes, then it works (it only reads the clouds)', async () => {
    const viewer = await h.signedInAs('viewer');
    const states = await buildInventory(viewer);
    expect(states.at(-1)?.status).toBe('completed');
  });
});
