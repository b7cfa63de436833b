import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DescribeBackendInfoRequest } from '@alicloud/cloudapi20160714';
import { SEED } from '@portico/cloud-emulator/services/apigateway/seed';
import { sdkClient } from '@portico/cloud-emulator/testing/alibaba';
import { AuditEvent, AuditList, RevertPreview } from '@portico/contracts/audit';
import { AUDIT_SECRET_CHANGED, AUDIT_SECRET_MASK } from '@portico/contracts/audit-secrets';
import { BackendDetail } from '@portico/contracts/backend-models';
import { startHarness, type Harness } from '../testing/harness.ts';
import type { ApiClient } from '../testing/client.ts';

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

const nacos = SEED.backends.identityNacos;
let counter = 0;
const token = () => `story-token-${Date.now()}-${++counter}`;
type NacosData = { DiscoveryConfig: { NacosConfig: Record<string, string> } };

async function testModel(): Promise<NacosData> {
  const detail = BackendDetail.parse((await operator.request('GET', `/api/backends/${nacos.backendId}`)).body);
  return structuredClone(detail.models.find((m) => m.stageName === 'TEST')!.data) as NacosData;
}

async function save(data: NacosData) {
  const response = await operator.request('PUT', `/api/backends/${nacos.backendId}/models/TEST`, { data, clientToken: token() });
  expect(response.status, response.text).toBe(200);
}

async function lastModelEvent() {
  const list = AuditList.parse((await operator.request('GET', '/api/audit?resourceType=backend-model&operation=ModifyBackendModel')).body);
  return AuditEvent.parse((await operator.request('GET', `/api/audit/${list.items[0]!.id}`)).body);
}

async function storedNacos() {
  const { body } = await sdkClient(h.emulator).describeBackendInfo(new DescribeBackendInfoRequest({ backendId: nacos.backendId }));
  return body?.backendInfo?.backendModels?.find((m) => m.stageName === 'TEST')?.backendConfig?.discoveryConfig?.nacosConfig;
}

describe('the audit story of a backend model', () => {
  it('when a Nacos password is rotated, then the event says it changed, keeps no value, and says why it cannot be reverted', async () => {
    const data = await testModel();
    data.DiscoveryConfig.NacosConfig.Password = 'rotated-Pa55word';
    await save(data);
    const event = await lastModelEvent();
    const text = JSON.stringify(event);
    expect(text).not.toContain('rotated-Pa55word');
    expect(text).not.toContain(SEED.findings.nacosSecrets.Password);
    const before = event.before as NacosData;
    const after = event.after as NacosData;
    expect(before.DiscoveryConfig.NacosConfig.Password).toBe(AUDIT_SECRET_MASK);
    expect(after.DiscoveryConfig.NacosConfig.Password).toBe(AUDIT_SECRET_CHANGED);
    // An unchanged secret reads the same on both sides.
    expect(after.DiscoveryConfig.NacosConfig.SecretKey).toBe(before.DiscoveryConfig.NacosConfig.SecretKey);
    expect(event.revertible).toBe(false);
    const refused = await operator.request('POST', `/api/audit/${event.id}/revert`, { clientToken: token() });
    expect(refused.status).toBe(409);
  });

  it('when a model change without secrets is reverted, then the old model is back, the event says who reverted it, and a second revert is refused', async () => {
    const data = await testModel();
    const oldName = data.DiscoveryConfig.NacosConfig.ServiceName;
    data.DiscoveryConfig.NacosConfig.ServiceName = 'identity-story';
    await save(data);
    const event = await lastModelEvent();
    expect(event.revertible).toBe(true);

    const preview = RevertPreview.parse((await operator.request('GET', `/api/audit/${event.id}/revert`)).body);
    expect(preview.conflict).toBeUndefined();
    expect((preview.restore as NacosData).DiscoveryConfig.NacosConfig.ServiceName).toBe(oldName);

    const reverted = await operator.request('POST', `/api/audit/${event.id}/revert`, { clientToken: token() });
    expect(reverted.status, reverted.text).toBe(200);
    const stored = await storedNacos();
    expect(stored?.serviceName).toBe(oldName);
    // The stored secret is kept as it was, never replaced by the mask.
    expect(stored?.password).toBe(SEED.findings.nacosSecrets.Password);

    const after = AuditEvent.parse((await operator.request('GET', `/api/audit/${event.id}`)).body);
    expect(after.revertedBy?.name).toBeTruthy();
    expect(after.revertible).toBe(false);
    const again = await operator.request('POST', `/api/audit/${event.id}/revert`, { clientToken: token() });
    expect(again.status).toBe(409);
  });

  it('when the model changed again since, then the revert preview names the conflict and the revert is refused', async () => {
    const data = await testModel();
    data.DiscoveryConfig.NacosConfig.ServiceName = 'identity-one';
    await save(data);
    const event = await lastModelEvent();
    data.DiscoveryConfig.NacosConfig.ServiceName = 'identity-two';
    await save(data);
    const preview = RevertPreview.parse((await operator.request('GET', `/api/audit/${event.id}/revert`)).body);
    expect(preview.conflict).toMatch(/changed since/);
    const refused = await operator.request('POST', `/api/audit/${event.id}/revert`, { clientToken: token() });
    expect(refused.status).toBe(409);
    expect((await storedNacos())?.serviceName).toBe('identity-two');
  });
});
