import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_HUAWEI_SECRET_ACCESS_KEY } from '@portico/cloud-emulator/config';
import { SEED_VPCEP } from '@portico/cloud-emulator/services/vpcep/seed';
import { AuditList } from '@portico/contracts/audit';
import { EndpointServiceDetail, EndpointServiceList } from '@portico/contracts/endpoint-services';
import { ErrorEnvelope } from '@portico/contracts/errors';
import { startHarness, type Harness } from '../testing/harness.ts';
import type { ApiClient } from '../testing/client.ts';

let h: Harness;
let operator: ApiClient;
const texts: string[] = [];
beforeAll(async () => {
  h = await startHarness();
  operator = await h.signedInAs('operator');
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.emulatorHook('POST', '/__emulator/reset');
});

async function call(method: string, path: string, body?: unknown) {
  const response = await operator.request(method, path, body);
  texts.push(response.text);
  return response;
}
const errorOf = (body: unknown) => ErrorEnvelope.parse(body).error;
const calls = async (operation: string) => ((await h.emulatorHook('GET', '/__emulator/stats')) as { calls: Record<string, number> }).calls[operation] ?? 0;
const { core, orders, billing } = SEED_VPCEP.services;

describe('endpoint services', () => {
  it('when listed, then each has its server type, approval, ports and connection count; search filters by name', async () => {
    const list = EndpointServiceList.parse((await call('GET', '/api/endpoint-services?pageSize=50')).body);
    const byName = new Map(list.items.map((s) => [s.serviceName, s]));
    expect(byName.get(core.name)).toMatchObject({ serverType: 'LB', connectionCount: 12 });
    expect(byName.get(core.name)?.ports).toHaveLength(40);
    expect(byName.get(billing.name)?.approvalEnabled).toBe(false);
    const found = EndpointServiceList.parse((await call('GET', '/api/endpoint-services?search=orders')).body);
    expect(found.items.map((s) => s.serviceName)).toEqual([orders.name]);
  });

  it('when paged, then total and pages agree', async () => {
    const first = EndpointServiceList.parse((await call('GET', '/api/endpoint-services?page=1&pageSize=2')).body);
    const second = EndpointServiceList.parse((await call('GET', '/api/endpoint-services?page=2&pageSize=2')).body);
    expect(first.items).toHaveLength(2);
    expect(second.total).toBe(first.total);
    expect(second.items.map((s) => s.id)).not.toContain(first.items[0]!.id);
  });

  it('when opened, then connections and the services sharing its port_id come back', async () => {
    const detail = EndpointServiceDetail.parse((await call('GET', `/api/endpoint-services/${core.id}`)).body);
    expect(detail.connections).toHaveLength(12);
    expect(new Set(detail.connections.map((c) => c.status))).toContain('pendingAcceptance');
    expect(detail.sharingPortId.map((s) => s.serviceName)).toEqual([orders.name]);
  });

  it("when the id is unknown, then 404 with Huawei's code; when malformed, 400 and no call", async () => {
    const unknown = await call('GET', '/api/endpoint-services/00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(errorOf(unknown.body).upstream).toMatchObject({ cloud: 'huawei', code: 'EndPoint.0005' });
    const before = await calls('ShowEndpointService');
    expect((await call('GET', '/api/endpoint-services/not-a-uuid')).status).toBe(400);
    expect(await calls('ShowEndpointService')).toBe(before);
  });
});

describe('changing an endpoint service', () => {
  it('when ports, approval and proxy change, then the cloud shows them and the change is audited', async () => {
    const ports = [
      { clientPort: 443, serverPort: 8443 },
      { clientPort: 80, serverPort: 8080 },
      { clientPort: 8081, serverPort: 9081 },
    ];
    const response = await call('PUT', `/api/endpoint-services/${orders.id}`, { ports, approvalEnabled: true, tcpProxy: 'proxy_open', description: 'orders entry' });
    expect(response.status, response.text).toBe(200);
    const detail = EndpointServiceDetail.parse((await call('GET', `/api/endpoint-services/${orders.id}`)).body);
    expect(detail.service).toMatchObject({ approvalEnabled: true, tcpProxy: 'proxy_open', description: 'orders entry' });
    expect(detail.service.ports).toHaveLength(3);
    const [event] = AuditList.parse((await call('GET', '/api/audit?resourceType=endpoint-service')).body).items;
    expect(event).toMatchObject({ cloud: 'huawei', operation: 'UpdateEndpointService', result: 'succeeded', after: { tcpProxy: 'proxy_open' } });
    expect(event?.requestId).toBeTruthy();
  });

  it('when a client port is mapped twice or 201 mappings are sent, then 400 at the row and nothing reaches the cloud', async () => {
    const before = await calls('UpdateEndpointService');
    const dup = await call('PUT', `/api/endpoint-services/${orders.id}`, {
      ports: [
        { clientPort: 80, serverPort: 8080 },
        { clientPort: 80, serverPort: 8081 },
      ],
    });
    expect(dup.status).toBe(400);
    expect(errorOf(dup.body).fields).toEqual({ 'ports.1.clientPort': 'client port 80 is already mapped in row 1' });
    const many = Array.from({ length: 201 }, (_, i) => ({ clientPort: 1000 + i, serverPort: 2000 + i }));
    expect(errorOf((await call('PUT', `/api/endpoint-services/${orders.id}`, { ports: many })).body).fields).toEqual({ ports: 'may hold at most 200 port mappings' });
    const bad = await call('PUT', `/api/endpoint-services/${orders.id}`, {
      ports: [{ clientPort: 0, serverPort: 70000, protocol: 'UDP' }],
      tcpProxy: 'maybe',
      serviceName: 'x'.repeat(17),
      description: '<b>',
    });
    expect(Object.keys(errorOf(bad.body).fields ?? {}).sort()).toEqual([
      'description',
      'ports.0.clientPort',
      'ports.0.protocol',
      'ports.0.serverPort',
      'serviceName',
      'tcpProxy',
    ]);
    expect(await calls('UpdateEndpointService')).toBe(before);
  });

  it('when a body breaks the contract, then each field of the 400 names its message key and values beside the English text', async () => {
    const response = await call('PUT', `/api/endpoint-services/${orders.id}`, {
      ports: [
        { clientPort: 80, serverPort: 8080 },
        { clientPort: 80, serverPort: 0 },
      ],
      serviceName: 'x'.repeat(17),
    });
    expect(response.status).toBe(400);
    const error = errorOf(response.body);
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: 'serviceName', key: 'maxChars', params: { max: 16 }, message: 'must be 16 characters or fewer' },
        { path: 'ports.1.serverPort', key: 'portRange', params: { min: 1, max: 65535 }, message: 'must be between 1 and 65535' },
      ]),
    );
    // What the envelope had before is still there, for clients that read only `fields`.
    expect(error.fields?.serviceName).toBe('must be 16 characters or fewer');
    const notJson = await call('PUT', `/api/endpoint-services/${orders.id}`, '{"ports": [');
    expect(errorOf(notJson.body).issues).toEqual([{ path: '_', key: 'notJson', params: {}, message: 'is not valid JSON' }]);
  });

  it('when a server port is already used by a service sharing the port_id, then 400 names that service', async () => {
    const serverPort = core.ports[0]!.server_port;
    const response = await call('PUT', `/api/endpoint-services/${orders.id}`, { ports: [{ clientPort: 7000, serverPort }] });
    expect(response.status).toBe(400);
    expect(errorOf(response.body).fields?.['ports.0.serverPort']).toContain(core.name);
  });

  it('when a change is reverted, then the old mappings come back', async () => {
    const before = EndpointServiceDetail.parse((await call('GET', `/api/endpoint-services/${orders.id}`)).body).service;
    await call('PUT', `/api/endpoint-services/${orders.id}`, { ports: [{ clientPort: 9999, serverPort: 9998 }] });
    const [event] = AuditList.parse((await call('GET', '/api/audit?resourceType=endpoint-service')).body).items;
    const reverted = await call('POST', `/api/audit/${event!.id}/revert`, {});
    expect(reverted.status, reverted.text).toBe(200);
    const after = EndpointServiceDetail.parse((await call('GET', `/api/endpoint-services/${orders.id}`)).body).service;
    expect(after.ports).toEqual(before.ports);
  });

  it('when all is said and done, then the Huawei secret key appeared in no response', () => {
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) expect(text).not.toContain(DEMO_HUAWEI_SECRET_ACCESS_KEY);
  });
});
