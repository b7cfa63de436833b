import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_HUAWEI_PROJECT_ID } from '../../config.ts';
import { startEmulator, type RunningEmulator } from '../../server.ts';
import { hook } from '../../testing/alibaba.ts';
import { huaweiRequest, type HuaweiRequestOptions, vpcepPath } from '../../testing/huawei.ts';
import type { ConnectionEndpoint, EndpointServiceDetail, EndpointServiceSummary } from './api.ts';
import { SEED_VPCEP } from './seed.ts';

const { core, orders, billing, ledger, search, legacy } = SEED_VPCEP.services;

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

const call = (options: HuaweiRequestOptions) => huaweiRequest(emulator, options);
const list = (query: HuaweiRequestOptions['query'] = {}) => call({ path: vpcepPath(), query });
const show = (id: string) => call({ path: vpcepPath(`/${id}`) });
const update = (id: string, body: unknown) => call({ method: 'PUT', path: vpcepPath(`/${id}`), body });
const connections = (id: string, query: HuaweiRequestOptions['query'] = {}) => call({ path: vpcepPath(`/${id}/connections`), query });

const services = (json: Record<string, unknown>) => json.endpoint_services as EndpointServiceSummary[];
const conns = (json: Record<string, unknown>) => json.connections as ConnectionEndpoint[];
const errorOf = (json: Record<string, unknown>) => json.error as { code: string; message: string };
/** A gateway error (APIGW.xxxx) carries the documented nested shape and the gateway's flat keys, alike. */
const gatewayErrorOf = (json: Record<string, unknown>) => {
  expect({ code: json.error_code, message: json.error_msg }).toEqual(errorOf(json));
  return errorOf(json);
};

describe('ListEndpointServices', () => {
  it('when called with no query, then it lists 10 at most, newest first, with every documented field', async () => {
    const res = await list();
    expect(res.status).toBe(200);
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
    expect(res.json.total_count).toBe(6);
    const items = services(res.json);
    expect(items.map((s) => s.service_name)).toEqual([search.name, ledger.name, billing.name, orders.name, core.name, legacy.name]);
    const item = items.find((s) => s.id === core.id);
    expect(item).toMatchObject({
      id: core.id,
      port_id: SEED_VPCEP.sharedPortId,
      service_name: 'core-gateway',
      server_type: 'LB',
      vpc_id: core.vpcId,
      approval_enabled: true,
      status: 'available',
      service_type: 'interface',
      created_at: '2026-01-06T08:00:00Z',
      updated_at: '2026-02-10T14:30:00Z',
      project_id: DEMO_HUAWEI_PROJECT_ID,
      domain_id: SEED_VPCEP.domainId,
      connection_count: 6,
      tcp_proxy: 'proxy_open',
      tags: [
        { key: 'team', value: 'platform' },
        { key: 'env', value: 'production' },
      ],
    });
    expect(item?.ports).toHaveLength(40);
    expect(item?.ports[0]).toEqual({ client_port: 9001, server_port: 19001, protocol: 'TCP' });
    expect(item).not.toHaveProperty('vip_port_id');
    expect(items.find((s) => s.id === ledger.id)?.vip_port_id).toBe(ledger.vipPortId);
    expect(items.find((s) => s.id === legacy.id)?.error).toEqual([{ error_code: 'EndPoint.3008', error_message: 'The port does not exist.' }]);
  });

  it('when limit and offset are given, then it pages and keeps total_count', async () => {
    const pages = await Promise.all([0, 2, 4, 6].map((offset) => list({ limit: 2, offset })));
    expect(pages.map((p) => services(p.json).length)).toEqual([2, 2, 2, 0]);
    expect(pages.map((p) => p.json.total_count)).toEqual([6, 6, 6, 6]);
    const ids = pages.flatMap((p) => services(p.json).map((s) => s.id));
    expect(new Set(ids).size).toBe(6);
    expect(services((await list({ limit: 1000 })).json)).toHaveLength(6);
    expect(services((await list({ limit: 0 })).json)).toHaveLength(0);
  });

  it('when limit or offset is out of range or not an integer, then EndPoint.0006 / EndPoint.0010 (400)', async () => {
    for (const limit of [1001, -1, 'ten', '2.5']) {
      const res = await list({ limit });
      expect(res.status).toBe(400);
      expect(errorOf(res.json).code).toBe('EndPoint.0006');
    }
    for (const offset of [-1, 'x']) {
      const res = await list({ offset });
      expect(res.status).toBe(400);
      expect(errorOf(res.json).code).toBe('EndPoint.0010');
    }
  });

  it('when endpoint_service_name is given, then it matches a case-insensitive substring', async () => {
    expect(services((await list({ endpoint_service_name: 'GATE' })).json).map((s) => s.id)).toEqual([core.id]);
    expect((await list({ endpoint_service_name: '-v' })).json.total_count).toBe(2);
    expect((await list({ endpoint_service_name: 'nothing-like-it' })).json.total_count).toBe(0);
    expect((await list({ endpoint_service_name: 'x'.repeat(129) })).status).toBe(400);
  });

  it('when id or status is given, then only matching services come back; an unknown status is EndPoint.0019', async () => {
    expect(services((await list({ id: billing.id })).json).map((s) => s.service_name)).toEqual([billing.name]);
    expect(services((await list({ status: 'creating' })).json).map((s) => s.id)).toEqual([search.id]);
    expect((await list({ status: 'available' })).json.total_count).toBe(4);
    const bad = await list({ status: 'running' });
    expect(bad.status).toBe(400);
    expect(errorOf(bad.json).code).toBe('EndPoint.0019');
  });

  it('when sort_key and sort_dir are given, then the order follows them; unknown values are EndPoint.0017 / 0018', async () => {
    const asc = services((await list({ sort_dir: 'asc' })).json).map((s) => s.id);
    expect(asc[0]).toBe(legacy.id);
    const byUpdate = services((await list({ sort_key: 'update_at', sort_dir: 'desc' })).json).map((s) => s.id);
    expect(byUpdate[0]).toBe(search.id);
    expect(byUpdate.indexOf(core.id)).toBeLessThan(byUpdate.indexOf(ledger.id));
    expect(services((await list({ sort_key: 'created_at' })).json)[0]?.id).toBe(search.id);
    expect(errorOf((await list({ sort_key: 'name' })).json).code).toBe('EndPoint.0017');
    expect(errorOf((await list({ sort_dir: 'up' })).json).code).toBe('EndPoint.0018');
  });
});

