import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SEED } from '../services/apigateway/seed.ts';
import { SEED_VPCEP } from '../services/vpcep/seed.ts';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../server.ts';
import { cloudapi, hook, sdkClient } from '../testing/alibaba.ts';
import { huaweiRequest, vpcepPath } from '../testing/huawei.ts';

const running: RunningEmulator[] = [];
const dirs: string[] = [];

async function start(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const emulator = await startEmulator({ port: 0, ...options });
  running.push(emulator);
  return emulator;
}

afterEach(async () => {
  for (const emulator of running.splice(0)) await emulator.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function vpcAccessNames(emulator: RunningEmulator): Promise<string[]> {
  const res = await sdkClient(emulator).describeVpcAccesses(new cloudapi.DescribeVpcAccessesRequest({ pageSize: 100 }));
  return (res.body?.vpcAccessAttributes?.vpcAccessAttribute ?? []).map((a) => a.name ?? '');
}

const setVpcAccess = (emulator: RunningEmulator, name: string, port: number) =>
  sdkClient(emulator).setVpcAccess(new cloudapi.SetVpcAccessRequest({ name, vpcId: 'vpc-bp1snapshotcheck001', instanceId: 'i-bp1snapshotcheck001', port }));

const ledgerProxy = async (emulator: RunningEmulator) => (await huaweiRequest(emulator, { path: vpcepPath(`/${SEED_VPCEP.services.ledger.id}`) })).json.tcp_proxy;

async function exportOf(emulator: RunningEmulator, name: string): Promise<unknown> {
  const res = await fetch(`${emulator.url}/__emulator/snapshots/${name}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${name}.json"`);
  return res.json();
}

describe('snapshots', () => {
  it('when a scenario is exported from one emulator and imported into another, then the other holds the same state', async () => {
    const source = await start();
    await setVpcAccess(source, 'incident-vpc', 8080);
    await huaweiRequest(source, { method: 'PUT', path: vpcepPath(`/${SEED_VPCEP.services.ledger.id}`), body: { tcp_proxy: 'proxy_open' } });
    const saved = await hook(source, 'POST', 'snapshots', { name: 'incident-2026-12-03' });
    expect(saved.status).toBe(201);
    expect(saved.json.snapshot).toMatchObject({ name: 'incident-2026-12-03', alibabaRegions: 1, huaweiProjects: 1 });
    const file = await exportOf(source, 'incident-2026-12-03');

    const target = await start();
    expect(await vpcAccessNames(target)).not.toContain('incident-vpc');
    const imported = await hook(target, 'PUT', 'snapshots/incident-2026-12-03', file);
    expect(imported.status).toBe(201);
    expect((await hook(target, 'GET', 'snapshots')).json.snapshots).toMatchObject([{ name: 'incident-2026-12-03' }]);
    expect((await hook(target, 'POST', 'snapshots/incident-2026-12-03/restore')).status).toBe(200);
    expect(await vpcAccessNames(target)).toContain('incident-vpc');
    expect(await ledgerProxy(target)).toBe('proxy_open');
    expect(await exportOf(target, 'incident-2026-12-03')).toEqual(file);
  });

  it('when a snapshot is restored, then changes made after it was saved are gone', async () => {
    const emulator = await start();
    await hook(emulator, 'POST', 'snapshots', { name: 'before' });
    await setVpcAccess(emulator, 'after-the-save', 81);
    await huaweiRequest(emulator, { method: 'PUT', path: vpcepPath(`/${SEED_VPCEP.services.ledger.id}`), body: { tcp_proxy: 'open' } });
    await hook(emulator, 'POST', 'snapshots/before/restore');
    expect(await vpcAccessNames(emulator)).toHaveLength(SEED.perReplica.vpcAccesses);
    expect(await ledgerProxy(emulator)).toBe('toa_open');
  });

  it('when a name is taken, bad or unknown, then the hook says so and changes nothing', async () => {
    const emulator = await start();
    expect((await hook(emulator, 'POST', 'snapshots', { name: 'one' })).status).toBe(201);
    expect((await hook(emulator, 'POST', 'snapshots', { name: 'one' })).status).toBe(409);
    expect((await hook(emulator, 'POST', 'snapshots', { name: 'one', overwrite: true })).status).toBe(201);
    expect((await hook(emulator, 'POST', 'snapshots', { name: '../etc' })).status).toBe(400);
    expect((await hook(emulator, 'POST', 'snapshots/nope/restore')).status).toBe(404);
    expect((await hook(emulator, 'DELETE', 'snapshots/one')).status).toBe(200);
    expect((await hook(emulator, 'GET', 'snapshots')).json.snapshots).toEqual([]);
  });

  it('when an imported file is of another version or not a state, then it is refused whole with the reason', async () => {
    const emulator = await start();
    const future = await hook(emulator, 'PUT', 'snapshots/future', { format: 'portico-cloud-emulator-state', version: 7, alibaba: [], huawei: [] });
    expect(future.status).toBe(400);
    expect(future.json.error).toMatch(/format version 7; this emulator reads version 1/);
    const foreign = await hook(emulator, 'PUT', 'snapshots/foreign', { something: 'else' });
    expect(foreign.status).toBe(400);
    expect((await hook(emulator, 'GET', 'snapshots')).json.snapshots).toEqual([]);
  });

  it('when the emulator keeps a data directory, then snapshots are files there and outlive a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emulator-snapshots-'));
    dirs.push(dir);
    const first = await start({ dataDir: dir });
    await setVpcAccess(first, 'saved-on-disk', 82);
    await hook(first, 'POST', 'snapshots', { name: 'on-disk' });
    await first.close();
    running.splice(running.indexOf(first), 1);
    const second = await start({ dataDir: dir });
    second.reset();
    expect(await vpcAccessNames(second)).not.toContain('saved-on-disk');
    expect((await hook(second, 'GET', 'snapshots')).json.snapshots).toMatchObject([{ name: 'on-disk', alibabaRegions: 1 }]);
    await hook(second, 'POST', 'snapshots/on-disk/restore');
    expect(await vpcAccessNames(second)).toContain('saved-on-disk');
  });

  it('when the current state is asked for, then it is the document a snapshot holds', async () => {
    const emulator = await start();
    await vpcAccessNames(emulator);
    const state = await hook(emulator, 'GET', 'state');
    expect(state.json).toMatchObject({ format: 'portico-cloud-emulator-state', version: 1 });
    expect((state.json.alibaba as { regionId: string }[]).map((r) => r.regionId)).toEqual(['cn-hangzhou']);
  });
});
