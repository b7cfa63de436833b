import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED } from '@portico/cloud-emulator/services/apigateway/seed';
import { AuditList } from '@portico/contracts/audit';
import { SessionInfo } from '@portico/contracts/auth';
import { BackendDetail, BackendList } from '@portico/contracts/backend-models';
import { ErrorEnvelope } from '@portico/contracts/errors';
import { Grant, GrantList, type GrantInput } from '@portico/contracts/grants';
import { pathOf, routes, type AnyRouteDef } from '@portico/contracts/routes';
import { VpcAuthorizationList } from '@portico/contracts/vpc-authorizations';
import { CreatedToken } from '@portico/contracts/tokens';
import { ApiClient } from '../testing/client.ts';
import { startHarness, TEST_PASSWORD, type Harness } from '../testing/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.emulatorHook('POST', '/__emulator/reset');
});

const PROFILE = 'alibaba-emulator';
const errorOf = (body: unknown) => ErrorEnvelope.parse(body).error;
const calls = async (operation: string) => ((await h.emulatorHook('GET', '/__emulator/stats')) as { calls: Record<string, number> }).calls[operation] ?? 0;
let counter = 0;

/** A person with no global role, holding only the grants given here (to them by name). */
async function personWith(scopes: Omit<GrantInput, 'subject'>[]): Promise<{ client: ApiClient; username: string }> {
  const username = `scoped-${++counter}-${Date.now()}`;
  const created = await h.admin.request('POST', '/api/users', { username, displayName: 'Scoped person', role: 'none', password: TEST_PASSWORD });
  expect(created.status, created.text).toBe(201);
  for (const grant of scopes) {
    const response = await h.admin.request('POST', '/api/grants', { ...grant, subject: { type: 'user', username } });
    expect(response.status, response.text).toBe(201);
  }
  const client = new ApiClient(h.bff.url);
  await client.signIn(username, TEST_PASSWORD);
  return { client, username };
}

const modelBody = async (client: ApiClient, backendId: string, stage: string) => {
  const detail = BackendDetail.parse((await h.admin.request('GET', `/api/backends/${backendId}`)).body);
  const model = detail.models.find((m) => m.stageName === stage)!;
  return { data: { ...model.data, ServiceTimeout: 12_000 }, clientToken: `grant-test-${++counter}` };
};

describe('grants, managed by admins', () => {
  it('when an admin adds, changes and removes a grant, then each is audited with before and after', async () => {
    const input = { subject: { type: 'group', group: 'orders-ops' }, role: 'operator', scope: { kinds: ['backend-model'], stages: ['TEST', 'PRE'] } };
    const created = await h.admin.request('POST', '/api/grants', input);
    expect(created.status, created.text).toBe(201);
    const grant = Grant.parse(created.body);
    expect(grant).toMatchObject({ ...input, source: 'console' });
    const updated = await h.admin.request('PUT', `/api/grants/${grant.id}`, { ...input, scope: { kinds: ['backend-model'], stages: ['TEST'] } });
    expect(updated.status, updated.text).toBe(200);
    expect(GrantList.parse((await h.admin.request('GET', '/api/grants')).body).items.find((g) => g.id === grant.id)?.scope.stages).toEqual(['TEST']);
    expect((await h.admin.request('DELETE', `/api/grants/${grant.id}`)).status).toBe(200);

    const events = AuditList.parse((await h.admin.request('GET', '/api/audit?target=group%20orders-ops')).body).items;
    expect(events.map((e) => e.operation)).toEqual(['DeleteGrant', 'UpdateGrant', 'CreateGrant']);
    const update = events.find((e) => e.operation === 'UpdateGrant')!;
    expect(update.before).toMatchObject({ scope: { stages: ['TEST', 'PRE'] }, meaning: 'operator on backend models in TEST and PRE of every profile' });
    expect(update.after).toMatchObject({ scope: { stages: ['TEST'] } });
    expect(events.every((e) => e.resourceType === 'grant' && e.result === 'succeeded')).toBe(true);
  });

  it('when a grant is written wrong, then 400 names each field and nothing is stored', async () => {
    const before = GrantList.parse((await h.admin.request('GET', '/api/grants')).body).items.length;
    const response = await h.admin.request('POST', '/api/grants', { subject: { type: 'group', group: '' }, role: 'owner', scope: { stages: ['LIVE'], names: ['a*b'] } });
    expect(response.status).toBe(400);
    expect(Object.keys(errorOf(response.body).fields ?? {})).toEqual(expect.arrayContaining(['subject.group', 'role', 'scope.stages.0', 'scope.names.0']));
    expect(GrantList.parse((await h.admin.request('GET', '/api/grants')).body).items).toHaveLength(before);
  });

  it('when an admin scoped to one kind asks to manage people or grants, then it needs a global admin grant', async () => {
    const { client } = await personWith([{ role: 'admin', scope: { kinds: ['backend-model'] } }]);
    for (const [method, path] of [
      ['GET', '/api/users'],
      ['GET', '/api/grants'],
      ['POST', '/api/grants'],
    ] as const) {
      const response = await client.request(method, path, method === 'POST' ? { subject: { type: 'user', username: 'x' }, role: 'admin', scope: {} } : undefined);
      expect(response.status, `${method} ${path}`).toBe(403);
      expect(errorOf(response.body).message).toBe('This needs admin on every resource of every profile.');
    }
  });
});