describe('ShowEndpointService', () => {
  it('when the service exists, then it answers the fields of the modify page', async () => {
    const res = await show(ledger.id);
    expect(res.status).toBe(200);
    const body = res.json as unknown as EndpointServiceDetail;
    expect(Object.keys(body).sort()).toEqual(
      [
        'id',
        'port_id',
        'vip_port_id',
        'service_name',
        'server_type',
        'vpc_id',
        'pool_id',
        'approval_enabled',
        'status',
        'service_type',
        'created_at',
        'updated_at',
        'project_id',
        'cidr_type',
        'ports',
        'tcp_proxy',
        'tags',
        'description',
      ].sort(),
    );
    expect(body).toMatchObject({ server_type: 'VIP', vip_port_id: ledger.vipPortId, cidr_type: 'internal', tcp_proxy: 'toa_open' });
  });

  it('when the id is unknown, then 404 EndPoint.0005; a known but unimplemented path is APIGW.0101', async () => {
    const res = await show('4189d3c2-8882-4871-a3c2-d380272eed88');
    expect(res.status).toBe(404);
    expect(errorOf(res.json).code).toBe('EndPoint.0005');
    expect(errorOf(res.json).message).toContain('4189d3c2-8882-4871-a3c2-d380272eed88');
    const pub = await call({ path: vpcepPath('/public') });
    expect(pub.status).toBe(404);
    expect(gatewayErrorOf(pub.json).code).toBe('APIGW.0101');
    const del = await call({ method: 'DELETE', path: vpcepPath(`/${core.id}`) });
    expect(gatewayErrorOf(del.json).code).toBe('APIGW.0101');
  });
});

