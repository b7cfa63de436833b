import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorOptionsFromEnv } from '../config.ts';
import { SEED } from '../services/apigateway/seed.ts';
import { startEmulator, type RunningEmulator } from '../server.ts';
import { cloudapi, sdkClient, sdkError } from '../testing/alibaba.ts';
import { huaweiRequest, vpcepPath } from '../testing/huawei.ts';
import { SeedFileError } from './seed-document.ts';

const dir = mkdtempSync(join(tmpdir(), 'emulator-seed-file-'));
const TEAM_PROJECT = '11112222333344445555666677778888';

function seedFile(name: string, doc: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof doc === 'string' ? doc : JSON.stringify(doc));
  return path;
}

/** A team's own shape: one region of its own, and one Huawei project. */
const TEAM_SEED = {
  version: 1,
  alibaba: [
    {
      region: 'cn-beijing',
      groups: [
        {
          name: 'team_billing',
          apis: [
            { name: 'charge', method: 'POST', path: '/charge' },
            { name: 'refund', method: 'POST', path: '/refund', stages: ['TEST'] },
          ],
        },
      ],
      vpcAccesses: [
        {
          name: 'team-vpc',
          vpcId: 'vpc-2zeteamseed00001',
          instanceId: 'i-2zeteamseed00001',
          port: 443,
          bindings: [{ group: 'team_billing', api: 'charge', stage: 'RELEASE' }],
        },
      ],
      backends: [
        {
          name: 'team-mock',
          type: 'MOCK',
          models: { RELEASE: { MockConfig: { MockResult: '{}', MockStatusCode: 200 } } },
          bindings: [{ group: 'team_billing', api: 'charge', stage: 'RELEASE' }],
        },
      ],
    },
  ],
  huawei: [{ projectId: TEAM_PROJECT, region: 'cn-south-1', services: [{ name: 'team-svc', serverType: 'VM', ports: [{ client_port: 80, server_port: 8080 }] }] }],
};

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seedFile: seedFile('team.json', TEAM_SEED) });
});

