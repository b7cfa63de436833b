import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_VPCEP } from '@portico/cloud-emulator/services/vpcep/seed';
import { AuditList } from '@portico/contracts/audit';
import { ConnectionActionResult, EndpointServiceDetail, ServicePermissionList } from '@portico/contracts/endpoint-services';
import { ErrorEnvelope } from '@portico/contracts/errors';
import { startHarness, type Harness } from '../testing/harness.ts';
import type { ApiClient } from '../testing/client.ts';

let h: Harness;
let operator: ApiClient;
let viewer: ApiClient;
beforeAll(async () => {
  h = await startHarness();
  operator = await h.signedInAs('operator');
  viewer = await h.signedInAs('viewer');
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.emulatorHook('POST', '/__emulator/reset');
});

const errorOf = (body: unknown) => ErrorEnvelope.parse(body).error;
const calls = async (operation: string) => ((await h.emulatorHook('GET', '/__emulator/stats')) as { calls: Record<string, number> }).calls[operation] ?? 0;
const { ledger, core } = SEED_VPCEP.services;
const [pending, rejected] = ledger.connectionIds;
const statusOf = async (id: string, endpointId: string | undefined) =>
  EndpointServiceDetail.parse((await operator.request('GET', `/api/endpoint-services/${id}`)).body).connections.find((c) => c.id === endpointId)?.status;

describe('connections', () => {
  it('when a waiting connection is accepted and a rejected one accepted again, then the cloud shows them accepted and each is audited', async () => {
    const res = await operator.request('POST', `/api/endpoint-services/${ledger.id}/connections/action`, { endpointIds: [pending], action: 'accept' });
    expect(res.status).toBe(200);
    expect(ConnectionActionResult.parse(res.body).connections).toEqual([expect.objectContaining({ id: pending, status: 'accepted' })]);
    expect(await statusOf(ledger.id, pending)).toBe('accepted');
    await operator.request('POST', `/api/endpoint-services/${ledger.id}/connections/action`, { endpointIds: [pending], action: 'reject' });
    expect(await statusOf(ledger.id, pending)).toBe('rejected');
    const audit = AuditList.parse((await operator.request('GET', '/api/audit?resourceType=endpoint-service')).body).items;
    expect(audit.slice(0, 2).map((e) => e.operation)).toEqual(['RejectEndpointConnections', 'AcceptEndpointConnections']);
    expect(audit[1]).toMatchObject({ before: { connections: [{ id: pending, status: 'pendingAcceptance' }] }, after: { connections: [{ id: pending, status: 'accepted' }] } });
    expect(rejected).toBeDefined();
  });

  it('when an id is not a connection of the service, or the body is wrong, then 400 with field messages and no cloud call', async () => {
    const before = await calls('AcceptOrRejectEndpoint');
    const foreign = await operator.request('POST', `/api/endpoint-services/${ledger.id}/connections/action`, { endpointIds: [core.connectionIds[0]], action: 'accept' });
    expect(foreign.status).toBe(400);
    expect(errorOf(foreign.body).fields?.['endpointIds.0']).toBe('is not a connection of this endpoint service');
    // Keyed like the contracts' own messages, so the browser says it in its reader's language.
    expect(errorOf(foreign.body).issues).toEqual([
      { path: 'endpointIds.0', key: 'notConnectionOfService', params: {}, message: 'is not a connection of this endpoint service' },
    ]);
    const bad = await operator.request('POST', `/api/endpoint-services/${ledger.id}/connections/action`, { endpointIds: ['nope'], action: 'receive' });
    expect(Object.keys(errorOf(bad.body).fields ?? {}).sort()).toEqual(['action', 'endpointIds.0']);
    expect(await calls('AcceptOrRejectEndpoint')).toBe(before);
  });

  it('when a viewer tries, then 403', async () => {
    expect((await viewer.request('POST', `/api/endpoint-services/${ledger.id}/connections/action`, { endpointIds: [pending], action: 'accept' })).status).toBe(403);
  });
});

describe('whitelist', () => {
  it('when accounts are added and one removed, then the list shows them with their account ids, and both changes are audited', async () => {
    const added = await operator.request('POST', `/api/endpoint-services/${ledger.id}/permissions/action`, { accountIds: ['6e9dfd51d1124e8d', '*'], action: 'add' });
    expect(added.status).toBe(200);
    expect(
      ServicePermissionList.parse(added.body)
        .permissions.map((p) => p.accountId)
        .sort(),
    ).toEqual(['*', '6e9dfd51d1124e8d']);
    await operator.request('POST', `/api/endpoint-services/${ledger.id}/permissions/action`, { accountIds: ['*'], action: 'remove' });
    const list = ServicePermissionList.parse((await operator.request('GET', `/api/endpoint-services/${ledger.id}/permissions`)).body);
    expect(list.permissions.map((p) => p.permission)).toEqual(['iam:domain::6e9dfd51d1124e8d']);
    const audit = AuditList.parse((await operator.request('GET', '/api/audit?resourceType=endpoint-service')).body).items;
    expect(audit[0]).toMatchObject({ operation: 'RemoveServicePermissions', before: { whitelist: ['*', '6e9dfd51d1124e8d'] }, after: { whitelist: ['6e9dfd51d1124e8d'] } });
  });

  it('when an account id is malformed or repeated, then 400 names it and the cloud is not called', async () => {
    const before = await calls('AddOrRemoveServicePermissions');
    const res = await operator.request('POST', `/api/endpoint-services/${ledger.id}/permissions/action`, { accountIds: ['ab-c'], action: 'add' });
    expect(res.status).toBe(400);
    expect(errorOf(res.body).fields?.['accountIds.0']).toMatch(/1 to 64 letters and digits/);
    const twice = await operator.request('POST', `/api/endpoint-services/${ledger.id}/permissions/action`, { accountIds: ['abc', 'abc'], action: 'add' });
    expect(errorOf(twice.body).fields?.accountIds).toBe('names an account twice');
    expect(await calls('AddOrRemoveServicePermissions')).toBe(before);
  });
});
