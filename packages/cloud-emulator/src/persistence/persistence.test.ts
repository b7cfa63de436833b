import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stateFilePath } from '../emulator.ts';
import { SEED } from '../services/apigateway/seed.ts';
import { SEED_VPCEP } from '../services/vpcep/seed.ts';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../server.ts';
import { cloudapi, sdkClient } from '../testing/alibaba.ts';
import { huaweiRequest, vpcepPath } from '../testing/huawei.ts';
import { StatePersister } from './persister.ts';
import { EmulatorStateError, STATE_FORMAT, STATE_VERSION, type StateDocument } from './state-document.ts';

const dirs: string[] = [];
const running: RunningEmulator[] = [];

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-state-'));
  dirs.push(dir);
  return dir;
}

async function start(options: EmulatorOptions): Promise<RunningEmulator> {
  const emulator = await startEmulator({ port: 0, ...options });
  running.push(emulator);
  return emulator;
}

afterEach(async () => {
  for (const emulator of running.splice(0)) await emulator.close().catch(() => undefined);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function vpcAccessNames(emulator: RunningEmulator): Promise<string[]> {
  const res = await sdkClient(emulator).describeVpcAccesses(new cloudapi.DescribeVpcAccessesRequest({ pageSize: 100 }));
  return (res.body?.vpcAccessAttributes?.vpcAccessAttribute ?? []).map((a) => a.name ?? '');
}

async function taskStatuses(emulator: RunningEmulator, operationUid: string): Promise<string[]> {
  const res = await sdkClient(emulator).describeUpdateVpcInfoTask(new cloudapi.DescribeUpdateVpcInfoTaskRequest({ operationUid }));
  return (res.body?.apiUpdateVpcInfoResults?.apiUpdateVpcInfoResult ?? []).map((r) => r.updateStatus ?? '');
}

describe('state kept in a data directory', () => {
  it('when the emulator restarts on the same directory, then both clouds come back as they were left', async () => {
    const dir = dataDir();
    const first = await start({ dataDir: dir });
    await sdkClient(first).setVpcAccess(
      new cloudapi.SetVpcAccessRequest({ name: 'persist-check', vpcId: 'vpc-bp1persistcheck0001', instanceId: 'i-bp1persistcheck0001', port: 8080 }),
    );
    const put = await huaweiRequest(first, { method: 'PUT', path: vpcepPath(`/${SEED_VPCEP.services.billing.id}`), body: { description: 'kept across restarts' } });
    expect(put.status).toBe(200);
    await first.close();
    expect(existsSync(stateFilePath(dir))).toBe(true);

    const second = await start({ dataDir: dir });
    expect(await vpcAccessNames(second)).toContain('persist-check');
    expect(await vpcAccessNames(second)).toHaveLength(SEED.perReplica.vpcAccesses + 1);
    const shown = await huaweiRequest(second, { path: vpcepPath(`/${SEED_VPCEP.services.billing.id}`) });
    expect(shown.json.description).toBe('kept across restarts');
  });

  it('when a batch update is in flight at a restart, then it carries on from where its clock says and ends as scheduled', async () => {
    const dir = dataDir();
    const first = await start({ dataDir: dir, taskStepMs: 300 });
    const res = await sdkClient(first).modifyVpcAccessAndUpdateApis(
      new cloudapi.ModifyVpcAccessAndUpdateApisRequest({ name: SEED.vpcAccess.quiet.name, port: 9443, needBatchWork: true }),
    );
    const operationId = res.body?.operationId ?? '';
    expect(await taskStatuses(first, operationId)).toEqual(['running', 'init', 'init']);
    await first.close();

    const second = await start({ dataDir: dir, taskStepMs: 300 });
    const resumed = await taskStatuses(second, operationId);
    expect(resumed).toHaveLength(3);
    expect(resumed).toContain('init');
    await sleep(1000);
    expect(await taskStatuses(second, operationId)).toEqual(['success', 'success', 'success']);
    const apis = await sdkClient(second).describeApisByVpcAccess(new cloudapi.DescribeApisByVpcAccessRequest({ vpcName: SEED.vpcAccess.quiet.name }));
    expect(apis.body?.apiVpcAccessInfos?.apiVpcAccessInfo?.map((i) => i.port)).toEqual([9443, 9443, 9443]);
  });

  it('when a backend model update is in flight at a restart, then its new model is kept and the task ends as scheduled', async () => {
    const dir = dataDir();
    const first = await start({ dataDir: dir, taskStepMs: 200 });
    const { catalogHttp } = SEED.backends;
    const res = await sdkClient(first).modifyBackendModel(
      new cloudapi.ModifyBackendModelRequest({
        backendId: catalogHttp.backendId,
        backendModelId: catalogHttp.modelIds.RELEASE,
        stageName: 'RELEASE',
        backendType: 'HTTP',
        backendModelData: JSON.stringify({ ServiceAddress: 'http://catalog-v3.internal.portico.example:8080' }),
      }),
    );
    const operationUid = res.body?.operationId ?? '';
    await first.close();

    const second = await start({ dataDir: dir, taskStepMs: 200 });
    const statuses = async () =>
      (
        (await sdkClient(second).describeUpdateBackendTask(new cloudapi.DescribeUpdateBackendTaskRequest({ operationUid }))).body?.apiUpdateBackendResults
          ?.apiUpdateBackendResult ?? []
      ).map((r) => r.updateStatus);
    expect(await statuses()).toHaveLength(4);
    expect(await statuses()).toContain('init');
    const info = await sdkClient(second).describeBackendInfo(new cloudapi.DescribeBackendInfoRequest({ backendId: catalogHttp.backendId }));
    const release = info.body?.backendInfo?.backendModels?.find((m) => m.stageName === 'RELEASE');
    expect(release?.backendConfig?.serviceAddress).toBe('http://catalog-v3.internal.portico.example:8080');
    await sleep(900);
    expect(await statuses()).toEqual(['success', 'success', 'success', 'success']);
  });

  it('when a reset is asked for, then the seed is what the next start finds', async () => {
    const dir = dataDir();
    const first = await start({ dataDir: dir });
    await sdkClient(first).setVpcAccess(
      new cloudapi.SetVpcAccessRequest({ name: 'gone-after-reset', vpcId: 'vpc-bp1resetcheck00001', instanceId: 'i-bp1resetcheck00001', port: 80 }),
    );
    first.reset();
    await first.close();
    const second = await start({ dataDir: dir });
    expect(await vpcAccessNames(second)).not.toContain('gone-after-reset');
    expect(await vpcAccessNames(second)).toHaveLength(SEED.perReplica.vpcAccesses);
  });

  it('when the state file is of another format version, then the start is refused with one message and the file is left alone', async () => {
    const dir = dataDir();
    const file = stateFilePath(dir);
    const future = JSON.stringify({ format: STATE_FORMAT, version: STATE_VERSION + 1, savedAt: '2027-01-01T00:00:00Z', alibaba: [], huawei: [] });
    writeFileSync(file, future);
    const refused = startEmulator({ port: 0, dataDir: dir });
    await expect(refused).rejects.toBeInstanceOf(EmulatorStateError);
    await expect(refused).rejects.toThrow(`${file} is emulator state format version 2; this emulator reads version 1 and cannot read a newer one`);
    expect(readFileSync(file, 'utf8')).toBe(future);
  });

  it('when the state file is cut short or misshapen, then the start is refused and nothing of it is used', async () => {
    const dir = dataDir();
    writeFileSync(stateFilePath(dir), '{"format":"portico-cloud-emulator-state","version":1,"alib');
    await expect(startEmulator({ port: 0, dataDir: dir })).rejects.toThrow(/is not JSON.*Nothing was loaded/);
    const misshapen = { format: STATE_FORMAT, version: 1, savedAt: 'x', alibaba: [{ accountId: '1', regionId: 'cn-hangzhou' }], huawei: [] };
    writeFileSync(stateFilePath(dir), JSON.stringify(misshapen));
    await expect(startEmulator({ port: 0, dataDir: dir })).rejects.toThrow(/alibaba\.0\.vpcAccesses.*Nothing was loaded/);
    writeFileSync(stateFilePath(dir), JSON.stringify({ hello: 'world' }));
    await expect(startEmulator({ port: 0, dataDir: dir })).rejects.toThrow(/is not an emulator state document/);
  });

  it('when no data directory is given, then nothing is written and a restart is the seed again', async () => {
    const first = await start({});
    expect(first.dataDir).toBeUndefined();
    await sdkClient(first).setVpcAccess(
      new cloudapi.SetVpcAccessRequest({ name: 'memory-only', vpcId: 'vpc-bp1memoryonly00001', instanceId: 'i-bp1memoryonly00001', port: 80 }),
    );
    await first.close();
    const second = await start({});
    expect(await vpcAccessNames(second)).not.toContain('memory-only');
  });
});

describe('StatePersister', () => {
  const doc = (): StateDocument => ({ format: STATE_FORMAT, version: STATE_VERSION, savedAt: new Date().toISOString(), alibaba: [], huawei: [] });

  it('when many changes come close together, then the file is written once, after the delay, by a rename', async () => {
    const dir = dataDir();
    let captured = 0;
    const persister = new StatePersister(
      join(dir, 'state.json'),
      () => {
        captured += 1;
        return doc();
      },
      50,
    );
    for (let i = 0; i < 20; i++) persister.changed();
    expect(captured).toBe(0);
    await sleep(120);
    expect(captured).toBe(1);
    expect(readdirSync(dir)).toEqual(['state.json']);
    expect(JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8'))).toMatchObject({ format: STATE_FORMAT, version: STATE_VERSION });
  });

  it('when flushed with a change pending, then it writes at once; with none, it writes nothing', () => {
    const dir = dataDir();
    let captured = 0;
    const persister = new StatePersister(
      join(dir, 'state.json'),
      () => {
        captured += 1;
        return doc();
      },
      10_000,
    );
    persister.flush();
    expect(captured).toBe(0);
    persister.changed();
    persister.flush();
    expect(captured).toBe(1);
    expect(existsSync(join(dir, 'state.json'))).toBe(true);
  });
});
