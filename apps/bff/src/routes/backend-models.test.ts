import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DescribeBackendInfoRequest } from '@alicloud/cloudapi20160714';
import { SEED } from '@portico/cloud-emulator/services/apigateway/seed';
import { sdkClient } from '@portico/cloud-emulator/testing/alibaba';
import { AuditList } from '@portico/contracts/audit';
import { BackendDetail, BackendList, SECRET_MASK, SavedBackendModel } from '@portico/contracts/backend-models';
import { ErrorEnvelope } from '@portico/contracts/errors';
import { startHarness, type Harness } from '../testing/harness.ts';
import type { ApiClient } from '../testing/client.ts';
import { collectTaskEvents } from '../testing/sse.ts';

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

const http = SEED.backends.catalogHttp;
const nacos = SEED.backends.identityNacos;
const oss = SEED.backends.imagesOss;
let tokenCounter = 0;
const token = () => `test-token-${Date.now()}-${++tokenCounter}`;
const detail = async (id: string) => BackendDetail.parse((await operator.request('GET', `/api/backends/${id}`)).body);
const calls = async (operation: string) => ((await h.emulatorHook('GET', '/__emulator/stats')) as { calls: Record<string, number> }).calls[operation] ?? 0;

describe('backends', () => {
  it('when listed, then each backend shows its type and the stages that have a model', async () => {
    const list = BackendList.parse((await operator.request('GET', '/api/backends?pageSize=100')).body);
    const byName = new Map(list.items.map((b) => [b.name, b]));
    expect(byName.get(http.name)).toMatchObject({ type: 'HTTP', stages: ['TEST', 'PRE', 'RELEASE'] });
    expect(byName.get(oss.name)?.stages).toEqual(['TEST', 'RELEASE']);
    const mocks = BackendList.parse((await operator.request('GET', '/api/backends?type=MOCK')).body);
    expect(mocks.items.every((b) => b.type === 'MOCK')).toBe(true);
  });

  it('when opened, then each stage has its model and the APIs published there', async () => {
    const d = await detail(http.backendId);
    expect(d.models.map((m) => m.stageName).sort()).toEqual(['PRE', 'RELEASE', 'TEST']);
    expect(d.models.find((m) => m.stageName === 'TEST')?.data.ServiceAddress).toMatch(/^https?:\/\//);
    expect(d.boundApis.TEST.length).toBe(http.publishedApiCount.TEST);
  });

  it('when a model holds Nacos secrets, then they come back masked and never in clear', async () => {
    const response = await operator.request('GET', `/api/backends/${nacos.backendId}`);
    for (const secret of Object.values(SEED.findings.nacosSecrets)) expect(response.text).not.toContain(secret);
    const model = BackendDetail.parse(response.body).models[0]!;
    expect((model.data.DiscoveryConfig as { NacosConfig: { Password: string } }).NacosConfig.Password).toBe(SECRET_MASK);
  });
});

describe('saving a model', () => {
  it('when an HTTP address changes in TEST, then a task updates the APIs published in TEST and completes', async () => {
    const d = await detail(http.backendId);
    const test = d.models.find((m) => m.stageName === 'TEST')!;
    const response = await operator.request('PUT', `/api/backends/${http.backendId}/models/TEST`, {
      data: { ...test.data, ServiceAddress: 'http://10.20.30.40:8080' },
      clientToken: token(),
    });
    expect(response.status).toBe(200);
    const saved = SavedBackendModel.parse(response.body);
    expect(saved.task?.counts.total).toBe(http.publishedApiCount.TEST);
    const events = await collectTaskEvents(operator, saved.task!.id);
    expect(events.at(-1)?.type).toBe('completed');
    expect((await detail(http.backendId)).models.find((m) => m.stageName === 'TEST')?.data.ServiceAddress).toBe('http://10.20.30.40:8080');
  });

  it('when the JSON does not fit the type, then 400 names the JSON path and the cloud is not called', async () => {
    const before = await calls('ModifyBackendModel');
    const response = await operator.request('PUT', `/api/backends/${http.backendId}/models/TEST`, { data: { ServiceAddress: 'ftp://x' }, clientToken: token() });
    expect(response.status).toBe(400);
    const error = ErrorEnvelope.parse(response.body).error;
    expect(error.fields).toEqual({ 'data.ServiceAddress': 'must be an http(s) URL' });
    expect(error.message).toContain('ServiceAddress: must be an http(s) URL');
    expect(await calls('ModifyBackendModel')).toBe(before);
  });

  it('when the first answer is lost, then the retry with the same token applies the change once', async () => {
    const d = await detail(http.backendId);
    const pre = d.models.find((m) => m.stageName === 'PRE')!;
    await h.emulatorHook('POST', '/__emulator/faults', { operation: 'ModifyBackendModel', kind: 'drop-response', count: 1 });
    const clientToken = token();
    const body = { data: { ...pre.data, ServiceAddress: 'http://10.9.9.9' }, clientToken };
    const first = await operator.request('PUT', `/api/backends/${http.backendId}/models/PRE`, body);
    expect(first.status).toBe(200);
    expect(await calls('ModifyBackendModel')).toBe(2);
    // The browser retrying the same save joins the same operation and task.
    const again = SavedBackendModel.parse((await operator.request('PUT', `/api/backends/${http.backendId}/models/PRE`, body)).body);
    expect(again.operationId).toBe(SavedBackendModel.parse(first.body).operationId);
    expect(again.task?.id).toBe(SavedBackendModel.parse(first.body).task?.id);
    const reused = await operator.request('PUT', `/api/backends/${http.backendId}/models/PRE`, { ...body, data: { ...pre.data, ServiceAddress: 'http://10.8.8.8' } });
    expect(reused.status).toBe(400);
    expect(ErrorEnvelope.parse(reused.body).error.upstream?.code).toBe('IdempotentParameterMismatch');
  });

  it('when a masked secret is saved back, then the stored one is kept and no secret reaches the audit log', async () => {
    const d = await detail(nacos.backendId);
    const test = d.models.find((m) => m.stageName === 'TEST')!;
    const data = structuredClone(test.data) as { DiscoveryConfig: { NacosConfig: { ServiceName: string } } };
    data.DiscoveryConfig.NacosConfig.ServiceName = 'identity-v2';
    const response = await operator.request('PUT', `/api/backends/${nacos.backendId}/models/TEST`, { data, clientToken: token() });
    expect(response.status, response.text).toBe(200);
    const audit = await operator.request('GET', '/api/audit?resourceType=backend-model');
    expect(AuditList.parse(audit.body).items[0]?.operation).toBe('ModifyBackendModel');
    for (const secret of Object.values(SEED.findings.nacosSecrets)) expect(audit.text).not.toContain(secret);
    // Straight from the cloud: the new service name, and the password it had before.
    const { body } = await sdkClient(h.emulator).describeBackendInfo(new DescribeBackendInfoRequest({ backendId: nacos.backendId }));
    const stored = body?.backendInfo?.backendModels?.find((m) => m.stageName === 'TEST')?.backendConfig?.discoveryConfig?.nacosConfig;
    expect(stored?.serviceName).toBe('identity-v2');
    expect(stored?.password).toBe(SEED.findings.nacosSecrets.Password);
  });

  it('when the Nacos server address changes with the secrets left masked, then 400 on each secret and nothing is written', async () => {
    const d = await detail(nacos.backendId);
    const test = d.models.find((m) => m.stageName === 'TEST')!;
    const data = structuredClone(test.data) as { DiscoveryConfig: { NacosConfig: Record<string, string> } };
    const nacosConfig = data.DiscoveryConfig.NacosConfig;
    const masked = Object.keys(nacosConfig).filter((k) => nacosConfig[k] === SECRET_MASK);
    expect(masked.length).toBeGreaterThan(0);
    nacosConfig.ServerAddress = 'http://attacker.example.com:8848';
    const writesBefore = await calls('ModifyBackendModel');
    const refused = await operator.request('PUT', `/api/backends/${nacos.backendId}/models/TEST`, { data, clientToken: token() });
    expect(refused.status, refused.text).toBe(400);
    const fields = ErrorEnvelope.parse(refused.body).error.fields ?? {};
    for (const key of masked) expect(fields[`data.DiscoveryConfig.NacosConfig.${key}`]).toBe('must be typed again: the server address changed');
    expect(await calls('ModifyBackendModel')).toBe(writesBefore);
    // Typed again, the same change goes through and the cloud holds the new values.
    for (const key of masked) nacosConfig[key] = `retyped-${key}`;
    const saved = await operator.request('PUT', `/api/backends/${nacos.backendId}/models/TEST`, { data, clientToken: token() });
    expect(saved.status, saved.text).toBe(200);
    const { body } = await sdkClient(h.emulator).describeBackendInfo(new DescribeBackendInfoRequest({ backendId: nacos.backendId }));
    const stored = body?.backendInfo?.backendModels?.find((m) => m.stageName === 'TEST')?.backendConfig?.discoveryConfig?.nacosConfig;
    expect(stored?.serverAddress).toBe('http://attacker.example.com:8848');
    expect(stored?.password).toBe('retyped-Password');
  });

  it('when a stage has no model, then one can be created; creating it again is a conflict', async () => {
    const data = { OssConfig: { OssRegionId: 'cn-hangzhou', BucketName: 'portico-pre-assets' } };
    const created = await operator.request('POST', `/api/backends/${oss.backendId}/models/PRE`, { data, clientToken: token() });
    expect(created.status, created.text).toBe(201);
    expect((await detail(oss.backendId)).models.map((m) => m.stageName).sort()).toEqual(['PRE', 'RELEASE', 'TEST']);
    expect((await operator.request('POST', `/api/backends/${oss.backendId}/models/PRE`, { data, clientToken: token() })).status).toBe(409);
  });

  it('when the stage or id is malformed, then 400', async () => {
    expect((await operator.request('PUT', `/api/backends/${http.backendId}/models/PROD`, { data: {}, clientToken: token() })).status).toBe(400);
    expect((await operator.request('GET', '/api/backends/not-an-id!')).status).toBe(400);
  });
});
