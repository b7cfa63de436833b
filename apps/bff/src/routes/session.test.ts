import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SessionInfo } from '@portico/contracts/auth';
import { ErrorEnvelope } from '@portico/contracts/errors';
import { startEmulator, type RunningEmulator } from '@portico/cloud-emulator/server';
import { start } from '../server.ts';
import { ApiClient } from '../testing/client.ts';
import { quickBffOptions, startHarness, TEST_ADMIN_PASSWORD, TEST_PASSWORD, type Harness } from '../testing/harness.ts';
import { persistentStore, postgresUrl, type TestStore } from '../testing/store.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    bff: { sessions: { idleMs: 1_500, absoluteMs: 60_000, touchEveryMs: 100 }, signInLimits: { windowMs: 60_000, perAddress: 100, perAccountAndAddress: 3 } },
  });
});
afterAll(() => h.close());
// The idle timeout here is short on purpose; the admin signs in again before each case.
beforeEach(async () => {
  await h.admin.signIn('admin', TEST_ADMIN_PASSWORD);
});

const codeOf = (body: unknown) => ErrorEnvelope.parse(body).error.code;
const somePut = { vpcId: 'vpc-x1', instanceId: 'i-x1', port: 80, needBatchWork: false };

describe('roles on every route class', () => {
  it('when nobody is signed in, then reads and changes are 401 and health is open', async () => {
    const anonymous = new ApiClient(h.bff.url);
    expect((await anonymous.request('GET', '/api/vpc-authorizations')).status).toBe(401);
    expect((await anonymous.request('GET', '/api/audit')).status).toBe(401);
    expect((await anonymous.request('PUT', '/api/vpc-authorizations/x', somePut)).status).toBe(401);
    expect((await anonymous.request('GET', '/api/health')).status).toBe(200);
  });

  it('when a viewer, then reads work and every change is 403, however it is sent', async () => {
    const viewer = await h.signedInAs('viewer');
    expect((await viewer.request('GET', '/api/vpc-authorizations')).status).toBe(200);
    expect((await viewer.request('GET', '/api/audit')).status).toBe(200);
    const put = await viewer.request('PUT', '/api/vpc-authorizations/anything', somePut);
    expect(put.status).toBe(403);
    expect(codeOf(put.body)).toBe('FORBIDDEN');
    expect((await viewer.request('POST', '/api/vpc-authorizations', { name: 'v', vpcId: 'vpc-1', instanceId: 'i-1', port: 1 })).status).toBe(403);
    expect((await viewer.request('DELETE', '/api/vpc-authorizations/anything')).status).toBe(403);
    expect((await viewer.request('PUT', '/api/vpc-authorizations/anything', 'junk', { 'content-type': 'text/plain' })).status).toBe(403);
    expect((await viewer.request('GET', '/api/users')).status).toBe(403);
    expect((await viewer.request('POST', '/api/audit/00000000-0000-4000-8000-000000000000/revert', {})).status).toBe(403);
  });

  it('when an operator, then changes pass the gate but people stay admin-only', async () => {
    const operator = await h.signedInAs('operator');
    const put = await operator.request('PUT', '/api/vpc-authorizations/no-such-one', somePut);
    expect(put.status).toBe(404);
    expect((await operator.request('GET', '/api/users')).status).toBe(403);
    expect((await operator.request('POST', '/api/users', { username: 'x1', displayName: 'x', role: 'admin', password: TEST_PASSWORD })).status).toBe(403);
  });

  it('when an admin, then people can be listed, invited and changed', async () => {
    const list = await h.admin.request('GET', '/api/users');
    expect(list.status).toBe(200);
    const taken = await h.admin.request('POST', '/api/users', { username: 'admin', displayName: 'Again', role: 'viewer', password: TEST_PASSWORD });
    expect(taken.status).toBe(409);
    expect(ErrorEnvelope.parse(taken.body).error.fields).toEqual({ username: 'is taken' });
    const weak = await h.admin.request('POST', '/api/users', { username: 'weak', displayName: 'W', role: 'viewer', password: 'short' });
    expect(ErrorEnvelope.parse(weak.body).error.fields?.password).toMatch(/at least 12/);
  });
});

