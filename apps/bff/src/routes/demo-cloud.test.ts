import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditList } from '@portico/contracts/audit';
import { SEED } from '@portico/cloud-emulator/services/apigateway/seed';
import { startDemoCloud } from '../demo-cloud.ts';
import { startHarness, type Harness } from '../testing/harness.ts';

const vpcTotal = async (h: Harness, profile = 'alibaba-emulator') =>
  ((await h.api('GET', `/api/vpc-authorizations?profile=${profile}&pageSize=100`)).body as { total: number }).total;

describe('resetting the demo cloud', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ bff: { demoCloud: { persistent: false, reset: () => h.emulator.reset() } } });
  });

  afterAll(async () => {
    await h.close();
  });

  it('when an admin resets it, then the cloud is the seed again and the audit log keeps the change and records the reset', async () => {
    expect((await h.api('GET', '/api/demo-cloud')).body).toEqual({ available: true, persistent: false });
    const created = await h.api('POST', '/api/vpc-authorizations', { name: 'before-reset', vpcId: 'vpc-reset0001', instanceId: 'i-reset0001', port: 80 });
    expect(created.status).toBe(201);
    expect(await vpcTotal(h)).toBe(SEED.perReplica.vpcAccesses + 1);

    const reset = await h.api('POST', '/api/demo-cloud/reset');
    expect(reset.status).toBe(200);
    expect(await vpcTotal(h)).toBe(SEED.perReplica.vpcAccesses);
    const audit = AuditList.parse((await h.api('GET', '/api/audit?pageSize=10')).body);
    expect(audit.items.map((e) => [e.operation, e.result])).toEqual(
      expect.arrayContaining([
        ['SetVpcAccess', 'succeeded'],
        ['ResetDemoCloud', 'succeeded'],
      ]),
    );
    const event = audit.items.find((e) => e.operation === 'ResetDemoCloud');
    expect(event).toMatchObject({ resourceType: 'demo-cloud', cloud: 'portico', actor: { name: 'admin' }, id: (reset.body as { auditEventId: string }).auditEventId });
  });

  it('when an operator or a request without the CSRF token asks, then it is refused and nothing is reset', async () => {
    await h.api('POST', '/api/vpc-authorizations', { name: 'stays-put', vpcId: 'vpc-reset0002', instanceId: 'i-reset0002', port: 81 });
    const operator = await h.signedInAs('operator');
    expect((await operator.request('POST', '/api/demo-cloud/reset')).status).toBe(403);
    expect((await h.api('POST', '/api/demo-cloud/reset', undefined, { 'x-csrf-token': 'wrong' })).status).toBe(403);
    expect(await vpcTotal(h)).toBe(SEED.perReplica.vpcAccesses + 1);
  });
});

describe('a console without the demo cloud', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h.close();
  });

  it('when asked, then it says there is none, and a reset is a 404', async () => {
    expect((await h.api('GET', '/api/demo-cloud')).body).toEqual({ available: false, persistent: false });
    expect((await h.api('POST', '/api/demo-cloud/reset')).status).toBe(404);
  });
});

describe('startDemoCloud', () => {
  it('when started on a data directory, then it has a profile per region and keeps its state under DATA_DIR/emulator', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'portico-demo-cloud-'));
    try {
      const demo = await startDemoCloud(dataDir, {});
      expect(demo.profiles.map((p) => [p.id, p.name, p.region])).toEqual([
        ['alibaba-emulator', 'Alibaba Cloud (emulator) · cn-hangzhou', 'cn-hangzhou'],
        ['alibaba-emulator-cn-shenzhen', 'Alibaba Cloud (emulator) · cn-shenzhen', 'cn-shenzhen'],
        ['huawei-emulator', 'Huawei Cloud (emulator) · cn-north-4', 'cn-north-4'],
        ['huawei-emulator-cn-east-3', 'Huawei Cloud (emulator) · cn-east-3', 'cn-east-3'],
      ]);
      expect(demo.persistent).toBe(true);
      expect(demo.emulator.dataDir).toBe(join(dataDir, 'emulator'));
      await demo.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
