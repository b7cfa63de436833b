import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationPath } from '../clouds/huawei/client.ts';
import { startHarness, type Harness } from '../testing/harness.ts';

describe('metrics and probes, in process', () => {
  let h: Harness;
  let webDist: string;

  beforeAll(async () => {
    // A built SPA whose index.html must never answer a probe or a scrape.
    webDist = mkdtempSync(join(tmpdir(), 'portico-web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>spa</title>');
    h = await startHarness({ bff: { webDist } });
  });

  afterAll(async () => {
    await h.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('when no metrics token is configured, then /metrics answers Prometheus text to anyone', async () => {
    const response = await fetch(`${h.bff.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(await response.text()).toContain('# TYPE portico_http_request_duration_seconds histogram');
  });

  it('when the Huawei cloud is called, then its attempts are counted under the path template', async () => {
    expect((await h.api('GET', '/api/endpoint-services?pageSize=5')).status).toBe(200);
    const text = await (await fetch(`${h.bff.url}/metrics`)).text();
    expect(text).toMatch(/portico_cloud_calls_total\{cloud="huawei",operation="GET \/v1\/\{project_id\}\/vpc-endpoint-services",outcome="ok"\} [1-9]/);
  });

  it('when a cloud throttles, then the attempt is counted as throttled', async () => {
    await h.emulatorHook('POST', '/__emulator/faults', { operation: 'DescribeVpcAccesses', kind: 'throttle', count: 1 });
    expect((await h.api('GET', '/api/vpc-authorizations?page=1&pageSize=5')).status).toBe(200);
    const text = await (await fetch(`${h.bff.url}/metrics`)).text();
    expect(text).toMatch(/portico_cloud_calls_total\{cloud="alibaba",operation="DescribeVpcAccesses",outcome="throttled"\} 1/);
  });

  it('when probed, then /livez and /readyz answer JSON, not the SPA', async () => {
    for (const path of ['/livez', '/readyz']) {
      const response = await fetch(h.bff.url + path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/json');
    }
    expect(await (await fetch(`${h.bff.url}/readyz`)).json()).toMatchObject({ status: 'ready', database: { migrations: true } });
  });

  it('when a request is timed, then it is labelled by its route template, not its path', async () => {
    expect((await h.api('GET', '/api/vpc-authorizations/no-such-authorization')).status).toBe(404);
    const text = await (await fetch(`${h.bff.url}/metrics`)).text();
    expect(text).toContain('route="/api/vpc-authorizations/:name",status="404"');
    expect(text).not.toContain('no-such-authorization');
  });
});

describe('metrics with a token', () => {
  let h: Harness;
  const token = 'a-metrics-token-for-tests';

  beforeAll(async () => {
    h = await startHarness({ bff: { metricsToken: token } });
  });

  afterAll(() => h.close());

  it('when the bearer token is missing or wrong, then /metrics is a 401; when right, a 200', async () => {
    expect((await fetch(`${h.bff.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${h.bff.url}/metrics`, { headers: { authorization: `Bearer ${token}x` } })).status).toBe(401);
    expect((await fetch(`${h.bff.url}/metrics`, { headers: { authorization: token } })).status).toBe(401);
    expect((await fetch(`${h.bff.url}/metrics`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });
});

describe('operationPath', () => {
  it('when a Huawei path holds the project and an id, then both are named, so series do not multiply', () => {
    expect(operationPath('/v1/p123/vpc-endpoint-services/4f0c-aa/connections', 'p123')).toBe('/v1/{project_id}/vpc-endpoint-services/{id}/connections');
    expect(operationPath('/v1/p123/vpc-endpoint-services', 'p123')).toBe('/v1/{project_id}/vpc-endpoint-services');
  });
});