describe('CSRF', () => {
  it('when the token is missing or wrong, then a change is refused with 403 and a read is not', async () => {
    const operator = await h.signedInAs('operator');
    const token = operator.csrfToken;
    operator.csrfToken = undefined;
    const missing = await operator.request('PUT', '/api/vpc-authorizations/x', somePut);
    expect(missing.status).toBe(403);
    expect(codeOf(missing.body)).toBe('CSRF_TOKEN_INVALID');
    const wrong = await operator.request('PUT', '/api/vpc-authorizations/x', somePut, { 'x-csrf-token': 'A'.repeat(token!.length) });
    expect(codeOf(wrong.body)).toBe('CSRF_TOKEN_INVALID');
    expect((await operator.request('GET', '/api/vpc-authorizations')).status).toBe(200);
  });
});

describe('sessions', () => {
  it('when signing in, then the cookie is http-only and SameSite, and a fresh id replaces any old one', async () => {
    const client = new ApiClient(h.bff.url);
    const first = await client.signIn('admin', TEST_ADMIN_PASSWORD);
    const cookieHeader = first.headers.get('set-cookie') ?? '';
    expect(cookieHeader).toMatch(/HttpOnly/i);
    expect(cookieHeader).toMatch(/SameSite=Lax/i);
    const firstCookie = client.cookie;
    await client.signIn('admin', TEST_ADMIN_PASSWORD);
    expect(client.cookie).not.toBe(firstCookie);
    const stale = new ApiClient(h.bff.url);
    stale.cookie = firstCookie;
    expect((await stale.request('GET', '/api/session')).status).toBe(401);
  });

  it('when the password is wrong or the user unknown, then the same 401', async () => {
    const wrong = await new ApiClient(h.bff.url).signIn('admin', 'nope');
    const unknown = await new ApiClient(h.bff.url).signIn('nobody-here', 'nope');
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(ErrorEnvelope.parse(wrong.body).error.message).toBe(ErrorEnvelope.parse(unknown.body).error.message);
  });

  it('when signed out, then the cookie no longer works even if replayed', async () => {
    const client = await h.signedInAs('viewer');
    const cookie = client.cookie;
    expect((await client.request('DELETE', '/api/session')).status).toBe(200);
    const replay = new ApiClient(h.bff.url);
    replay.cookie = cookie;
    expect((await replay.request('GET', '/api/session')).status).toBe(401);
  });

  it('when idle longer than the idle timeout, then the session has ended', async () => {
    const client = await h.signedInAs('viewer');
    expect((await client.request('GET', '/api/session')).status).toBe(200);
    await sleep(1_700);
    expect((await client.request('GET', '/api/session')).status).toBe(401);
  });

  it('when a person is disabled, then their sessions end and they cannot sign in', async () => {
    const created = await h.admin.request('POST', '/api/users', { username: 'leaver', displayName: 'Leaver', role: 'operator', password: TEST_PASSWORD });
    const leaver = new ApiClient(h.bff.url);
    await leaver.signIn('leaver', TEST_PASSWORD);
    const id = (created.body as { id: string }).id;
    expect((await h.admin.request('PATCH', `/api/users/${id}`, { disabled: true })).status).toBe(200);
    expect((await leaver.request('GET', '/api/session')).status).toBe(401);
    expect((await new ApiClient(h.bff.url).signIn('leaver', TEST_PASSWORD)).status).toBe(401);
  });

  it("when an admin changes a person's role, then their very next request has the new role", async () => {
    const created = await h.admin.request('POST', '/api/users', { username: 'mover', displayName: 'Mover', role: 'operator', password: TEST_PASSWORD });
    const mover = new ApiClient(h.bff.url);
    await mover.signIn('mover', TEST_PASSWORD);
    // Read once, so the session is one the BFF has just looked at.
    expect(SessionInfo.parse((await mover.request('GET', '/api/session')).body).user.role).toBe('operator');
    const id = (created.body as { id: string }).id;
    expect((await h.admin.request('PATCH', `/api/users/${id}`, { role: 'viewer' })).status).toBe(200);
    expect(SessionInfo.parse((await mover.request('GET', '/api/session')).body).user.role).toBe('viewer');
    expect((await mover.request('PUT', '/api/vpc-authorizations/anything', somePut)).status).toBe(403);
  });

  it('when an admin tries to disable themselves, then it is refused', async () => {
    const me = SessionInfo.parse((await h.admin.request('GET', '/api/session')).body);
    expect((await h.admin.request('PATCH', `/api/users/${me.user.id}`, { disabled: true })).status).toBe(409);
  });
});

