import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../server.ts';
import { callRpc, cloudapi, type CloudApiClient, hook, rawV1, sdkClient, sdkError } from '../../testing/alibaba.ts';
import { SEED } from './seed.ts';

const { catalogHttp, identityVpc, imagesOss, paymentsFc, ordersMock, identityNacos, auditEvents } = SEED.backends;

let emulator: RunningEmulator;
let client: CloudApiClient;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, taskStepMs: 10 });
  client = sdkClient(emulator);
});

afterAll(async () => {
  await emulator.close();
});

beforeEach(async () => {
  await hook(emulator, 'POST', 'reset');
  await hook(emulator, 'POST', 'config', { taskStepMs: 10, taskFailRatio: 0 });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function backends(req: ConstructorParameters<typeof cloudapi.DescribeBackendListRequest>[0] = {}) {
  const res = await client.describeBackendList(new cloudapi.DescribeBackendListRequest({ pageSize: 100, ...req }));
  return res.body?.backendInfoList ?? [];
}

async function info(backendId: string) {
  const res = await client.describeBackendInfo(new cloudapi.DescribeBackendInfoRequest({ backendId }));
  return res.body?.backendInfo;
}

async function modelOf(backendId: string, stageName: string) {
  return (await info(backendId))?.backendModels?.find((m) => m.stageName === stageName);
}

const create = (req: ConstructorParameters<typeof cloudapi.CreateBackendModelRequest>[0]) => client.createBackendModel(new cloudapi.CreateBackendModelRequest(req));
const modify = (req: ConstructorParameters<typeof cloudapi.ModifyBackendModelRequest>[0]) => client.modifyBackendModel(new cloudapi.ModifyBackendModelRequest(req));
const task = async (operationUid: string) =>
  (await client.describeUpdateBackendTask(new cloudapi.DescribeUpdateBackendTaskRequest({ operationUid }))).body?.apiUpdateBackendResults?.apiUpdateBackendResult ?? [];
const apisOf = async (backendId: string, stageName?: string) =>
  (await client.describeApisByBackend(new cloudapi.DescribeApisByBackendRequest({ backendId, pageSize: 100, ...(stageName ? { stageName } : {}) }))).body;

describe('DescribeBackendList', () => {
  it('when called with no filter, then it lists the seeded backends, newest first, with every documented field', async () => {
    const res = await client.describeBackendList(new cloudapi.DescribeBackendListRequest({}));
    expect(res.body).toMatchObject({ totalCount: 7, pageNumber: 1, pageSize: 10 });
    const list = res.body?.backendInfoList ?? [];
    expect(list[0]?.backendName).toBe(auditEvents.name);
    expect(list.find((b) => b.backendId === catalogHttp.backendId)).toEqual(
      expect.objectContaining({
        backendName: 'portico-catalog-http',
        backendType: 'HTTP',
        description: catalogHttp.description,
        createdTime: '2026-01-06T08:00:00Z',
        modifiedTime: '2026-01-06T08:00:00Z',
      }),
    );
    expect(list.find((b) => b.backendId === catalogHttp.backendId)?.tags?.map((t) => `${t.key}=${t.value}`)).toEqual(['team=catalog']);
    expect(new Set(list.map((b) => b.backendType))).toEqual(new Set(['HTTP', 'VPC', 'OSS', 'FC_HTTP', 'MOCK', 'EVENTBRIDGE']));
  });

  it('when BackendName is given, then it matches exactly, or as a pattern with *', async () => {
    expect((await backends({ backendName: 'portico-catalog-http' })).map((b) => b.backendId)).toEqual([catalogHttp.backendId]);
    expect(await backends({ backendName: 'portico' })).toHaveLength(0);
    expect(await backends({ backendName: 'portico-*' })).toHaveLength(7);
    expect((await backends({ backendName: '*-nacos' })).map((b) => b.backendId)).toEqual([identityNacos.backendId]);
    expect(await backends({ backendName: '*identity*' })).toHaveLength(2);
  });

  it('when BackendType or Tag is given, then only matching backends come back; pages keep TotalCount', async () => {
    expect((await backends({ backendType: 'VPC' })).map((b) => b.backendId)).toEqual([identityVpc.backendId]);
    expect((await backends({ backendType: 'HTTP' })).map((b) => b.backendId).sort()).toEqual([catalogHttp.backendId, identityNacos.backendId].sort());
    const tagged = await backends({ tag: [new cloudapi.DescribeBackendListRequestTag({ key: 'team', value: 'security' })] });
    expect(tagged.map((b) => b.backendId).sort()).toEqual([identityVpc.backendId, identityNacos.backendId].sort());
    const page = await client.describeBackendList(new cloudapi.DescribeBackendListRequest({ pageSize: 3, pageNumber: 3 }));
    expect(page.body?.backendInfoList).toHaveLength(1);
    expect(page.body?.totalCount).toBe(7);
  });
});

describe('DescribeBackendInfo', () => {
  it('when asked for a backend, then it returns its models per stage with the typed BackendConfig', async () => {
    const res = await info(catalogHttp.backendId);
    expect(res).toMatchObject({
      backendId: catalogHttp.backendId,
      backendName: catalogHttp.name,
      backendType: 'HTTP',
      description: catalogHttp.description,
      createdTime: '2026-01-06T16:00:00+08:00',
      modifiedTime: '2026-01-06T16:00:00+08:00',
    });
    expect(res?.backendModels?.map((m) => m.stageName)).toEqual(['TEST', 'PRE', 'RELEASE']);
    const release = res?.backendModels?.find((m) => m.stageName === 'RELEASE');
    expect(release).toMatchObject({
      backendModelId: catalogHttp.modelIds.RELEASE,
      gmtCreate: '2026-01-06T08:03:00.000+0000',
      backendConfig: {
        type: 'HTTP',
        serviceAddress: 'http://catalog-release.internal.portico.example:8080',
        httpTargetHostName: 'catalog.portico.example',
        serviceTimeout: 10000,
      },
    });
    expect(release?.stageModeId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('when the backend is VPC, OSS, FC, MOCK or uses Nacos, then each config comes back under its SDK key, secrets included', async () => {
    const quiet = SEED.vpcAccess.quiet;
    expect((await modelOf(identityVpc.backendId, 'PRE'))?.backendConfig?.vpcConfig).toMatchObject({
      vpcAccessId: quiet.vpcAccessId,
      name: quiet.name,
      vpcId: quiet.vpcId,
      instanceId: quiet.instanceId,
      port: quiet.port,
      vpcScheme: 'https',
    });
    expect((await info(imagesOss.backendId))?.backendModels?.map((m) => m.stageName)).toEqual(['TEST', 'RELEASE']);
    expect((await modelOf(imagesOss.backendId, 'RELEASE'))?.backendConfig?.ossConfig).toMatchObject({ ossRegionId: 'cn-hangzhou', bucketName: 'portico-catalog-export' });
    expect((await modelOf(paymentsFc.backendId, 'PRE'))?.backendConfig?.functionComputeConfig).toMatchObject({ fcType: 'HttpTrigger', onlyBusinessPath: false });
    expect((await modelOf(ordersMock.backendId, 'PRE'))?.backendConfig?.mockConfig).toMatchObject({
      mockStatusCode: '200',
      mockHeaders: [{ headerName: 'Content-Type', headerValue: 'application/json' }],
    });
    const nacos = (await modelOf(identityNacos.backendId, 'RELEASE'))?.backendConfig?.discoveryConfig;
    expect(nacos?.rcType).toBe('NACOS');
    expect(nacos?.nacosConfig).toMatchObject({
      password: SEED.findings.nacosSecrets.Password,
      accessKey: SEED.findings.nacosSecrets.AccessKey,
      secretKey: SEED.findings.nacosSecrets.SecretKey,
      groupName: 'DEFAULT_GROUP',
    });
    expect((await info(auditEvents.backendId))?.backendModels?.[0]?.backendConfig?.eventBridgeConfig?.eventBus).toBe('portico-audit');
  });

  it('when the backend is unknown or missing, then it answers NotFoundBackend / MissingBackendId (400)', async () => {
    expect(await sdkError(client.describeBackendInfo(new cloudapi.DescribeBackendInfoRequest({ backendId: 'nope' })))).toMatchObject({
      code: 'NotFoundBackend',
      statusCode: 400,
    });
    expect(await sdkError(client.describeBackendInfo(new cloudapi.DescribeBackendInfoRequest({})))).toMatchObject({
      code: 'MissingBackendId',
      statusCode: 400,
    });
  });
});

describe('DescribeApisByBackend', () => {
  it('when a stage is given, then it lists the APIs published there that use the backend, with every documented field', async () => {
    const body = await apisOf(catalogHttp.backendId, 'RELEASE');
    expect(body?.totalCount).toBe(4);
    expect(catalogHttp.publishedApiCount.RELEASE).toBe(4);
    expect(body?.apiInfoList?.apiInfo?.find((a) => a.apiName === 'update_price')).toEqual(
      expect.objectContaining({
        apiId: SEED.groups.catalog.apiIds.update_price,
        groupId: SEED.groups.catalog.groupId,
        groupName: 'portico_catalog',
        method: 'PUT',
        path: '/v1/products/[productId]/price',
        description: 'Changes a list price.',
      }),
    );
    expect((await apisOf(ordersMock.backendId, 'PRE'))?.totalCount).toBe(6);
    expect((await apisOf(ordersMock.backendId, 'TEST'))?.totalCount).toBe(0);
  });

  it('when no stage is given, then it lists the APIs whose draft uses the backend', async () => {
    expect((await apisOf(identityNacos.backendId))?.apiInfoList?.apiInfo?.map((a) => a.apiName)).toEqual(['create_session', 'delete_session', 'get_user']);
    expect((await apisOf(ordersMock.backendId))?.totalCount).toBe(0);
  });

  it('when paging, then pages partition the list', async () => {
    const res = await client.describeApisByBackend(
      new cloudapi.DescribeApisByBackendRequest({ backendId: ordersMock.backendId, stageName: 'PRE', pageSize: 4, pageNumber: 2 }),
    );
    expect(res.body).toMatchObject({ totalCount: 6, pageNumber: 2, pageSize: 4 });
    expect(res.body?.apiInfoList?.apiInfo).toHaveLength(2);
  });

  it('when the backend is unknown, missing or the stage invalid, then NotFoundBackend / MissingBackendId / InvalidStageName', async () => {
    const call = (req: ConstructorParameters<typeof cloudapi.DescribeApisByBackendRequest>[0]) =>
      sdkError(client.describeApisByBackend(new cloudapi.DescribeApisByBackendRequest(req)));
    expect(await call({ backendId: 'nope' })).toMatchObject({ code: 'NotFoundBackend', statusCode: 400 });
    expect(await call({})).toMatchObject({ code: 'MissingBackendId', statusCode: 400 });
    expect(await call({ backendId: catalogHttp.backendId, stageName: 'PROD' })).toMatchObject({ code: 'InvalidStageName', statusCode: 400 });
  });
});

describe('CreateBackendModel', () => {
  const oss = JSON.stringify({ OssConfig: { OssRegionId: 'cn-hangzhou', BucketName: 'portico-catalog-export-pre' } });

  it('when the stage has no model yet, then it creates one and DescribeBackendInfo shows it', async () => {
    const res = await create({ backendId: imagesOss.backendId, stageName: 'PRE', backendType: 'OSS', backendModelData: oss, description: 'pre bucket' });
    const backendModelId = res.body?.backendModelId ?? '';
    expect(backendModelId).toMatch(/^[0-9a-f]{32}$/);
    const model = await modelOf(imagesOss.backendId, 'PRE');
    expect(model).toMatchObject({
      backendModelId,
      description: 'pre bucket',
      backendConfig: { type: 'OSS', ossConfig: { ossRegionId: 'cn-hangzhou', bucketName: 'portico-catalog-export-pre' } },
    });
    expect(model?.gmtCreate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000\+0000$/);
  });

  it('when the stage already has a model, then it answers RepeatedBackendModel (400)', async () => {
    const error = await sdkError(create({ backendId: imagesOss.backendId, stageName: 'TEST', backendType: 'OSS', backendModelData: oss }));
    expect(error).toMatchObject({ code: 'RepeatedBackendModel', statusCode: 400 });
  });

  it('when the data does not parse or does not fit the type, then InvalidBackendModelData names what is wrong', async () => {
    const base = { backendId: imagesOss.backendId, stageName: 'PRE', backendType: 'OSS' };
    for (const [backendModelData, message] of [
      ['{"OssConfig":', /not valid JSON/],
      ['{"ServiceAddress":"http://10.0.0.1"}', /ServiceAddress is not a key of OSS backend models/],
      ['{"OssConfig":{"OssRegionId":"cn-hangzhou"}}', /OssConfig\.BucketName is required/],
    ] as const) {
      const error = await sdkError(create({ ...base, backendModelData }));
      expect(error).toMatchObject({ code: 'InvalidBackendModelData', statusCode: 400 });
      expect(String(error.data?.Message)).toMatch(message);
    }
    expect(await modelOf(imagesOss.backendId, 'PRE')).toBeUndefined();
  });

  it('when the type, stage or backend is wrong or a parameter missing, then InvalidBackendType / InvalidStageName / NotFoundBackend / Missing…', async () => {
    expect(await sdkError(create({ backendId: imagesOss.backendId, stageName: 'PRE', backendType: 'HTTP', backendModelData: oss }))).toMatchObject({
      code: 'InvalidBackendType',
      statusCode: 400,
    });
    expect(await sdkError(create({ backendId: imagesOss.backendId, stageName: 'prod', backendType: 'OSS', backendModelData: oss }))).toMatchObject({
      code: 'InvalidStageName',
    });
    expect(await sdkError(create({ backendId: 'nope', stageName: 'PRE', backendType: 'OSS', backendModelData: oss }))).toMatchObject({
      code: 'NotFoundBackend',
    });
    expect(await sdkError(create({ backendId: imagesOss.backendId, stageName: 'PRE', backendType: 'OSS' }))).toMatchObject({
      code: 'MissingBackendModelData',
    });
  });
});

describe('ModifyBackendModel and DescribeUpdateBackendTask', () => {
  const httpData = (host: string) => JSON.stringify({ ServiceAddress: `http://${host}:8080`, ServiceTimeout: 8000 });

  it('when a model changes, then the APIs published in that stage are updated one by one until all succeed', async () => {
    await hook(emulator, 'POST', 'config', { taskStepMs: 40 });
    const res = await modify({
      backendId: catalogHttp.backendId,
      backendModelId: catalogHttp.modelIds.RELEASE,
      stageName: 'RELEASE',
      backendType: 'HTTP',
      backendModelData: httpData('catalog-v2.internal.portico.example'),
      description: 'moved to v2',
    });
    const operationId = res.body?.operationId ?? '';
    expect(operationId).toMatch(/^[0-9a-f]{32}$/);
    expect(await modelOf(catalogHttp.backendId, 'RELEASE')).toMatchObject({
      description: 'moved to v2',
      backendConfig: { type: 'HTTP', serviceAddress: 'http://catalog-v2.internal.portico.example:8080', serviceTimeout: 8000 },
    });
    const early = await task(operationId);
    expect(early.map((r) => r.updateStatus)).toEqual(['running', 'init', 'init', 'init']);
    expect(early[0]).toMatchObject({
      apiUid: SEED.groups.catalog.apiIds.get_product,
      apiName: 'get_product',
      groupId: SEED.groups.catalog.groupId,
      groupName: 'portico_catalog',
      stageId: SEED.groups.catalog.stageIds.RELEASE,
      stageName: 'RELEASE',
      backendId: catalogHttp.backendId,
      errorMsg: '',
    });
    await sleep(180);
    const done = await task(operationId);
    expect(done.map((r) => r.updateStatus)).toEqual(['success', 'success', 'success', 'success']);
    expect(done[0]?.errorMsg).toBe('Success. Request Success.');
  });

  it('when some APIs fail (taskFailRatio), then each has its own status and an ErrorMsg', async () => {
    await hook(emulator, 'POST', 'config', { taskStepMs: 1, taskFailRatio: 0.5 });
    const res = await modify({
      backendId: identityVpc.backendId,
      backendModelId: identityVpc.modelIds.TEST,
      backendModelData: JSON.stringify({ VpcConfig: { Name: SEED.vpcAccess.idle.name } }),
    });
    await sleep(30);
    const results = await task(res.body?.operationId ?? '');
    expect(results.map((r) => r.updateStatus)).toEqual(['success', 'fail', 'success']);
    expect(results[1]?.errorMsg).toMatch(/\S/);
    expect((await modelOf(identityVpc.backendId, 'TEST'))?.backendConfig?.vpcConfig?.vpcAccessId).toBe(SEED.vpcAccess.idle.vpcAccessId);
  });

  it('when no API is published in the stage, then the OperationId has no results', async () => {
    const res = await modify({
      backendId: ordersMock.backendId,
      backendModelId: ordersMock.modelIds.TEST,
      backendModelData: '{"MockConfig":{"MockResult":"{}","MockStatusCode":201}}',
    });
    expect(await task(res.body?.operationId ?? '')).toHaveLength(0);
    expect((await modelOf(ordersMock.backendId, 'TEST'))?.backendConfig?.mockConfig?.mockStatusCode).toBe('201');
  });

  it('when the data does not fit the type, then InvalidBackendModelData and the model is unchanged', async () => {
    for (const [backendModelData, message] of [
      ['{"MockConfig":{"MockResult":"x","MockStatusCode":99}}', /MockStatusCode must be a whole number from 100 to 599/],
      ['{"MockConfig":{"MockResult":"x","MockStatusCode":200},"ServiceAddress":"http://a"}', /ServiceAddress is not a key of MOCK backend models/],
      ['not json', /not valid JSON/],
    ] as const) {
      const error = await sdkError(modify({ backendId: ordersMock.backendId, backendModelId: ordersMock.modelIds.PRE, backendModelData }));
      expect(error).toMatchObject({ code: 'InvalidBackendModelData', statusCode: 400 });
      expect(String(error.data?.Message)).toMatch(message);
    }
    const vpc = await sdkError(
      modify({ backendId: identityVpc.backendId, backendModelId: identityVpc.modelIds.PRE, backendModelData: '{"VpcConfig":{"VpcAccessId":"nope"}}' }),
    );
    expect(vpc).toMatchObject({ code: 'NotFoundVpcAccess', statusCode: 400 });
    expect((await modelOf(ordersMock.backendId, 'PRE'))?.backendConfig?.mockConfig?.mockStatusCode).toBe('200');
  });

  it('when the model, stage or type does not match, then NotFoundBackendModel / InvalidStageName / InvalidBackendType', async () => {
    const base = { backendId: catalogHttp.backendId, backendModelData: httpData('x.example') };
    expect(await sdkError(modify({ ...base, backendModelId: identityVpc.modelIds.TEST }))).toMatchObject({ code: 'NotFoundBackendModel', statusCode: 400 });
    expect(await sdkError(modify({ ...base, backendModelId: catalogHttp.modelIds.TEST, stageName: 'PRE' }))).toMatchObject({ code: 'InvalidStageName' });
    expect(await sdkError(modify({ ...base, backendModelId: catalogHttp.modelIds.TEST, backendType: 'VPC' }))).toMatchObject({ code: 'InvalidBackendType' });
    expect(await sdkError(modify({ ...base, stageName: 'PRE', backendId: imagesOss.backendId }))).toMatchObject({ code: 'NotFoundBackendModel' });
    expect(await sdkError(modify({ backendModelId: catalogHttp.modelIds.TEST }))).toMatchObject({ code: 'MissingBackendId' });
  });

  it('when OperationUid is unknown or missing, then NotFoundOperation / MissingOperationUid', async () => {
    const unknown = await sdkError(client.describeUpdateBackendTask(new cloudapi.DescribeUpdateBackendTaskRequest({ operationUid: '4e13c3e0c44c4a4ebb5231264eeb9bc1' })));
    expect(unknown).toMatchObject({ code: 'NotFoundOperation', statusCode: 400 });
    expect(await sdkError(client.describeUpdateBackendTask(new cloudapi.DescribeUpdateBackendTaskRequest({})))).toMatchObject({
      code: 'MissingOperationUid',
      statusCode: 400,
    });
  });
});

describe('ModifyBackendModel with a ClientToken (the SDK generic call)', () => {
  const request = (description: string, token: string) => ({
    BackendId: paymentsFc.backendId,
    BackendModelId: paymentsFc.modelIds.PRE ?? '',
    StageName: 'PRE',
    BackendType: 'FC_HTTP',
    BackendModelData: JSON.stringify({
      FunctionComputeConfig: { FcRegionId: 'cn-hangzhou', FcType: 'HttpTrigger', FcBaseUrl: 'https://payments-pre-v2.cn-hangzhou.fcapp.run' },
    }),
    Description: description,
    ClientToken: token,
  });

  it('when the same token comes with the same request, then the first OperationId comes back and nothing changes twice', async () => {
    const first = await callRpc(client, 'ModifyBackendModel', request('first', 'e2b7f7a4-5a4b-4d37-9e0c-3f1f0b8a9d10'));
    expect(first.OperationId).toMatch(/^[0-9a-f]{32}$/);
    await modify({ backendId: paymentsFc.backendId, backendModelId: paymentsFc.modelIds.PRE, description: 'changed since' });
    const again = await callRpc(client, 'ModifyBackendModel', request('first', 'e2b7f7a4-5a4b-4d37-9e0c-3f1f0b8a9d10'));
    expect(again.OperationId).toBe(first.OperationId);
    expect(again.RequestId).not.toBe(first.RequestId);
    expect((await modelOf(paymentsFc.backendId, 'PRE'))?.description).toBe('changed since');
    const other = await callRpc(client, 'ModifyBackendModel', request('first', 'another-token'));
    expect(other.OperationId).not.toBe(first.OperationId);
  });

  it('when the same token comes with a different request, then IdempotentParameterMismatch (400) and nothing changes', async () => {
    await callRpc(client, 'ModifyBackendModel', request('first', 'tok-1'));
    const error = await sdkError(callRpc(client, 'ModifyBackendModel', request('second', 'tok-1')));
    expect(error).toMatchObject({ code: 'IdempotentParameterMismatch', statusCode: 400 });
    expect((await modelOf(paymentsFc.backendId, 'PRE'))?.description).toBe('first');
  });

  it('when sent as a raw V1 form request, then ClientToken is read from the form as well', async () => {
    const params = { Action: 'ModifyBackendModel', ...request('form', 'tok-form') };
    const first = await rawV1(emulator, { method: 'POST', params });
    const second = await rawV1(emulator, { method: 'POST', params });
    expect(first.status).toBe(200);
    expect(second.json.OperationId).toBe(first.json.OperationId);
  });
});
