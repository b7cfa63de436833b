import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HomeSummary } from '@portico/contracts/home';
import { VpcAuthorizationList } from '@portico/contracts/vpc-authorizations';
import { EndpointServiceList } from '@portico/contracts/endpoint-services';
import type { GrantInput } from '@portico/contracts/grants';
import { ApiClient } from '../testing/client.ts';
import { startHarness, TEST_PASSWORD, type Harness } from '../testing/harness.ts';

let h: Harness;
let operator: ApiClient;
beforeAll(async () => {
  h = await startHarness();
  operator = await h.signedInAs('operator');
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.emulatorHook('POST', '/__emulator/reset');
});

const summaryOf = async (client: ApiClient) => {
  const response = await client.request('GET', '/api/home');
  expect(response.status, response.text).toBe(200);
  return HomeSummary.parse(response.body);
};

let people = 0;
async function scoped(...grants: Omit<GrantInput, 'subject'>[]): Promise<ApiClient> {
  const username = `home-${Date.now()}-${++people}`;
  const created = await h.admin.request('POST', '/api/users', { username, displayName: 'Home person', role: 'none', password: TEST_PASSWORD });
  expect(created.status, created.text).toBe(201);
  for (const grant of grants) expect((await h.admin.request('POST', '/api/grants', { ...grant, subject: { type: 'user', username } })).status).toBe(201);
  const client = new ApiClient(h.bff.url);
  await client.signIn(username, TEST_PASSWORD);
  return client;
}

describe('GET /api/home', () => {
  it('when someone who reads everything opens it, then each profile counts what its lists hold, per kind', async () => {
    const summary = await summaryOf(operator);
    const alibaba = summary.profiles.find((p) => p.cloud === 'alibaba')!;
    const huawei = summary.profiles.find((p) => p.cloud === 'huawei')!;
    const vpcTotal = VpcAuthorizationList.parse((await operator.request('GET', `/api/vpc-authorizations?profile=${alibaba.id}&pageSize=1`)).body).total;
    const esTotal = EndpointServiceList.parse((await operator.request('GET', `/api/endpoint-services?profile=${huawei.id}&pageSize=1`)).body).total;
    expect(alibaba.counts.map((c) => c.kind)).toEqual(['vpc-authorization', 'ip-control', 'backend-model']);
    expect(alibaba.counts.find((c) => c.kind === 'vpc-authorization')).toEqual({ kind: 'vpc-authorization', count: vpcTotal, more: false });
    expect(vpcTotal).toBeGreaterThan(0);
    expect(huawei.counts).toEqual([{ kind: 'endpoint-service', count: esTotal, more: false }]);
  });

  it('when no inventory was built, then findings say so and the home page starts no crawl', async () => {
    const summary = await summaryOf(operator);
    const finding = summary.findings[0];
    expect(finding?.state).toBe('not-built');
    expect(finding?.open).toEqual({ high: 0, warning: 0, info: 0 });
    const inventory = await operator.request('GET', `/api/bindings?profile=${finding!.profile}`);
    expect(inventory.status).toBe(404);
  });

  it('when a change is made, then it is among the recent changes, mine and everyone’s', async () => {
    const name = `home_${Date.now()}`;
    const created = await operator.request('POST', '/api/vpc-authorizations', { name, vpcId: 'vpc-home001', instanceId: 'i-home001', port: 8080 });
    expect(created.status, created.text).toBe(201);
    const summary = await summaryOf(operator);
    expect(summary.recent.mine.map((e) => e.target)).toContain(name);
    expect(summary.recent.everyone.map((e) => e.target)).toContain(name);
    expect(summary.recent.mine.every((e) => e.actor.name === summary.recent.mine[0]!.actor.name)).toBe(true);
  });

  it('when a person’s grants cover one kind by name, then only that kind is counted, by the names they may see, with no findings', async () => {
    const all = VpcAuthorizationList.parse((await operator.request('GET', '/api/vpc-authorizations?pageSize=100')).body).items;
    const first = all[0]!.name;
    const person = await scoped({ role: 'viewer', scope: { kinds: ['vpc-authorization'], names: [first] } });
    const summary = await summaryOf(person);
    expect(summary.profiles.flatMap((p) => p.counts.map((c) => c.kind))).toEqual(expect.arrayContaining(['vpc-authorization']));
    expect(new Set(summary.profiles.flatMap((p) => p.counts.map((c) => c.kind)))).toEqual(new Set(['vpc-authorization']));
    expect(summary.profiles[0]!.counts[0]!.count).toBe(all.filter((a) => a.name === first).length);
    expect(summary.findings).toEqual([]);
    // Their recent changes hold nothing outside their grants.
    expect(summary.recent.everyone.every((e) => e.resourceType === 'vpc-authorization')).toBe(true);
  });

  it('when nobody is signed in, then 401', async () => {
    expect((await new ApiClient(h.bff.url).request('GET', '/api/home')).status).toBe(401);
  });
});