describe('sign-in rate limit', () => {
  it('when one account gets too many wrong passwords, then further attempts are 429 even with the right one', async () => {
    await h.admin.request('POST', '/api/users', { username: 'target', displayName: 'T', role: 'viewer', password: TEST_PASSWORD });
    for (let i = 0; i < 3; i++) expect((await new ApiClient(h.bff.url).signIn('target', 'wrong')).status).toBe(401);
    const blocked = await new ApiClient(h.bff.url).signIn('target', TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(codeOf(blocked.body)).toBe('RATE_LIMITED');
  });
});

describe('a restart', () => {
  let emulator: RunningEmulator;
  let store: TestStore;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    store = await persistentStore();
  });
  afterAll(async () => {
    await emulator.close();
    await store.cleanup();
  });

  it('when the BFF restarts on the same data, then people stay signed in', async () => {
    const first = await start({ ...quickBffOptions(emulator), ...store });
    const client = new ApiClient(first.url);
    expect((await client.signIn('admin', TEST_ADMIN_PASSWORD)).status).toBe(200);
    await first.stop();
    const second = await start({ ...quickBffOptions(emulator), ...store });
    const again = new ApiClient(second.url);
    again.cookie = client.cookie;
    const session = await again.request('GET', '/api/session');
    expect(session.status).toBe(200);
    expect(SessionInfo.parse(session.body).user.username).toBe('admin');
    await second.stop();
  });
});

describe.skipIf(!postgresUrl)('two instances on one PostgreSQL', () => {
  let emulator: RunningEmulator;
  let store: TestStore;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    store = await persistentStore();
  });
  afterAll(async () => {
    await emulator.close();
    await store.cleanup();
  });

  it('when a person signs out on A, then B, which had just read the session, refuses the cookie too', async () => {
    const a = await start({ ...quickBffOptions(emulator), ...store });
    const b = await start({ ...quickBffOptions(emulator), ...store });
    try {
      const onA = new ApiClient(a.url);
      expect((await onA.signIn('admin', TEST_ADMIN_PASSWORD)).status).toBe(200);
      const onB = new ApiClient(b.url);
      onB.cookie = onA.cookie;
      expect((await onB.request('GET', '/api/session')).status).toBe(200);
      expect((await onA.request('DELETE', '/api/session')).status).toBe(200);
      // The notice travels through the database: give it a moment, far less than the cache's life.
      const deadline = Date.now() + 1_000;
      let status = 200;
      while (status === 200 && Date.now() < deadline) {
        status = (await onB.request('GET', '/api/session')).status;
        if (status === 200) await sleep(25);
      }
      expect(status).toBe(401);
    } finally {
      await a.stop();
      await b.stop();
    }
  });

  it('when wrong passwords for one account are spread over A and B, then the limit counts them together', async () => {
    const limits = { signInLimits: { windowMs: 60_000, perAddress: 100, perAccountAndAddress: 3 } };
    const a = await start({ ...quickBffOptions(emulator), ...store, ...limits });
    const b = await start({ ...quickBffOptions(emulator), ...store, ...limits });
    try {
      const statuses = [];
      for (const url of [a.url, b.url, a.url, b.url]) statuses.push((await new ApiClient(url).signIn('admin', 'not-the-password')).status);
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await a.stop();
      await b.stop();
    }
  });
});
