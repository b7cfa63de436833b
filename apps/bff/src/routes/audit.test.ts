import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuditEvent, AuditList, RevertPreview, RevertResult } from '@portico/contracts/audit';
import { ErrorEnvelope } from '@portico/contracts/errors';
import { VpcAuthorizationList, VpcAuthorizationDetail, type VpcAuthorizationListItem } from '@portico/contracts/vpc-authorizations';
import { DEMO_ALIBABA_ACCESS_KEY_SECRET } from '@portico/cloud-emulator/config';
import { start } from '../server.ts';
import { ApiClient } from '../testing/client.ts';
import { quickBffOptions, startHarness, TEST_ADMIN_PASSWORD, type Harness } from '../testing/harness.ts';
import { collectTaskEvents } from '../testing/sse.ts';
import { persistentStore, type TestStore } from '../testing/store.ts';

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

async function busiest(): Promise<VpcAuthorizationListItem> {
  const { items } = VpcAuthorizationList.parse((await operator.request('GET', '/api/vpc-authorizations?pageSize=100')).body);
  return items.reduce((a, b) => ((b.boundApiCount ?? 0) > (a.boundApiCount ?? 0) ? b : a));
}

async function auditFor(target: string): Promise<AuditEvent[]> {
  return AuditList.parse((await operator.request('GET', `/api/audit?target=${encodeURIComponent(target)}&pageSize=100`)).body).items;
}