describe('what a grant allows', () => {
  it('when an operator is scoped to TEST, then a TEST model saves and RELEASE is refused naming the grant, with no cloud call', async () => {
    const { client } = await personWith([{ role: 'operator', scope: { kinds: ['backend-model'], stages: ['TEST'] } }]);
    const id = SEED.backends.catalogHttp.backendId;
    const test = await client.request('PUT', `/api/backends/${id}/models/TEST`, await modelBody(client, id, 'TEST'));
    expect(test.status, test.text).toBe(200);

    const before = await calls('ModifyBackendModel');
    const release = await client.request('PUT', `/api/backends/${id}/models/RELEASE`, await modelBody(client, id, 'RELEASE'));
    expect(release.status).toBe(403);
    expect(errorOf(release.body)).toMatchObject({ code: 'FORBIDDEN', message: `This needs operator on backend models in RELEASE of profile ${PROFILE}.` });
    expect(await calls('ModifyBackendModel')).toBe(before);
  });

  it('when a grant names another profile or another kind, then the request is refused', async () => {
    const { client } = await personWith([
      { role: 'operator', scope: { profiles: ['alibaba-elsewhere'] } },
      { role: 'viewer', scope: { kinds: ['endpoint-service'] } },
    ]);
    const list = await client.request('GET', '/api/vpc-authorizations');
    expect(list.status).toBe(403);
    expect(errorOf(list.body).message).toBe(`This needs viewer on vpc authorizations of profile ${PROFILE}.`);
    expect((await client.request('GET', '/api/endpoint-services')).status).toBe(200);
  });

  it('when a viewer is scoped by names, then lists show only those and another one cannot be opened', async () => {
    const { client } = await personWith([{ role: 'viewer', scope: { kinds: ['vpc-authorization'], names: ['vpc-identity-*', 'vpc-sandbox-unbound'] } }]);
    const list = VpcAuthorizationList.parse((await client.request('GET', '/api/vpc-authorizations?pageSize=100')).body);
    expect(list.items.map((a) => a.name).sort()).toEqual(['vpc-identity-slb', 'vpc-sandbox-unbound']);
    expect((await client.request('GET', '/api/vpc-authorizations/vpc-identity-slb')).status).toBe(200);
    const other = await client.request('GET', `/api/vpc-authorizations/${SEED.vpcAccess.busy.name}`);
    expect(other.status).toBe(403);
    expect(errorOf(other.body).message).toBe(`This needs viewer on vpc authorizations named ${SEED.vpcAccess.busy.name} of profile ${PROFILE}.`);
  });

  it('when an operator is scoped by the cloud’s tags, then only tagged resources change', async () => {
    const { client } = await personWith([{ role: 'operator', scope: { kinds: ['vpc-authorization', 'backend-model'], tags: { team: 'security' } } }]);
    const slb = SEED.vpcAccess.quiet;
    const mine = await client.request('PUT', `/api/vpc-authorizations/${slb.name}`, { vpcId: slb.vpcId, instanceId: slb.instanceId, port: 444, needBatchWork: false });
    expect(mine.status, mine.text).toBe(200);
    const busy = SEED.vpcAccess.busy;
    const theirs = await client.request('PUT', `/api/vpc-authorizations/${busy.name}`, { vpcId: busy.vpcId, instanceId: busy.instanceId, port: 8081, needBatchWork: false });
    expect(theirs.status).toBe(403);
    // Backends are tagged in the list only: the tag is read there.
    const backends = BackendList.parse((await client.request('GET', '/api/backends?pageSize=100')).body).items;
    expect(backends.length).toBeGreaterThan(0);
    expect(backends.every((b) => b.tags?.team === 'security')).toBe(true);
    expect((await client.request('GET', `/api/backends/${SEED.backends.identityVpc.backendId}`)).status).toBe(200);
    expect((await client.request('GET', `/api/backends/${SEED.backends.catalogHttp.backendId}`)).status).toBe(403);
  });

  it('when a batch update would reach APIs in a stage outside the grant, then it says which before anything is sent', async () => {
    const { client } = await personWith([{ role: 'operator', scope: { kinds: ['vpc-authorization'], stages: ['TEST'] } }]);
    const busy = SEED.vpcAccess.busy;
    const before = await calls('ModifyVpcAccessAndUpdateApis');
    const response = await client.request('PUT', `/api/vpc-authorizations/${busy.name}`, { vpcId: busy.vpcId, instanceId: busy.instanceId, port: 8081, needBatchWork: true });
    expect(response.status).toBe(403);
    const error = errorOf(response.body);
    expect(error.outsideScope?.length).toBeGreaterThan(0);
    expect(error.outsideScope?.every((api) => api.stageName === 'RELEASE')).toBe(true);
    expect(error.message).toMatch(/^This change would also update \d+ published APIs outside your grants: .+ \(portico_\w+, RELEASE\)/);
    expect(await calls('ModifyVpcAccessAndUpdateApis')).toBe(before);
  });

  it('when a person’s grants are narrowed to a kind, then the bindings inventory (every kind of a profile) is refused; a profile-wide viewer reads it', async () => {
    const { client } = await personWith([{ role: 'operator', scope: { kinds: ['backend-model'] } }]);
    const refused = await client.request('GET', '/api/bindings');
    expect(refused.status).toBe(403);
    expect(errorOf(refused.body).message).toBe(`This needs viewer on every resource of profile ${PROFILE}, not narrowed to kinds, names or tags.`);
    const { client: auditor } = await personWith([{ role: 'viewer', scope: { profiles: [PROFILE] } }]);
    expect((await auditor.request('POST', '/api/bindings/refresh')).status).toBe(202);
  });

  it('when a person holds grants, then the session lists them in words, their global role first', async () => {
    const { client } = await personWith([{ role: 'operator', scope: { kinds: ['backend-model'], stages: ['TEST'] } }]);
    const info = SessionInfo.parse((await client.request('GET', '/api/session')).body);
    expect(info.user.role).toBe('none');
    expect(info.grants).toEqual([expect.objectContaining({ from: 'you', description: 'operator on backend models in TEST of every profile' })]);
    const operator = SessionInfo.parse((await (await h.signedInAs('operator')).request('GET', '/api/session')).body);
    expect(operator.grants[0]).toMatchObject({ from: 'global role', role: 'operator', description: 'operator on every resource of every profile' });
  });

  it('when a scoped person uses an API token, then the token carries exactly their grants', async () => {
    const { client } = await personWith([{ role: 'operator', scope: { kinds: ['backend-model'], stages: ['TEST'] } }]);
    const created = CreatedToken.parse((await client.request('POST', '/api/tokens', { name: 'ci', expiresInDays: 1 })).body);
    const script = Object.assign(new ApiClient(h.bff.url), { defaultHeaders: { authorization: `Bearer ${created.token}` } });
    const id = SEED.backends.catalogHttp.backendId;
    expect((await script.request('PUT', `/api/backends/${id}/models/TEST`, await modelBody(script, id, 'TEST'))).status).toBe(200);
    expect((await script.request('PUT', `/api/backends/${id}/models/RELEASE`, await modelBody(script, id, 'RELEASE'))).status).toBe(403);
    expect((await script.request('GET', '/api/vpc-authorizations')).status).toBe(403);
  });
});

