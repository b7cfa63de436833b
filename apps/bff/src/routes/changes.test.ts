import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED } from '@portico/cloud-emulator/services/apigateway/seed';
import { AuditList } from '@portico/contracts/audit';
import { BackendDetail } from '@portico/contracts/backend-models';
import { ChangeList, ChangePolicy, ChangeRequest, type ChangePolicyInput } from '@portico/contracts/changes';
import { ErrorEnvelope } from '@portico/contracts/errors';
import type { ApiClient } from '../testing/client.ts';
import { startHarness, TEST_PASSWORD, type Harness } from '../testing/harness.ts';

/** A webhook receiver on 127.0.0.1 that fails its first `failFirst` deliveries with 500. */
function receiver(failFirst: number): Promise<{ url: string; bodies: unknown[]; attempts: () => number; close: () => Promise<void> }> {
  const bodies: unknown[] = [];
  let attempts = 0;
  const server: Server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      attempts += 1;
      if (attempts <= failFirst) return void res.writeHead(500).end('down');
      bodies.push(JSON.parse(text));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0}');
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook?access_token=secret-token-123`,
        bodies,
        attempts: () => attempts,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}

let h: Harness;
/** How far the change service's clock runs ahead of the real one (to pass an expiry). */
let clockAhead = 0;
let hook: Awaited<ReturnType<typeof receiver>>;
beforeAll(async () => {
  hook = await receiver(1);
  h = await startHarness({ bff: { changes: { loopMs: 100, webhook: { retryBaseMs: 50 }, now: () => new Date(Date.now() + clockAhead) } } });
}, 120_000);
afterAll(async () => {
  await h.close();
  await hook.close();
});
beforeEach(async () => {
  clockAhead = 0;
  await h.emulatorHook('POST', '/__emulator/reset');
  for (const policy of ChangePolicyListOf(await h.admin.request('GET', '/api/change-policies'))) await h.admin.request('DELETE', `/api/change-policies/${policy.id}`);
});

const ChangePolicyListOf = (response: { body: unknown }) => (response.body as { items: ChangePolicy[] }).items;
const errorOf = (body: unknown) => ErrorEnvelope.parse(body).error;
const calls = async (operation: string) => ((await h.emulatorHook('GET', '/__emulator/stats')) as { calls: Record<string, number> }).calls[operation] ?? 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const backend = { id: SEED.backends.catalogHttp.backendId };
const modelPath = `/api/backends/${backend.id}/models/RELEASE`;

const releasePolicy: ChangePolicyInput = { name: 'Release needs review', scope: { kinds: ['backend-model'], stages: ['RELEASE'] }, approvals: 1 };

async function createPolicy(input: ChangePolicyInput): Promise<ChangePolicy> {
  const response = await h.admin.request('POST', '/api/change-policies', input);
  expect(response.status, response.text).toBe(201);
  return ChangePolicy.parse(response.body);
}

async function releaseChange(client: ApiClient, timeout: number) {
  const detail = BackendDetail.parse((await client.request('GET', `/api/backends/${backend.id}`)).body);
  const model = detail.models.find((m) => m.stageName === 'RELEASE')!;
  return {
    params: { id: backend.id, stage: 'RELEASE' },
    query: {},
    body: { data: { ...model.data, ServiceTimeout: timeout }, clientToken: `change-test-${timeout}-${Date.now()}` },
  };
}

async function openRequest(author: ApiClient, timeout = 15_000): Promise<ChangeRequest> {
  const input = await releaseChange(author, timeout);
  const opened = await author.request('POST', '/api/changes', { operation: 'modifyBackendModel', input, comment: 'Longer timeout for the batch jobs' });
  expect(opened.status, opened.text).toBe(201);
  return ChangeRequest.parse(opened.body);
}

async function approved(request: ChangeRequest, approver: ApiClient): Promise<ChangeRequest> {
  expect((await approver.request('POST', '/api/session/step-up', { password: TEST_PASSWORD })).status).toBe(200);
  const response = await approver.request('POST', `/api/changes/${request.id}/approve`, { comment: 'Fine' });
  expect(response.status, response.text).toBe(200);
  return ChangeRequest.parse(response.body);
}

describe('change requests', () => {
  it('given a RELEASE policy, when an operator saves a RELEASE model, then the save is held (409, nothing sent) and becomes a request only another person approves, after typing their password again; the apply is audited with the request', async () => {
    await createPolicy(releasePolicy);
    const author = await h.signedInAs('operator');
    const approver = await h.signedInAs('operator');
    const input = await releaseChange(author, 14_000);
    const before = await calls('ModifyBackendModel');

    const direct = await author.request('PUT', modelPath, input.body);
    expect(direct.status, direct.text).toBe(409);
    expect(errorOf(direct.body)).toMatchObject({ code: 'CHANGE_REVIEW_REQUIRED', change: { policies: [{ name: 'Release needs review' }] } });
    expect(await calls('ModifyBackendModel')).toBe(before);

    const request = await openRequest(author, 14_000);
    expect(request).toMatchObject({
      state: 'open',
      requiredApprovals: 1,
      author: expect.stringMatching(/^operator-/),
      plan: { target: { kind: 'backend-model', stage: 'RELEASE' } },
    });
    expect(request.plan.blastRadius).toMatch(/published API|No published API/);
    expect(request.can.approve).toBe(false);
    expect(request.cannotApproveReason).toBe('author');
    const own = await author.request('POST', `/api/changes/${request.id}/approve`, {});
    expect(own.status).toBe(403);

    const waiting = ChangeList.parse((await approver.request('GET', '/api/changes?view=waiting')).body);
    expect(waiting.items.map((i) => i.id)).toContain(request.id);
    expect(waiting.waitingForMe).toBeGreaterThanOrEqual(1);

    const stale = await approver.request('POST', `/api/changes/${request.id}/approve`, {});
    expect(stale.status, stale.text).toBe(403);
    expect(errorOf(stale.body).code).toBe('STEP_UP_REQUIRED');
    expect((await approver.request('POST', '/api/session/step-up', { password: 'wrong-password' })).status).toBe(400);
    expect((await approver.request('POST', '/api/session/step-up', { password: TEST_PASSWORD })).status).toBe(200);
    const yes = await approved(request, approver);
    expect(yes.state).toBe('approved');
    expect(yes.timeline.find((e) => e.type === 'approved')?.stepUpAt).toBeDefined();

    const applied = await author.request('POST', `/api/changes/${request.id}/apply`, {});
    expect(applied.status, applied.text).toBe(200);
    const done = ChangeRequest.parse(applied.body);
    expect(done.state).toBe('applied');
    expect(await calls('ModifyBackendModel')).toBe(before + 1);
    const model = BackendDetail.parse((await h.admin.request('GET', `/api/backends/${backend.id}`)).body).models.find((m) => m.stageName === 'RELEASE');
    expect(model?.data.ServiceTimeout).toBe(14_000);

    const events = AuditList.parse((await h.admin.request('GET', '/api/audit?pageSize=50')).body).items.filter((e) => e.changeRequestId === request.id);
    expect(events.map((e) => e.operation)).toEqual(expect.arrayContaining(['OpenChangeRequest', 'ApproveChangeRequest', 'ModifyBackendModel']));
    expect(events.find((e) => e.operation === 'ModifyBackendModel')?.id).toBe(done.auditEventId);
  });

  it('given an approved request, when the resource changes before the apply, then the apply is refused with the drift and nothing is sent', async () => {
    const policy = await createPolicy(releasePolicy);
    const author = await h.signedInAs('operator');
    const request = await openRequest(author);
    await approved(request, await h.signedInAs('operator'));

    // Someone changes the same model meanwhile (the policy is lifted for that moment).
    await h.admin.request('DELETE', `/api/change-policies/${policy.id}`);
    const meanwhile = await releaseChange(h.admin, 9_000);
    expect((await h.admin.request('PUT', modelPath, meanwhile.body)).status).toBe(200);

    const before = await calls('ModifyBackendModel');
    const refused = await author.request('POST', `/api/changes/${request.id}/apply`, {});
    expect(refused.status, refused.text).toBe(409);
    const drift = errorOf(refused.body).change?.drift as { planned: { ServiceTimeout: number }; now: { ServiceTimeout: number } };
    expect(drift.now.ServiceTimeout).toBe(9_000);
    expect(drift.planned.ServiceTimeout).not.toBe(9_000);
    expect(await calls('ModifyBackendModel')).toBe(before);
    const after = ChangeRequest.parse((await author.request('GET', `/api/changes/${request.id}`)).body);
    expect(after.state).toBe('failed');
    expect(after.timeline.map((e) => e.type)).toContain('apply-refused');
  });

  it('given a freeze, when an operator applies, then it is refused (423); when an admin breaks the glass with a reason, then it goes through and the reason is audited', async () => {
    await createPolicy(releasePolicy);
    const author = await h.signedInAs('operator');
    const request = await openRequest(author);
    await approved(request, await h.signedInAs('operator'));
    const freeze = await h.admin.request('POST', '/api/change-freezes', {
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
      reason: 'Singles Day',
    });
    expect(freeze.status, freeze.text).toBe(201);
    try {
      const refused = await author.request('POST', `/api/changes/${request.id}/apply`, {});
      expect(refused.status, refused.text).toBe(423);
      expect(errorOf(refused.body)).toMatchObject({ code: 'CHANGE_FROZEN', change: { freeze: { reason: 'Singles Day' } } });
      const shortReason = await h.admin.request('POST', `/api/changes/${request.id}/apply`, { breakGlassReason: 'now' });
      expect(shortReason.status).toBe(400);
      const glass = await h.admin.request('POST', `/api/changes/${request.id}/apply`, { breakGlassReason: 'Checkout is failing for every customer' });
      expect(glass.status, glass.text).toBe(200);
      expect(ChangeRequest.parse(glass.body).state).toBe('applied');
      const events = AuditList.parse((await h.admin.request('GET', '/api/audit?pageSize=50')).body).items;
      expect(events.find((e) => e.operation === 'BreakGlass' && e.changeRequestId === request.id)?.after).toMatchObject({ reason: 'Checkout is failing for every customer' });
    } finally {
      await h.admin.request('DELETE', `/api/change-freezes/${(freeze.body as { id: string }).id}`);
    }
  });

  it('given a policy with a webhook, when a request is opened, then the receiver gets the documented body, after a retry, and the URL never reaches the browser', async () => {
    const policy = await createPolicy({ ...releasePolicy, webhook: { url: hook.url, format: 'portico' } });
    expect(policy.webhook).toEqual({ host: new URL(hook.url).host, format: 'portico' });
    expect(JSON.stringify((await h.admin.request('GET', '/api/change-policies')).body)).not.toContain('secret-token-123');
    const request = await openRequest(await h.signedInAs('operator'));
    for (let i = 0; i < 50 && hook.bodies.length === 0; i++) await sleep(100);
    expect(hook.attempts()).toBeGreaterThanOrEqual(2);
    expect(hook.bodies[0]).toMatchObject({
      event: 'opened',
      policy: { id: policy.id, name: 'Release needs review' },
      request: { id: request.id, state: 'open', comment: 'Longer timeout for the batch jobs' },
    });
  });

  it('given a wide-ACL policy, when an entry wider than /16 is added, then it is held, and a /24 is not', async () => {
    await createPolicy({ name: 'Wide ACL entries', scope: { kinds: ['ip-control'] }, when: { aclWiderThanIpv4Prefix: 16, aclOpensToEveryone: true } });
    const operator = await h.signedInAs('operator');
    const acl = { id: SEED.ipControls.sandbox.ipControlId };
    const wide = await operator.request('POST', `/api/ip-controls/${acl.id}/policy-items`, { cidrs: ['10.0.0.0/8'] });
    expect(wide.status, wide.text).toBe(409);
    expect(errorOf(wide.body).change?.policies?.[0]?.reasons).toEqual([{ code: 'aclWiderThanIpv4Prefix', value: 16 }]);
    const narrow = await operator.request('POST', `/api/ip-controls/${acl.id}/policy-items`, { cidrs: ['192.168.7.0/24'] });
    expect(narrow.status, narrow.text).toBe(201);

    // The request shows the finding the entry would add (the inventory's own rule), and none it resolves.
    // (The seed's ACL already allows 10.0.0.0/8: that finding exists and is not added again.)
    const input = { params: { id: acl.id }, query: {}, body: { cidrs: ['11.0.0.0/8', '10.0.0.0/8'] } };
    const opened = await operator.request('POST', '/api/changes', { operation: 'addPolicyItem', input, comment: 'Partner network' });
    expect(opened.status, opened.text).toBe(201);
    const { findings } = ChangeRequest.parse(opened.body).plan;
    expect(findings.added).toEqual([
      expect.objectContaining({ kind: 'wide-acl-entry', subject: `ip-control:${acl.id}`, params: expect.objectContaining({ cidr: '11.0.0.0/8' }) }),
    ]);
    expect(findings.resolved).toEqual([]);
    // And the warnings the editor's review shows: 10.0.0.0/8 is already in another item of this ACL.
    expect(ChangeRequest.parse(opened.body).plan.warnings).toContainEqual(
      expect.objectContaining({ key: 'cidrAlreadyInItem', params: expect.objectContaining({ entry: '10.0.0.0/8' }) }),
    );
  });

  it("given an open request, when its policy's expiry passes, then it is expired: on the timeline, no longer approvable or appliable", async () => {
    await createPolicy({ ...releasePolicy, expiresAfterHours: 2 });
    const request = await openRequest(await h.signedInAs('operator'), 17_000);
    expect(Date.parse(request.expiresAt) - Date.parse(request.createdAt)).toBeGreaterThanOrEqual(2 * 3_600_000 - 1_000);
    const approver = await h.signedInAs('operator');
    clockAhead = 2 * 3_600_000 + 60_000;
    const later = ChangeRequest.parse((await approver.request('GET', `/api/changes/${request.id}`)).body);
    expect(later.state).toBe('expired');
    expect(later.timeline.map((e) => e.type)).toEqual(['opened', 'expired']);
    expect(later.can).toMatchObject({ approve: false, apply: false, comment: false });
    const approve = await approver.request('POST', `/api/changes/${request.id}/approve`, { comment: 'Too late' });
    expect(approve.status).toBe(403);
    const queue = ChangeList.parse((await approver.request('GET', '/api/changes?view=waiting')).body);
    expect(queue.items.map((i) => i.id)).not.toContain(request.id);
  });

  it('given a policy with a maintenance window, when an apply is scheduled outside it, then 400; inside it, then the scheduler applies it at that time', async () => {
    const now = new Date();
    const day = now.getUTCDay();
    // Today in UTC from now until the end of the day (or tomorrow's early hours past midnight).
    await createPolicy({ ...releasePolicy, windows: [{ days: [day], from: '00:00', to: '23:59', timeZone: 'UTC' }] });
    const author = await h.signedInAs('operator');
    const request = await openRequest(author, 16_000);
    await approved(request, await h.signedInAs('operator'));

    const tomorrow = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 12));
    const outside = await author.request('POST', `/api/changes/${request.id}/apply`, { at: tomorrow.toISOString() });
    expect(outside.status, outside.text).toBe(400);
    expect(errorOf(outside.body).fields?.at).toBe('must be inside a maintenance window');

    const soon = new Date(Date.now() + 1_500);
    if (soon.getUTCDay() !== day || soon.getUTCHours() * 60 + soon.getUTCMinutes() >= 23 * 60 + 59) return; // the test ran at midnight: nothing to schedule today
    const scheduled = await author.request('POST', `/api/changes/${request.id}/apply`, { at: soon.toISOString() });
    expect(scheduled.status, scheduled.text).toBe(200);
    expect(ChangeRequest.parse(scheduled.body)).toMatchObject({ state: 'approved', scheduledFor: soon.toISOString() });
    let state = 'approved';
    for (let i = 0; i < 100 && state !== 'applied'; i++) {
      await sleep(100);
      state = ChangeRequest.parse((await author.request('GET', `/api/changes/${request.id}`)).body).state;
    }
    expect(state).toBe('applied');
    const model = BackendDetail.parse((await h.admin.request('GET', `/api/backends/${backend.id}`)).body).models.find((m) => m.stageName === 'RELEASE');
    expect(model?.data.ServiceTimeout).toBe(16_000);
  });

  it('when a policy is sent with bad fields, then 400 names them and nothing is stored', async () => {
    const bad = await h.admin.request('POST', '/api/change-policies', { name: '', approvals: 9, when: { aclWiderThanIpv4Prefix: 40 }, webhook: { url: 'ftp://x' } });
    expect(bad.status).toBe(400);
    expect(Object.keys(errorOf(bad.body).fields ?? {})).toEqual(expect.arrayContaining(['name', 'approvals', 'when.aclWiderThanIpv4Prefix', 'webhook.url']));
    expect(ChangePolicyListOf(await h.admin.request('GET', '/api/change-policies'))).toEqual([]);
    const operator = await h.signedInAs('operator');
    expect((await operator.request('POST', '/api/change-policies', releasePolicy)).status).toBe(403);
  });
});
