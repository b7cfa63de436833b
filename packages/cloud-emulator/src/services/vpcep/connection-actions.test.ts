import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../server.ts';
import { hook } from '../../testing/alibaba.ts';
import { huaweiRequest, type HuaweiRequestOptions, vpcepPath } from '../../testing/huawei.ts';
import type { ConnectionEndpoint, ServicePermission } from './api.ts';
import { SEED_VPCEP } from './seed.ts';

const { ledger, core } = SEED_VPCEP.services;
const [pending, rejected] = ledger.connectionIds;

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});

afterAll(async () => {
  await emulator.close();
});

beforeEach(async () => {
  await hook(emulator, 'POST', 'reset');
});

// Signed by the official SDK core's AK/SK signer (SDK-HMAC-SHA256), as the BFF signs.
const call = (options: HuaweiRequestOptions) => huaweiRequest(emulator, options);
const act = (serviceId: string, body: unknown) => call({ method: 'POST', path: vpcepPath(`/${serviceId}/connections/action`), body });
const permissions = (serviceId: string, query: HuaweiRequestOptions['query'] = {}) => call({ path: vpcepPath(`/${serviceId}/permissions`), query });
const permit = (serviceId: string, body: unknown) => call({ method: 'POST', path: vpcepPath(`/${serviceId}/permissions/action`), body });
const errorOf = (json: Record<string, unknown>) => json.error as { code: string; message: string };

async function statusOf(serviceId: string, endpointId: string) {
  const res = await call({ path: vpcepPath(`/${serviceId}/connections`), query: { id: endpointId } });
  return (res.json.connections as ConnectionEndpoint[])[0]?.status;
}

describe('AcceptOrRejectEndpoint (POST …/connections/action)', () => {
  it('when a pending connection is received, then it is accepted, answered with its documented fields, and listed so', async () => {
    const res = await act(ledger.id, { endpoints: [pending], action: 'receive' });
    expect(res.status).toBe(200);
    const [connection] = res.json.connections as ConnectionEndpoint[];
    expect(connection).toMatchObject({ id: pending, status: 'accepted', marker_id: ledger.markerIds[0] });
    expect(Object.keys(connection ?? {})).toEqual(expect.arrayContaining(['id', 'marker_id', 'created_at', 'updated_at', 'domain_id', 'status']));
    expect(await statusOf(ledger.id, pending ?? '')).toBe('accepted');
  });

  it('when connections are rejected, then each is rejected; a rejected one can be received again', async () => {
    await act(ledger.id, { endpoints: [pending], action: 'reject' });
    expect(await statusOf(ledger.id, pending ?? '')).toBe('rejected');
    await act(ledger.id, { endpoints: [rejected], action: 'receive' });
    expect(await statusOf(ledger.id, rejected ?? '')).toBe('accepted');
  });

  it('when one id is not a connection of the service, then 404 EndPoint.0005 and none changes', async () => {
    const res = await act(ledger.id, { endpoints: [pending, core.connectionIds[0]], action: 'receive' });
    expect(res.status).toBe(404);
    expect(errorOf(res.json).code).toBe('EndPoint.0005');
    expect(await statusOf(ledger.id, pending ?? '')).toBe('pendingAcceptance');
  });

  it.each([
    [{ endpoints: [pending], action: 'accept' }, /action must be receive or reject/],
    [{ endpoints: [], action: 'receive' }, /endpoints must name at least one/],
    [{ action: 'receive' }, /endpoints is mandatory/],
    [{ endpoints: 'x', action: 'receive' }, /endpoints must be an array of strings/],
  ])('when the body is %j, then 400 EndPoint.0002 says what is wrong', async (body, message) => {
    const res = await act(ledger.id, body);
    expect(res.status).toBe(400);
    expect(errorOf(res.json)).toMatchObject({ code: 'EndPoint.0002' });
    expect(errorOf(res.json).message).toMatch(message);
  });

  it('when the service does not exist, then 404 EndPoint.0005', async () => {
    const res = await act('00000000-0000-4000-8000-000000000000', { endpoints: [pending], action: 'receive' });
    expect(res.status).toBe(404);
  });
});

describe('whitelist (GET …/permissions, POST …/permissions/action)', () => {
  it('when records are added, then they are listed with id, permission, type and time; adding again keeps one each', async () => {
    const added = await permit(ledger.id, { permissions: ['iam:domain::6e9dfd51d1124e8d8498dce894923a0d', 'iam:domain::*'], action: 'add' });
    expect(added.status).toBe(200);
    expect(added.json.permissions).toEqual(['iam:domain::6e9dfd51d1124e8d8498dce894923a0d', 'iam:domain::*']);
    await permit(ledger.id, { permissions: ['iam:domain::*'], action: 'add' });
    const res = await permissions(ledger.id);
    expect(res.json.total_count).toBe(2);
    const list = res.json.permissions as ServicePermission[];
    expect(list.map((p) => p.permission).sort()).toEqual(['iam:domain::*', 'iam:domain::6e9dfd51d1124e8d8498dce894923a0d']);
    for (const p of list) {
      expect(p.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(p.permission_type).toBe('domainId');
      expect(p.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }
  });

  it('when records are removed, then they are gone; removing one not there changes nothing', async () => {
    await permit(ledger.id, { permissions: ['iam:domain::aaa111', 'iam:domain::bbb222'], action: 'add' });
    const removed = await permit(ledger.id, { permissions: ['iam:domain::aaa111', 'iam:domain::zzz999'], action: 'remove' });
    expect(removed.status).toBe(200);
    expect(((await permissions(ledger.id)).json.permissions as ServicePermission[]).map((p) => p.permission)).toEqual(['iam:domain::bbb222']);
  });

  it('when filtering and paging, then the documented query parameters apply', async () => {
    await permit(ledger.id, { permissions: ['iam:domain::aaa111', 'iam:domain::bbb222', 'iam:domain::ccc333'], action: 'add' });
    expect((await permissions(ledger.id, { permission: 'bbb' })).json.total_count).toBe(1);
    const page = await permissions(ledger.id, { limit: '2', offset: '0' });
    expect(page.json.total_count).toBe(3);
    expect(page.json.permissions).toHaveLength(2);
    expect((await permissions(ledger.id, { limit: '1001' })).json.error).toMatchObject({ code: 'EndPoint.0006' });
  });

  it.each([
    [{ permissions: ['domain::abc'], action: 'add' }],
    [{ permissions: ['iam:domain::'], action: 'add' }],
    [{ permissions: [`iam:domain::${'a'.repeat(65)}`], action: 'add' }],
    [{ permissions: ['iam:domain::ab-c'], action: 'add' }],
    [{ permissions: ['iam:domain::abc'], action: 'grant' }],
    [{ permissions: [], action: 'add' }],
  ])('when the body is %j, then 400 EndPoint.0002 and nothing is added', async (body) => {
    const res = await permit(ledger.id, body);
    expect(res.status).toBe(400);
    expect(errorOf(res.json).code).toBe('EndPoint.0002');
    expect((await permissions(ledger.id)).json.total_count).toBe(0);
  });

  it('when a snapshot is restored, then the whitelist comes back with it', async () => {
    await permit(ledger.id, { permissions: ['iam:domain::aaa111'], action: 'add' });
    await hook(emulator, 'POST', 'snapshots', { name: 'with-whitelist' });
    await hook(emulator, 'POST', 'reset');
    expect((await permissions(ledger.id)).json.total_count).toBe(0);
    await hook(emulator, 'POST', 'snapshots/with-whitelist/restore');
    expect((await permissions(ledger.id)).json.total_count).toBe(1);
  });
});