/** A value each `:param` of the table accepts (authorization is decided before a body is read). */
const sampleParams: Record<string, string> = {
  name: 'vpc-identity-slb',
  id: '00000000-0000-4000-8000-000000000000',
  itemId: 'item-1',
  stage: 'TEST',
};

describe('every route of the table', () => {
  const table: [string, AnyRouteDef][] = Object.entries(routes);
  const resourceRoutes = table.filter(([, def]) => def.resource !== undefined);

  it('has every cloud resource route scoped to a kind', () => {
    const unscoped = table.filter(([, def]) => /^\/api\/(vpc-authorizations|ip-controls|endpoint-services|backends)/.test(def.path) && def.resource === undefined);
    expect(unscoped.map(([name]) => name)).toEqual([]);
    expect(resourceRoutes.length).toBeGreaterThanOrEqual(16);
  });

  it('when a person’s grants are on other kinds, then every route of a kind refuses them (403), reads and changes alike', async () => {
    const kinds = ['vpc-authorization', 'ip-control', 'backend-model', 'endpoint-service'] as const;
    for (const kind of kinds) {
      const { client } = await personWith([{ role: 'admin', scope: { kinds: kinds.filter((k) => k !== kind) } }]);
      for (const [name, def] of resourceRoutes.filter(([, d]) => d.resource === kind)) {
        const response = await client.request(def.method, pathOf(def.path, sampleParams), def.method === 'GET' || def.method === 'DELETE' ? undefined : {});
        expect(response.status, `${name} for a person without ${kind}`).toBe(403);
        expect(errorOf(response.body).message, name).toContain(`on ${kind.replace('-', ' ')}s`);
      }
    }
  });

  it('when a person may only read, then every change route of every kind refuses them', async () => {
    const { client } = await personWith([{ role: 'viewer', scope: {} }]);
    for (const [name, def] of resourceRoutes.filter(([, d]) => d.method !== 'GET')) {
      const response = await client.request(def.method, pathOf(def.path, sampleParams), def.method === 'DELETE' ? undefined : {});
      expect(response.status, name).toBe(403);
    }
  });
});