afterAll(async () => {
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('EMULATOR_SEED_FILE', () => {
  it("when a team's seed names a region, then that region holds its resources on an endpoint of its own, and the default region keeps the built-in seed", async () => {
    const beijing = sdkClient(emulator, { regionId: 'cn-beijing', endpoint: emulator.alibabaEndpoints['cn-beijing'] ?? '' });
    const listed = await beijing.describeVpcAccesses(new cloudapi.DescribeVpcAccessesRequest({}));
    expect(listed.body?.vpcAccessAttributes?.vpcAccessAttribute?.map((a) => a.name)).toEqual(['team-vpc']);
    const bound = await beijing.describeApisByVpcAccess(new cloudapi.DescribeApisByVpcAccessRequest({ vpcName: 'team-vpc' }));
    expect(bound.body?.apiVpcAccessInfos?.apiVpcAccessInfo?.map((a) => [a.apiName, a.stageName])).toEqual([['charge', 'RELEASE']]);
    const backends = await beijing.describeBackendList(new cloudapi.DescribeBackendListRequest({}));
    expect(backends.body?.backendInfoList?.map((b) => b.backendName)).toEqual(['team-mock']);
    const home = await sdkClient(emulator).describeVpcAccesses(new cloudapi.DescribeVpcAccessesRequest({}));
    expect(home.body?.totalCount).toBe(SEED.perReplica.vpcAccesses);
  });

  it("when a team's seed brings a Huawei project, then the seeded account may use it and sees its services", async () => {
    const res = await huaweiRequest(emulator, { path: vpcepPath('', TEAM_PROJECT), projectIdHeader: TEAM_PROJECT });
    expect(res.status).toBe(200);
    expect((res.json.endpoint_services as { service_name: string }[]).map((s) => s.service_name)).toEqual(['team-svc']);
  });

  it('when a seeded resource is changed, then the cloud rules apply to it as to any other', async () => {
    const beijing = sdkClient(emulator, { regionId: 'cn-beijing', endpoint: emulator.alibabaEndpoints['cn-beijing'] ?? '' });
    const error = await sdkError(beijing.setVpcAccess(new cloudapi.SetVpcAccessRequest({ name: 'team-vpc', vpcId: 'vpc-2zeteamseed00001', instanceId: 'i-other', port: 1 })));
    expect(error).toMatchObject({ code: 'vpcAccessExists', statusCode: 400 });
  });

  it('when the file breaks a field rule, then the start is refused naming the file, the field and the rule', async () => {
    const bad = seedFile('bad.json', { version: 1, alibaba: [{ region: 'cn-beijing', vpcAccesses: [{ name: 'x', vpcId: 'not-a-vpc', instanceId: 'i', port: 70000 }] }] });
    const refused = startEmulator({ port: 0, seedFile: bad });
    await expect(refused).rejects.toBeInstanceOf(SeedFileError);
    await expect(refused).rejects.toThrow(/bad\.json is not a valid seed \(version 1\):\n {2}alibaba\.0\.vpcAccesses\.0\.vpcId: must be a VPC id/);
    await expect(startEmulator({ port: 0, seedFile: bad })).rejects.toThrow(/alibaba\.0\.vpcAccesses\.0\.port/);
  });

  it('when the file does not hold together (a binding to an API not published there, a bad model, not JSON, missing), then the start is refused with the reason', async () => {
    const unpublished = seedFile('unpublished.json', {
      version: 1,
      alibaba: [
        {
          region: 'cn-beijing',
          groups: [{ name: 'g', apis: [{ name: 'a', path: '/a', stages: ['TEST'] }] }],
          vpcAccesses: [{ name: 'v', vpcId: 'vpc-1', instanceId: 'i-1', port: 80, bindings: [{ group: 'g', api: 'a', stage: 'RELEASE' }] }],
        },
      ],
    });
    await expect(startEmulator({ port: 0, seedFile: unpublished })).rejects.toThrow(/alibaba\.0\.vpcAccesses\.0\.bindings: g\/a is not published in RELEASE/);
    const model = seedFile('model.json', { version: 1, alibaba: [{ region: 'cn-beijing', backends: [{ name: 'b', type: 'HTTP', models: { TEST: { Nonsense: 1 } } }] }] });
    await expect(startEmulator({ port: 0, seedFile: model })).rejects.toThrow(/alibaba\.0\.backends\.0\.models\.TEST: InvalidBackendModelData/);
    await expect(startEmulator({ port: 0, seedFile: seedFile('text.json', 'version: 1') })).rejects.toThrow(/is not JSON/);
    await expect(startEmulator({ port: 0, seedFile: join(dir, 'missing.json') })).rejects.toThrow(/cannot be read \(ENOENT\)/);
    await expect(startEmulator({ port: 0, seedFile: seedFile('v2.json', { version: 2 }) })).rejects.toThrow(/version: Invalid input: expected 1/);
  });
});

describe('settings from the environment', () => {
  it('when keys name an account, projects and region ports are given, then they are read; plain entries keep their meaning', () => {
    const options = emulatorOptionsFromEnv({
      EMULATOR_ALIBABA_ACCESS_KEYS: 'LTAIa:secret-a, 1999000011112222/LTAIb:secret:b',
      EMULATOR_HUAWEI_ACCESS_KEYS: 'domainb/AKB:sk-b',
      EMULATOR_HUAWEI_PROJECTS: '5e1d7c9a3b2f4e6d8a0c1e3f5b7d9a2c:cn-east-3, domainb/9f8e7d6c5b4a39281706f5e4d3c2b1a0:cn-north-4',
      EMULATOR_ALIBABA_REGION_PORTS: 'cn-shenzhen:9091',
      EMULATOR_DATA_DIR: '/var/lib/emulator',
      EMULATOR_SEED_FILE: 'team.json',
    });
    expect(options.alibabaAccessKeys).toEqual([
      { id: 'LTAIa', secret: 'secret-a' },
      { id: 'LTAIb', secret: 'secret:b', accountId: '1999000011112222' },
    ]);
    expect(options.huaweiAccessKeys).toEqual([{ id: 'AKB', secret: 'sk-b', accountId: 'domainb' }]);
    expect(options.huaweiProjects).toEqual([
      { projectId: '5e1d7c9a3b2f4e6d8a0c1e3f5b7d9a2c', regionId: 'cn-east-3' },
      { projectId: '9f8e7d6c5b4a39281706f5e4d3c2b1a0', regionId: 'cn-north-4', accountId: 'domainb' },
    ]);
    expect(options.alibabaRegionPorts).toEqual({ 'cn-shenzhen': 9091 });
    expect(options.dataDir).toBe('/var/lib/emulator');
    expect(options.seedFile).toBe('team.json');
    expect(() => emulatorOptionsFromEnv({ EMULATOR_HUAWEI_PROJECTS: 'project-without-region' })).toThrow(/EMULATOR_HUAWEI_PROJECTS entry 1/);
    expect(() => emulatorOptionsFromEnv({ EMULATOR_ALIBABA_ACCESS_KEYS: 'bad account!/id:secret-value' })).toThrow(/^(?!.*secret-value)/);
  });
});
