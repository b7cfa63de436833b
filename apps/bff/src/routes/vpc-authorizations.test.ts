import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ALIBABA_ACCESS_KEY_SECRET } from '@portico/cloud-emulator/config';
import { ErrorEnvelope } from '@portico/contracts/errors';
import { ModifiedVpcAuthorization, VpcAuthorizationDetail, VpcAuthorizationList, type VpcAuthorizationListItem } from '@portico/contracts/vpc-authorizations';
import { Task, TaskList, type TaskEvent } from '@portico/contracts/tasks';
import { startHarness, type Harness } from '../testing/harness.ts';
import { collectTaskEvents } from '../testing/sse.ts';

let h: Harness;
const bodies: string[] = [];

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.emulatorHook('POST', '/__emulator/reset');
});

async function api(method: string, path: string, body?: unknown, headers?: Record<string, string>) {
  const response = await h.api(method, path, body, headers);
  bodies.push(response.text);
  return response;
}

async function allAuthorizations(): Promise<VpcAuthorizationListItem[]> {
  const { body } = await api('GET', '/api/vpc-authorizations?pageSize=100');
  return VpcAuthorizationList.parse(body).items;
}

/** The seeded authorization bound to the most published APIs. */
async function busiest(): Promise<VpcAuthorizationListItem> {
  const items = await allAuthorizations();
  return items.reduce((a, b) => ((b.boundApiCount ?? 0) > (a.boundApiCount ?? 0) ? b : a));
}

const errorOf = (body: unknown) => ErrorEnvelope.parse(body).error;
const callsTo = async (operation: string) => {
  const stats = (await h.emulatorHook('GET', '/__emulator/stats')) as { calls: Record<string, number> };
  return stats.calls[operation] ?? 0;
};

describe('listing VPC authorizations', () => {
  it('when listed, then every seeded authorization comes with its bound-API count', async () => {
    const items = await allAuthorizations();
    expect(items.length).toBeGreaterThanOrEqual(3);
    const top = await busiest();
    expect(top.boundApiCount).toBeGreaterThanOrEqual(20);
    expect(items.some((i) => i.boundApiCount === 0)).toBe(true);
  });

  it('when paged, then pages do not overlap and the total stays the same', async () => {
    const first = VpcAuthorizationList.parse((await api('GET', '/api/vpc-authorizations?page=1&pageSize=2')).body);
    const second = VpcAuthorizationList.parse((await api('GET', '/api/vpc-authorizations?page=2&pageSize=2')).body);
    expect(first.items).toHaveLength(2);
    expect(second.total).toBe(first.total);
    const firstIds = new Set(first.items.map((i) => i.id));
    expect(second.items.every((i) => !firstIds.has(i.id))).toBe(true);
  });

  it('when searched by part of a name, then only matching authorizations come back', async () => {
    const target = await busiest();
    const fragment = target.name.slice(0, Math.max(3, target.name.length - 2));
    const list = VpcAuthorizationList.parse((await api('GET', `/api/vpc-authorizations?search=${encodeURIComponent(fragment)}`)).body);
    expect(list.items.map((i) => i.name)).toContain(target.name);
    expect(list.items.every((i) => i.name.includes(fragment))).toBe(true);
  });

  it('when searched by VPC id, instance id or port, then the cloud filters exactly by that field', async () => {
    const target = await busiest();
    for (const search of [target.vpcId, target.instanceId, String(target.port)]) {
      const list = VpcAuthorizationList.parse((await api('GET', `/api/vpc-authorizations?search=${encodeURIComponent(search)}`)).body);
      expect(list.items.map((i) => i.name)).toContain(target.name);
      expect(list.items.every((i) => i.vpcId === search || i.instanceId === search || String(i.port) === search)).toBe(true);
    }
  });

  it('when the page size is out of range, then 400 names the field and the cloud is not called', async () => {
    const before = await callsTo('DescribeVpcAccesses');
    const response = await api('GET', '/api/vpc-authorizations?pageSize=500');
    expect(response.status).toBe(400);
    expect(errorOf(response.body).fields?.pageSize).toMatch(/100 or less/);
    expect(await callsTo('DescribeVpcAccesses')).toBe(before);
  });
});