describe('the audit log of a scoped person', () => {
  it('when a person holds grants on one kind, then the log shows their own events and that kind’s, not the others', async () => {
    const { client, username } = await personWith([{ role: 'operator', scope: { kinds: ['backend-model'], stages: ['TEST'] } }]);
    const idle = SEED.vpcAccess.idle;
    const adminChange = await h.admin.request('PUT', `/api/vpc-authorizations/${idle.name}`, {
      vpcId: idle.vpcId,
      instanceId: idle.instanceId,
      port: 81,
      needBatchWork: false,
    });
    expect(adminChange.status, adminChange.text).toBe(200);
    const id = SEED.backends.catalogHttp.backendId;
    expect((await client.request('PUT', `/api/backends/${id}/models/TEST`, await modelBody(client, id, 'TEST'))).status).toBe(200);

    const seen = AuditList.parse((await client.request('GET', '/api/audit?pageSize=100')).body).items;
    expect(seen.some((e) => e.resourceType === 'backend-model' && e.actor.name === username)).toBe(true);
    expect(seen.some((e) => e.resourceType === 'vpc-authorization')).toBe(false);
    const all = AuditList.parse((await h.admin.request('GET', `/api/audit?target=${idle.name}`)).body).items;
    expect(all.length).toBeGreaterThan(0);
    expect((await client.request('GET', `/api/audit/${all[0]!.id}`)).status).toBe(404);
  });
});