describe('UpdateEndpointService', () => {
  it('when each field is changed, then the answer and a later read show it, updated_at moves on', async () => {
    const res = await update(billing.id, {
      approval_enabled: true,
      service_name: 'billing_v2-A',
      description: 'Billing, version 2 (moved)',
      tcp_proxy: 'open',
      port_id: '0b6e4c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e',
      ports: [
        { client_port: 8080, server_port: 8081 },
        { client_port: 8081, server_port: 8081, protocol: 'TCP' },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      id: billing.id,
      approval_enabled: true,
      service_name: 'billing_v2-A',
      description: 'Billing, version 2 (moved)',
      tcp_proxy: 'open',
      port_id: '0b6e4c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e',
      ports: [
        { client_port: 8080, server_port: 8081, protocol: 'TCP' },
        { client_port: 8081, server_port: 8081, protocol: 'TCP' },
      ],
      status: 'available',
      server_type: 'VM',
    });
    expect(Date.parse(String(res.json.updated_at))).toBeGreaterThan(Date.parse('2026-01-20T11:00:00Z'));
    expect((await show(billing.id)).json).toEqual(res.json);
    const ledgerChange = await update(ledger.id, { vip_port_id: 'vip-port-2', approval_enabled: false, service_name: '' });
    expect(ledgerChange.json).toMatchObject({ vip_port_id: 'vip-port-2', approval_enabled: false, service_name: '' });
  });

  it('when the body is empty JSON, then nothing but updated_at changes; absent fields are kept', async () => {
    const before = (await show(core.id)).json;
    const res = await update(core.id, {});
    expect(res.status).toBe(200);
    expect({ ...res.json, updated_at: before.updated_at }).toEqual(before);
    const partial = await update(core.id, { description: 'only this' });
    expect((partial.json.ports as unknown[]).length).toBe(40);
  });

  it('when service_name has 17 characters or other characters, then EndPoint.3076 (400)', async () => {
    for (const name of ['a'.repeat(17), 'has space', 'dot.name', 'ü-name']) {
      const res = await update(billing.id, { service_name: name });
      expect(res.status).toBe(400);
      expect(errorOf(res.json).code).toBe('EndPoint.3076');
    }
    expect((await update(billing.id, { service_name: 'a'.repeat(16) })).status).toBe(200);
  });

  it('when description has < or > or more than 512 characters, then 400 EndPoint.0002', async () => {
    for (const description of ['a <b> c', 'x > y', 'd'.repeat(513)]) {
      const res = await update(billing.id, { description });
      expect(res.status).toBe(400);
      expect(errorOf(res.json).code).toBe('EndPoint.0002');
    }
    expect((await update(billing.id, { description: '' })).status).toBe(200);
  });

  it('when tcp_proxy is not close, toa_open, proxy_open or open, then 400 EndPoint.0002', async () => {
    const res = await update(billing.id, { tcp_proxy: 'proxy_vni' });
    expect(res.status).toBe(400);
    expect(errorOf(res.json)).toEqual({
      code: 'EndPoint.0002',
      message: 'Parameter error. tcp_proxy must be one of close, toa_open, proxy_open, open.',
    });
    for (const value of ['close', 'toa_open', 'proxy_open', 'open']) {
      expect((await update(billing.id, { tcp_proxy: value })).json.tcp_proxy).toBe(value);
    }
  });

  it('when there are 201 mappings, then EndPoint.3074; 200 are accepted', async () => {
    const mappings = (n: number) => Array.from({ length: n }, (_, i) => ({ client_port: 1000 + i, server_port: 2000 + i }));
    const tooMany = await update(billing.id, { ports: mappings(201) });
    expect(tooMany.status).toBe(400);
    expect(errorOf(tooMany.json).code).toBe('EndPoint.3074');
    const max = await update(billing.id, { ports: mappings(200) });
    expect(max.status).toBe(200);
    expect(max.json.ports).toHaveLength(200);
  });

  it('when a port is 0 or 65536, then EndPoint.3004 (client) / EndPoint.3043 (server)', async () => {
    const cases: [Record<string, number>, string][] = [
      [{ client_port: 0, server_port: 80 }, 'EndPoint.3004'],
      [{ client_port: 65536, server_port: 80 }, 'EndPoint.3004'],
      [{ client_port: 80, server_port: 0 }, 'EndPoint.3043'],
      [{ client_port: 80, server_port: 65536 }, 'EndPoint.3043'],
      [{ client_port: 80.5, server_port: 80 }, 'EndPoint.3004'],
    ];
    for (const [mapping, code] of cases) {
      const res = await update(billing.id, { ports: [mapping] });
      expect(res.status).toBe(400);
      expect(errorOf(res.json).code).toBe(code);
    }
    const edges = await update(billing.id, {
      ports: [
        { client_port: 1, server_port: 65535 },
        { client_port: 65535, server_port: 1 },
      ],
    });
    expect(edges.status).toBe(200);
  });

  it('when protocol is UDP, then EndPoint.3075; a mapping without a port is EndPoint.2028; no mappings too', async () => {
    const udp = await update(billing.id, { ports: [{ client_port: 53, server_port: 53, protocol: 'UDP' }] });
    expect(udp.status).toBe(400);
    expect(errorOf(udp.json).code).toBe('EndPoint.3075');
    const missing = await update(billing.id, { ports: [{ client_port: 53 }] });
    expect(errorOf(missing.json).code).toBe('EndPoint.2028');
    expect(errorOf((await update(billing.id, { ports: [] })).json).code).toBe('EndPoint.2028');
  });

  it('when two mappings use the same client_port, then EndPoint.3004 names both', async () => {
    for (const ports of [
      [
        { client_port: 8080, server_port: 80 },
        { client_port: 8080, server_port: 80 },
      ],
      [
        { client_port: 8080, server_port: 80 },
        { client_port: 8080, server_port: 81 },
      ],
    ]) {
      const res = await update(billing.id, { ports });
      expect(res.status).toBe(400);
      expect(errorOf(res.json).code).toBe('EndPoint.3004');
      expect(errorOf(res.json).message).toContain('ports[0] and ports[1] both use client_port 8080');
    }
  });

  it('when a service on a shared port_id takes a server_port the other uses, then EndPoint.3044 names the other service', async () => {
    const res = await update(orders.id, { ports: [{ client_port: 443, server_port: 19005 }] });
    expect(res.status).toBe(400);
    expect(errorOf(res.json).code).toBe('EndPoint.3044');
    expect(errorOf(res.json).message).toContain(`core-gateway (${core.id})`);
    // Same server port on another port_id is fine; moving onto the shared port_id with a clash is not.
    expect((await update(billing.id, { ports: [{ client_port: 1, server_port: 19005 }] })).status).toBe(200);
    const move = await update(billing.id, { port_id: SEED_VPCEP.sharedPortId });
    expect(errorOf(move.json).code).toBe('EndPoint.3044');
    // The rule is per server_port: a different one on the shared port_id is accepted.
    expect((await update(orders.id, { ports: [{ client_port: 19005, server_port: 7000 }] })).status).toBe(200);
  });

  it('when a value has the wrong JSON type or the body is not JSON, then 400 EndPoint.0002', async () => {
    const bodies: unknown[] = [
      { ports: [{ client_port: '8080', server_port: 80 }] },
      { approval_enabled: 'true' },
      { service_name: 12 },
      { ports: { client_port: 1 } },
      { ports: ['8080:80'] },
      [{ service_name: 'a' }],
    ];
    for (const body of bodies) {
      const res = await update(billing.id, body);
      expect(res.status).toBe(400);
      expect(errorOf(res.json).code).toBe('EndPoint.0002');
    }
    const notJson = await call({ method: 'PUT', path: vpcepPath(`/${billing.id}`), body: {}, rawBody: '{' });
    // The body differs from the one signed: the signature check refuses it first.
    expect(notJson.status).toBe(401);
  });

  it('when port_id is not a UUID or vip_port_id is set on a non-VIP service, then EndPoint.3063 / EndPoint.3051', async () => {
    expect(errorOf((await update(billing.id, { port_id: 'port-1' })).json).code).toBe('EndPoint.3063');
    expect(errorOf((await update(billing.id, { vip_port_id: 'vip-1' })).json).code).toBe('EndPoint.3051');
    expect(errorOf((await update(ledger.id, { vip_port_id: 'v'.repeat(65) })).json).code).toBe('EndPoint.3051');
  });

  it('when the id is unknown, then 404 EndPoint.0005; when the service is not available, then EndPoint.3045', async () => {
    const unknown = await update('00000000-0000-4000-8000-000000000000', { approval_enabled: false });
    expect(unknown.status).toBe(404);
    expect(errorOf(unknown.json).code).toBe('EndPoint.0005');
    for (const id of [search.id, legacy.id]) {
      const res = await update(id, { description: 'x' });
      expect(res.status).toBe(400);
      expect(errorOf(res.json).code).toBe('EndPoint.3045');
    }
  });
});

describe('ListServiceConnections', () => {
  it('when called for the busy service, then it lists its connections, newest first, 10 by default', async () => {
    const res = await connections(core.id);
    expect(res.status).toBe(200);
    expect(res.json.total_count).toBe(12);
    const items = conns(res.json);
    expect(items).toHaveLength(10);
    expect(items[0]).toMatchObject({ id: core.connectionIds[11], marker_id: core.markerIds[11], status: 'pendingAcceptance' });
    expect(Object.keys(items[0] ?? {}).sort()).toEqual(['created_at', 'domain_id', 'id', 'marker_id', 'status', 'updated_at']);
    expect(items.find((c) => c.id === core.connectionIds[0])?.description).toBeUndefined();
    const all = conns((await connections(core.id, { limit: 50, sort_dir: 'asc' })).json);
    expect(all.map((c) => c.id)).toEqual(core.connectionIds);
    expect(all[0]).toMatchObject({ status: 'accepted', description: 'Consumer endpoint 1', created_at: '2026-01-10T09:00:00Z' });
    expect(new Set(all.map((c) => c.status))).toEqual(new Set(['accepted', 'pendingAcceptance', 'rejected', 'creating', 'failed']));
  });

  it('when filtered by status, id or marker_id, then only those come back', async () => {
    expect((await connections(core.id, { status: 'accepted' })).json.total_count).toBe(5);
    expect((await connections(core.id, { status: 'pendingAcceptance' })).json.total_count).toBe(3);
    expect((await connections(core.id, { status: 'rejected' })).json.total_count).toBe(2);
    const byId = conns((await connections(core.id, { id: core.connectionIds[4] })).json);
    expect(byId.map((c) => c.status)).toEqual(['rejected']);
    const byMarker = conns((await connections(core.id, { marker_id: core.markerIds[5] })).json);
    expect(byMarker.map((c) => c.id)).toEqual([core.connectionIds[5]]);
    expect(errorOf((await connections(core.id, { marker_id: 'abc' })).json).code).toBe('EndPoint.0021');
    expect(errorOf((await connections(core.id, { status: 'open' })).json).code).toBe('EndPoint.0019');
  });

  it('when paged, then total_count stays; limit above 1000 is EndPoint.0006', async () => {
    const second = await connections(core.id, { limit: 5, offset: 10 });
    expect(conns(second.json)).toHaveLength(2);
    expect(second.json.total_count).toBe(12);
    expect(errorOf((await connections(core.id, { limit: 1001 })).json).code).toBe('EndPoint.0006');
    expect((await connections(search.id)).json).toEqual({ connections: [], total_count: 0 });
  });

  it('when the service is unknown, then 404 EndPoint.0005', async () => {
    const res = await connections('00000000-0000-4000-8000-000000000000');
    expect(res.status).toBe(404);
    expect(errorOf(res.json).code).toBe('EndPoint.0005');
  });
});

describe('faults, stats and reset', () => {
  it('when faults name VPCEP operations (or their SDK names), then they apply; stats count VPCEP calls', async () => {
    await hook(emulator, 'POST', 'faults', { operation: 'ListEndpointServices', kind: 'throttle', count: 1 });
    const throttled = await list();
    expect(throttled.status).toBe(429);
    expect(gatewayErrorOf(throttled.json).code).toBe('APIGW.0308');
    expect((await list()).status).toBe(200);

    await hook(emulator, 'POST', 'faults', { operation: 'ListServiceDetails', kind: 'error5xx', count: 1 });
    const failed = await show(core.id);
    expect(failed.status).toBe(500);
    expect(errorOf(failed.json).code).toBe('EndPoint.0001');

    await hook(emulator, 'POST', 'faults', { operation: 'UpdateEndpointService', kind: 'drop-response', count: 1 });
    await expect(update(billing.id, { description: 'applied, answer lost' })).rejects.toThrow();
    expect((await show(billing.id)).json.description).toBe('applied, answer lost');

    await connections(core.id);
    const stats = await hook(emulator, 'GET', 'stats');
    expect(stats.json.calls).toMatchObject({
      ListEndpointServices: 1,
      ShowEndpointService: 1,
      UpdateEndpointService: 1,
      ListServiceConnections: 1,
    });
  });

  it('when reset, then VPCEP state is back to the seed', async () => {
    await update(core.id, { service_name: 'renamed' });
    await hook(emulator, 'POST', 'reset');
    expect((await show(core.id)).json.service_name).toBe('core-gateway');
  });
});

describe('seedScale', () => {
  it('when seedScale is 3, then there are three times the services and connections, ids of replica 1 stable', async () => {
    const scaled = await startEmulator({ port: 0, seedScale: 3 });
    try {
      const res = await huaweiRequest(scaled, { path: vpcepPath(), query: { limit: 100 } });
      expect(res.json.total_count).toBe(3 * SEED_VPCEP.perReplica.services);
      const names = services(res.json).map((s) => s.service_name);
      expect(names).toContain('core-gateway-3');
      expect(services(res.json).find((s) => s.service_name === 'core-gateway')?.id).toBe(core.id);
      expect(names.every((n) => n.length <= 16)).toBe(true);
    } finally {
      await scaled.close();
    }
  });
});