describe('one VPC authorization', () => {
  it('when fetched, then it comes with its bound APIs (group, stage, method, path)', async () => {
    const target = await busiest();
    const detail = VpcAuthorizationDetail.parse((await api('GET', `/api/vpc-authorizations/${encodeURIComponent(target.name)}`)).body);
    expect(detail.authorization.name).toBe(target.name);
    expect(detail.boundApis).toHaveLength(target.boundApiCount ?? -1);
    expect(new Set(detail.boundApis.map((a) => a.stageName)).size).toBeGreaterThan(1);
    expect(detail.boundApis[0]).toMatchObject({ groupName: expect.any(String), method: expect.any(String), path: expect.any(String) });
  });

  it('when it does not exist, then 404 in the envelope', async () => {
    const response = await api('GET', '/api/vpc-authorizations/no-such-authorization');
    expect(response.status).toBe(404);
    expect(errorOf(response.body).code).toBe('NOT_FOUND');
  });

  it('when created, then it can be read back; a second one with the same name is the cloud refusing', async () => {
    const input = { name: 'portico-created', vpcId: 'vpc-test0001', instanceId: 'i-test0001', port: 8443, vpcTargetHostName: 'svc.internal.example.com' };
    const created = await api('POST', '/api/vpc-authorizations', input);
    expect(created.status).toBe(201);
    const detail = VpcAuthorizationDetail.parse((await api('GET', '/api/vpc-authorizations/portico-created')).body);
    expect(detail.authorization).toMatchObject({ vpcId: 'vpc-test0001', instanceId: 'i-test0001', port: 8443 });
    expect(detail.boundApis).toEqual([]);

    const again = await api('POST', '/api/vpc-authorizations', input);
    expect(again.status).toBeGreaterThanOrEqual(400);
    expect(again.status).toBeLessThan(500);
    const error = errorOf(again.body);
    expect(error.upstream?.cloud).toBe('alibaba');
    expect(error.upstream?.code).toBeTruthy();
    expect(error.upstream?.requestId).toBeTruthy();
  });

  it('when the port is bad, then 400 with a message at the field and nothing is sent to the cloud', async () => {
    const target = await busiest();
    const before = await callsTo('ModifyVpcAccessAndUpdateApis');
    const response = await api('PUT', `/api/vpc-authorizations/${encodeURIComponent(target.name)}`, {
      vpcId: target.vpcId,
      instanceId: target.instanceId,
      port: 70000,
    });
    expect(response.status).toBe(400);
    expect(errorOf(response.body).fields).toEqual({ port: 'must be between 1 and 65535' });
    expect(await callsTo('ModifyVpcAccessAndUpdateApis')).toBe(before);
  });

  it('when the body is not JSON, has unknown fields or the wrong type, then a 4xx envelope', async () => {
    const path = '/api/vpc-authorizations';
    const badJson = await api('POST', path, '{"name":', {});
    expect(badJson.status).toBe(400);
    expect(errorOf(badJson.body).code).toBe('VALIDATION_FAILED');
    const unknown = await api('POST', path, { name: 'x', vpcId: 'vpc-1', instanceId: 'i-1', port: 80, admin: true });
    expect(unknown.status).toBe(400);
    const text = await api('POST', path, 'hi', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    const huge = await api('POST', path, { name: 'x'.repeat(200_000) });
    expect(huge.status).toBe(413);
  });
});

describe('task history', () => {
  it('when two batch updates ran and one is still running, then the history lists the running one first, with who started it and the change', async () => {
    const target = await busiest();
    const first = ModifiedVpcAuthorization.parse(
      (await api('PUT', `/api/vpc-authorizations/${encodeURIComponent(target.name)}`, { vpcId: target.vpcId, instanceId: 'i-history01', port: 8080, needBatchWork: true }))
        .body,
    );
    await collectTaskEvents(h.admin, first.task!.id);
    await h.emulatorHook('POST', '/__emulator/config', { taskStepMs: 60_000 });
    try {
      const second = ModifiedVpcAuthorization.parse(
        (await api('PUT', `/api/vpc-authorizations/${encodeURIComponent(target.name)}`, { vpcId: target.vpcId, instanceId: 'i-history02', port: 8080, needBatchWork: true }))
          .body,
      );
      const history = TaskList.parse((await api('GET', '/api/tasks?pageSize=100')).body);
      const ids = history.items.map((t) => t.id);
      expect(ids.indexOf(second.task!.id)).toBeLessThan(ids.indexOf(first.task!.id));
      expect(history.items[0]).toMatchObject({ status: 'running' });
      expect(history.items.find((t) => t.id === first.task!.id)).toMatchObject({ status: 'completed', operation: 'ModifyVpcAccessAndUpdateApis', targetName: target.name });
      expect(history.items.find((t) => t.id === first.task!.id)?.actor).toBeTruthy();
      const running = TaskList.parse((await api('GET', '/api/tasks?status=running')).body);
      expect(running.items.every((t) => t.status === 'running')).toBe(true);
      expect((await api('GET', '/api/tasks?status=paused')).status).toBe(400);
    } finally {
      await h.emulatorHook('POST', '/__emulator/config', { taskStepMs: 40 });
    }
  });
});

describe('modifying with NeedBatchWork', () => {
  it('when saved, then a task streams each bound API once and completes', async () => {
    const target = await busiest();
    const response = await api('PUT', `/api/vpc-authorizations/${encodeURIComponent(target.name)}`, {
      vpcId: target.vpcId,
      instanceId: 'i-moved0001',
      port: 8080,
      needBatchWork: true,
    });
    expect(response.status).toBe(200);
    const { task, operationId } = ModifiedVpcAuthorization.parse(response.body);
    expect(operationId).toMatch(/^[0-9a-f]{32}$/);
    expect(task?.counts.total).toBe(target.boundApiCount);

    const events = await collectTaskEvents(h.admin, task!.id);
    expect(events[0]?.type).toBe('started');
    expect(events.at(-1)?.type).toBe('completed');
    const seqs = events.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    const ended = endedApis(events);
    expect(ended.size).toBe(target.boundApiCount);
    expect([...ended.values()].every((count) => count === 1)).toBe(true);

    const detail = VpcAuthorizationDetail.parse((await api('GET', `/api/vpc-authorizations/${encodeURIComponent(target.name)}`)).body);
    expect(detail.authorization).toMatchObject({ instanceId: 'i-moved0001', port: 8080 });
    const stored = Task.parse((await api('GET', `/api/tasks/${task!.id}`)).body);
    expect(stored.status).toBe('completed');
    expect(stored.counts).toMatchObject({ total: target.boundApiCount, succeeded: target.boundApiCount, failed: 0, pending: 0 });
  });

  it('when a watcher reconnects with Last-Event-ID, then it gets only what it missed', async () => {
    const target = await busiest();
    await h.emulatorHook('POST', '/__emulator/config', { taskStepMs: 60 });
    const { body } = await api('PUT', `/api/vpc-authorizations/${encodeURIComponent(target.name)}`, {
      vpcId: target.vpcId,
      instanceId: target.instanceId,
      port: 9000,
      needBatchWork: true,
    });
    const taskId = ModifiedVpcAuthorization.parse(body).task!.id;
    const firstPart = await collectTaskEvents(h.admin, taskId, { stopAfter: 4 });
    const lastSeen = firstPart.at(-1)!.seq;
    const rest = await collectTaskEvents(h.admin, taskId, { lastEventId: lastSeen });
    expect(rest[0]?.seq).toBe(lastSeen + 1);
    const all = [...firstPart, ...rest];
    expect(all.map((e) => e.seq)).toEqual(all.map((_, i) => i + 1));
    expect(all.at(-1)?.type).toBe('completed');
  });

  it('when some APIs fail to update, then the task fails and names them', async () => {
    const target = await busiest();
    await h.emulatorHook('POST', '/__emulator/config', { taskFailRatio: 0.25 });
    const { body } = await api('PUT', `/api/vpc-authorizations/${encodeURIComponent(target.name)}`, {
      vpcId: target.vpcId,
      instanceId: target.instanceId,
      port: 9001,
      needBatchWork: true,
    });
    const taskId = ModifiedVpcAuthorization.parse(body).task!.id;
    const events = await collectTaskEvents(h.admin, taskId);
    const last = events.at(-1)!;
    expect(last.type).toBe('failed');
    const failed = events.filter((e): e is Extract<TaskEvent, { type: 'progress' }> => e.type === 'progress' && e.api.status === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed[0]?.api.message).toBeTruthy();
  });

  it('when NeedBatchWork is off, then the change is made and no task starts', async () => {
    const target = await busiest();
    const { status, body } = await api('PUT', `/api/vpc-authorizations/${encodeURIComponent(target.name)}`, {
      vpcId: target.vpcId,
      instanceId: target.instanceId,
      port: 7000,
      needBatchWork: false,
    });
    expect(status).toBe(200);
    expect(ModifiedVpcAuthorization.parse(body).task).toBeUndefined();
  });

  it('when the first answer is lost, then the BFF retries with the same token and the change applies once', async () => {
    const target = await busiest();
    await h.emulatorHook('POST', '/__emulator/faults', { operation: 'ModifyVpcAccessAndUpdateApis', kind: 'drop-response', count: 1 });
    const { status, body } = await api('PUT', `/api/vpc-authorizations/${encodeURIComponent(target.name)}`, {
      vpcId: target.vpcId,
      instanceId: target.instanceId,
      port: 7100,
      needBatchWork: true,
      clientToken: 'retry-token-0001',
    });
    expect(status).toBe(200);
    const { operationId, task } = ModifiedVpcAuthorization.parse(body);
    expect(await callsTo('ModifyVpcAccessAndUpdateApis')).toBe(2);
    // The same token replayed by a client gets the same operation, not a second change.
    const replay = await api('PUT', `/api/vpc-authorizations/${encodeURIComponent(target.name)}`, {
      vpcId: target.vpcId,
      instanceId: target.instanceId,
      port: 7100,
      needBatchWork: true,
      clientToken: 'retry-token-0001',
    });
    expect(ModifiedVpcAuthorization.parse(replay.body).operationId).toBe(operationId);
    await collectTaskEvents(h.admin, task!.id);
  });
});

describe('removing', () => {
  it('when removed, then the APIs it was bound to are reported and it is gone', async () => {
    const target = await busiest();
    const response = await api('DELETE', `/api/vpc-authorizations/${encodeURIComponent(target.name)}`);
    expect(response.status).toBe(200);
    const { unboundApis } = response.body as { unboundApis: unknown[] };
    expect(unboundApis).toHaveLength(target.boundApiCount ?? -1);
    expect((await api('GET', `/api/vpc-authorizations/${encodeURIComponent(target.name)}`)).status).toBe(404);
  });
});

describe('when the cloud misbehaves', () => {
  it('when reads are throttled twice, then they are retried and succeed', async () => {
    await h.emulatorHook('POST', '/__emulator/faults', { operation: 'DescribeVpcAccesses', kind: 'throttle', count: 2 });
    const response = await api('GET', '/api/vpc-authorizations');
    expect(response.status).toBe(200);
  });

  it('when the cloud keeps failing, then a 502 carries its code and RequestId', async () => {
    await h.emulatorHook('POST', '/__emulator/faults', { operation: 'DescribeVpcAccesses', kind: 'error5xx' });
    const response = await api('GET', '/api/vpc-authorizations');
    expect(response.status).toBe(502);
    const error = errorOf(response.body);
    expect(error.upstream?.requestId).toBeTruthy();
    await h.emulatorHook('DELETE', '/__emulator/faults');
  });
});

describe('secrets', () => {
  it('when every response so far is searched, then the access key secret is in none of them', async () => {
    bodies.push((await api('GET', '/api/profiles')).text, (await api('GET', '/api/health')).text);
    expect(bodies.length).toBeGreaterThan(20);
    for (const text of bodies) expect(text).not.toContain(DEMO_ALIBABA_ACCESS_KEY_SECRET);
  });
});

function endedApis(events: TaskEvent[]): Map<string, number> {
  const ended = new Map<string, number>();
  for (const event of events) {
    if (event.type !== 'progress' || (event.api.status !== 'succeeded' && event.api.status !== 'failed')) continue;
    const key = `${event.api.apiId}|${event.api.stageId}`;
    ended.set(key, (ended.get(key) ?? 0) + 1);
  }
  return ended;
}