describe('audit events', () => {
  it('when an operator changes an authorization, then one event has who, what, before/after, RequestId and the task outcome', async () => {
    const target = await busiest();
    const put = await operator.request('PUT', `/api/vpc-authorizations/${encodeURIComponent(target.name)}`, {
      vpcId: target.vpcId,
      instanceId: 'i-audited01',
      port: 8081,
    });
    expect(put.status).toBe(200);
    const { task } = put.body as { task: { id: string } };
    await collectTaskEvents(operator, task.id);
    await sleep(100);
    const [event] = await auditFor(target.name);
    expect(event).toMatchObject({
      operation: 'ModifyVpcAccessAndUpdateApis',
      resourceType: 'vpc-authorization',
      cloud: 'alibaba',
      region: 'cn-hangzhou',
      result: 'succeeded',
      taskId: task.id,
      taskOutcome: 'completed',
      before: { instanceId: target.instanceId, port: target.port },
      after: { instanceId: 'i-audited01', port: 8081 },
    });
    expect(event?.actor.name).toMatch(/^operator-/);
    expect(event?.requestId).toBeTruthy();
    expect(event?.revertible).toBe(true);
  });

  it('when the cloud refuses a change, then the event is failed with the cloud RequestId', async () => {
    await h.emulatorHook('POST', '/__emulator/faults', { operation: 'SetVpcAccess', kind: 'error5xx' });
    const created = await operator.request('POST', '/api/vpc-authorizations', { name: 'doomed', vpcId: 'vpc-d1', instanceId: 'i-d1', port: 80 });
    expect(created.status).toBe(502);
    const [event] = await auditFor('doomed');
    expect(event).toMatchObject({ operation: 'SetVpcAccess', result: 'failed', before: null });
    expect(event?.requestId).toBe(ErrorEnvelope.parse(created.body).error.upstream?.requestId);
    expect(event?.error).toBeTruthy();
  });

  it('when filtered by person, result and time, then only matching events; exports carry the same rows', async () => {
    const target = await busiest();
    await operator.request('PUT', `/api/vpc-authorizations/${encodeURIComponent(target.name)}`, {
      vpcId: target.vpcId,
      instanceId: target.instanceId,
      port: 81,
      needBatchWork: false,
    });
    const since = new Date(Date.now() - 60_000).toISOString();
    const failed = AuditList.parse((await operator.request('GET', `/api/audit?result=failed&from=${encodeURIComponent(since)}`)).body);
    expect(failed.items.every((e) => e.result === 'failed')).toBe(true);
    const mine = AuditList.parse((await operator.request('GET', '/api/audit?actor=operator')).body);
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((e) => e.actor.name.startsWith('operator'))).toBe(true);
    const future = AuditList.parse((await operator.request('GET', `/api/audit?from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).body);
    expect(future.total).toBe(0);

    const csv = await operator.request('GET', '/api/audit-export?format=csv&actor=operator');
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="?portico-audit-.*\.csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toMatch(/^"at","actor","cloud","profile","region","operation"/);
    expect(lines.length - 1).toBe(mine.total);
    const json = await operator.request('GET', '/api/audit-export?format=json&actor=operator');
    expect((json.body as unknown[]).length).toBe(mine.total);
    expect((await operator.request('GET', '/api/audit?result=maybe')).status).toBe(400);
  });

  it('when people are invited or changed, then that is audited too, without the password', async () => {
    await h.signedInAs('viewer');
    const events = AuditList.parse((await h.admin.request('GET', '/api/audit?resourceType=user')).body).items;
    expect(events[0]).toMatchObject({ operation: 'CreateUser', cloud: 'portico', result: 'succeeded' });
    expect(JSON.stringify(events)).not.toMatch(/correct-horse|argon2/);
  });

  it('when the whole audit log is exported, then no secret is in it', async () => {
    const all = await h.admin.request('GET', '/api/audit-export?format=json');
    expect(all.text).not.toContain(DEMO_ALIBABA_ACCESS_KEY_SECRET);
    expect(all.text).not.toContain(TEST_ADMIN_PASSWORD);
  });
});

describe('revert', () => {
  it('when reverting a change, then a preview shows the restore, and applying it brings the before state back as a new audited change', async () => {
    const target = await busiest();
    const put = await operator.request('PUT', `/api/vpc-authorizations/${encodeURIComponent(target.name)}`, { vpcId: target.vpcId, instanceId: 'i-revert01', port: 8082 });
    await collectTaskEvents(operator, (put.body as { task: { id: string } }).task.id);
    const [event] = await auditFor(target.name);
    const preview = RevertPreview.parse((await operator.request('GET', `/api/audit/${event!.id}/revert`)).body);
    expect(preview.conflict).toBeUndefined();
    expect(preview.restore).toMatchObject({ instanceId: target.instanceId, port: target.port });
    expect(preview.current).toMatchObject({ instanceId: 'i-revert01', port: 8082 });

    const reverted = await operator.request('POST', `/api/audit/${event!.id}/revert`, {});
    expect(reverted.status).toBe(200);
    const result = RevertResult.parse(reverted.body);
    expect(result.task).toBeDefined();
    await collectTaskEvents(operator, result.task!.id);
    const detail = VpcAuthorizationDetail.parse((await operator.request('GET', `/api/vpc-authorizations/${encodeURIComponent(target.name)}`)).body);
    expect(detail.authorization).toMatchObject({ instanceId: target.instanceId, port: target.port });
    const [latest] = await auditFor(target.name);
    expect(latest).toMatchObject({ id: result.auditEventId, revertOf: event!.id, result: 'succeeded' });

    // Once reverted, the original says by whom and cannot be replayed.
    const original = AuditEvent.parse((await operator.request('GET', `/api/audit/${event!.id}`)).body);
    expect(original.revertible).toBe(false);
    expect(original.revertedBy).toMatchObject({ name: expect.stringMatching(/^operator-/), eventId: result.auditEventId });
    const again = await operator.request('POST', `/api/audit/${event!.id}/revert`, {});
    expect(again.status).toBe(409);
    expect(ErrorEnvelope.parse(again.body).error.message).toMatch(/^This change was already reverted by operator-\S+ at \d{4}-/);
    expect((await auditFor(target.name))[0]?.id).toBe(result.auditEventId);
  });

  it('when the resource changed since, then the revert is refused with a clear message', async () => {
    const target = await busiest();
    const path = `/api/vpc-authorizations/${encodeURIComponent(target.name)}`;
    await operator.request('PUT', path, { vpcId: target.vpcId, instanceId: target.instanceId, port: 8083, needBatchWork: false });
    const [first] = await auditFor(target.name);
    await operator.request('PUT', path, { vpcId: target.vpcId, instanceId: target.instanceId, port: 8084, needBatchWork: false });
    const preview = RevertPreview.parse((await operator.request('GET', `/api/audit/${first!.id}/revert`)).body);
    expect(preview.conflict).toMatch(/port is now 8084, the change set 8083/);
    const refused = await operator.request('POST', `/api/audit/${first!.id}/revert`, {});
    expect(refused.status).toBe(409);
    expect(ErrorEnvelope.parse(refused.body).error.message).toMatch(/changed since/);
  });

  it('when a viewer asks to revert, then 403', async () => {
    const viewer = await h.signedInAs('viewer');
    const [any] = AuditList.parse((await viewer.request('GET', '/api/audit')).body).items;
    expect((await viewer.request('POST', `/api/audit/${any!.id}/revert`, {})).status).toBe(403);
  });
});

describe('a crash between the cloud call and the record', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await persistentStore();
  });
  afterAll(() => store.cleanup());

  it('when the BFF is killed mid-change, then the event is there as unknown, not missing', async () => {
    const target = await busiest();
    const entry = join(dirname(fileURLToPath(import.meta.url)), '../testing/bff-process.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', entry], {
      env: {
        ...process.env,
        DATA_DIR: store.dataDir ?? '',
        DATABASE_URL: store.databaseUrl ?? '',
        EMULATOR_ENDPOINT: h.emulator.endpoint,
        PORTICO_ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const url = await new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve((JSON.parse(chunk.toString()) as { url: string }).url)));
    const client = new ApiClient(url);
    await client.signIn('admin', TEST_ADMIN_PASSWORD);
    await h.emulatorHook('POST', '/__emulator/faults', { operation: 'ModifyVpcAccessAndUpdateApis', kind: 'latency', latencyMs: 1_500 });
    const inFlight = client
      .request('PUT', `/api/vpc-authorizations/${encodeURIComponent(target.name)}`, { vpcId: target.vpcId, instanceId: 'i-crash01', port: 8085 })
      .catch(() => undefined);
    await sleep(700);
    // Listen before killing: the exit may come before the request settles, and would be missed.
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await inFlight;
    await exited;
    await sleep(1_200);

    const restarted = await start({ ...quickBffOptions(h.emulator), ...store, auditPendingUnknownMs: 0 });
    const again = new ApiClient(restarted.url);
    await again.signIn('admin', TEST_ADMIN_PASSWORD);
    const events = AuditList.parse((await again.request('GET', `/api/audit?target=${encodeURIComponent(target.name)}`)).body).items;
    await restarted.stop();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ operation: 'ModifyVpcAccessAndUpdateApis', result: 'unknown', after: { instanceId: 'i-crash01' } });
  });
});

describe('a large export', () => {
  it('when the log holds more events than one batch, then the streamed CSV and JSON hold every one, in order', async () => {
    // Refused requests are audited: a quick way to fill the log past several batches.
    const anonymous = new ApiClient(h.bff.url);
    await Promise.all(Array.from({ length: 1_200 }, () => anonymous.request('GET', '/api/audit')));
    const query = 'operation=RequestRefused&actor=anonymous';
    // Refusals are written just after their answers: wait until all of them are in.
    const count = async () => AuditList.parse((await h.admin.request('GET', `/api/audit?${query}`)).body).total;
    let total = await count();
    for (let tries = 0; total < 1_200 && tries < 50; tries++) total = await sleep(100).then(count);
    expect(total).toBeGreaterThanOrEqual(1_200);
    const json = await h.admin.request('GET', `/api/audit-export?format=json&${query}`);
    const events = json.body as AuditEvent[];
    expect(events).toHaveLength(total);
    expect(new Set(events.map((e) => e.id)).size).toBe(total);
    const times = events.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    const csv = await h.admin.request('GET', `/api/audit-export?format=csv&${query}`);
    expect(csv.text.trim().split('\r\n')).toHaveLength(total + 1);
  });
});
