import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ALIBABA_ACCESS_KEY_SECRET } from '@portico/cloud-emulator/config';
import { AuditList } from '@portico/contracts/audit';
import { SessionInfo } from '@portico/contracts/auth';
import { ErrorEnvelope } from '@portico/contracts/errors';
import { Health, ProfileHealth } from '@portico/contracts/profiles';
import { taskEventsPath } from '@portico/contracts/routes';
import { VpcAuthorizationList } from '@portico/contracts/vpc-authorizations';
import { accountDelay, defaultSignInLimits } from './routes/session.ts';
import { followInventoryJob } from './testing/inventory.ts';
import { quickInventoryOptions } from './testing/quick.ts';
import { ApiClient } from './testing/client.ts';
import { emulatorHuaweiProfile, emulatorProfile, startHarness, TEST_PASSWORD, type Harness } from './testing/harness.ts';

const codeOf = (body: unknown) => ErrorEnvelope.parse(body).error.code;
const totalCalls = async (h: Harness) => {
  const stats = (await h.emulatorHook('GET', '/__emulator/stats')) as { calls: Record<string, number> };
  return Object.values(stats.calls).reduce((a, b) => a + b, 0);
};
const auditOf = async (h: Harness, query: string) => AuditList.parse((await h.admin.request('GET', `/api/audit?${query}`)).body).items;

describe('health', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ bff: { trustProxy: true } });
  });
  afterAll(() => h.close());

  it('when anyone asks for health, then no cloud is called and no cloud detail is shown', async () => {
    const before = await totalCalls(h);
    const anonymous = new ApiClient(h.bff.url);
    for (let i = 0; i < 5; i++) {
      const response = await anonymous.request('GET', '/api/health');
      expect(response.status).toBe(200);
      expect(Health.strict().parse(response.body)).toEqual({ status: 'ok', database: { ok: true, driver: expect.any(String) } });
    }
    expect(await totalCalls(h)).toBe(before);
  });

  it('when signed in, then the per-profile check calls each cloud once and reuses the answer', async () => {
    expect((await new ApiClient(h.bff.url).request('GET', '/api/health/profiles')).status).toBe(401);
    const before = await totalCalls(h);
    const first = ProfileHealth.parse((await h.admin.request('GET', '/api/health/profiles')).body);
    expect(first.profiles.map((p) => [p.id, p.ok])).toEqual([
      ['alibaba-emulator', true],
      ['huawei-emulator', true],
    ]);
    const second = ProfileHealth.parse((await h.admin.request('GET', '/api/health/profiles')).body);
    expect(second.checkedAt).toBe(first.checkedAt);
    expect(await totalCalls(h)).toBe(before + 2);
  });
});

describe('a cloud that refuses the signature', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('when the per-profile check fails, then it names the cloud’s code, never its message', async () => {
    const profiles = [emulatorProfile(h.emulator, 'not-the-secret-at-all-xx'), emulatorHuaweiProfile(h.emulator)];
    const wrong = await startHarness({ bff: { profiles } });
    try {
      const response = await wrong.admin.request('GET', '/api/health/profiles');
      const alibaba = ProfileHealth.parse(response.body).profiles.find((p) => p.cloud === 'alibaba');
      expect(alibaba).toMatchObject({ ok: false, error: expect.stringMatching(/^[A-Za-z.]+$/) });
      // The cloud's message for a bad signature quotes the string it signed.
      expect(response.text).not.toMatch(/string to sign|StringToSign|ACS3-HMAC/i);
      expect(response.text).not.toContain(DEMO_ALIBABA_ACCESS_KEY_SECRET);
    } finally {
      await wrong.close();
    }
  });
});

describe('sign-in limits', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ bff: { trustProxy: true, signInLimits: { windowMs: 60_000, perAddress: 100, perAccountAndAddress: 3, accountDelayAfter: 100 } } });
  });
  afterAll(() => h.close());

  it('when an attacker’s address is limited for an account, then the owner signs in from another address', async () => {
    await h.admin.request('POST', '/api/users', { username: 'owner', displayName: 'Owner', role: 'viewer', password: TEST_PASSWORD });
    const attacker = () => Object.assign(new ApiClient(h.bff.url), { defaultHeaders: { 'x-forwarded-for': '203.0.113.9' } });
    for (let i = 0; i < 3; i++) expect((await attacker().signIn('owner', 'guess-' + i)).status).toBe(401);
    const blocked = await attacker().signIn('owner', TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(codeOf(blocked.body)).toBe('RATE_LIMITED');

    const owner = Object.assign(new ApiClient(h.bff.url), { defaultHeaders: { 'x-forwarded-for': '198.51.100.7' } });
    expect((await owner.signIn('owner', TEST_PASSWORD)).status).toBe(200);
    // The attacker's failures are in the audit log with their address; the owner's sign-in with theirs.
    const events = await auditOf(h, 'resourceType=session&target=owner');
    expect(events.filter((e) => e.operation === 'SignInFailed' && e.clientAddress === '203.0.113.9').length).toBe(4);
    expect(events.find((e) => e.operation === 'SignIn')).toMatchObject({ clientAddress: '198.51.100.7', result: 'succeeded' });
  });

  it('when an account keeps failing from anywhere, then each attempt waits longer, up to a ceiling, and never locks', () => {
    const limits = { ...defaultSignInLimits, accountDelayAfter: 5, accountDelayMs: 500, accountDelayMaxMs: 8_000 };
    expect([0, 4, 5, 6, 7, 9, 50].map((failures) => accountDelay(failures, limits))).toEqual([0, 0, 500, 1_000, 2_000, 8_000, 8_000]);
  });
});

describe('with an https PUBLIC_URL', () => {
  let h: Harness;
  const publicUrl = 'https://portico.example.com';
  beforeAll(async () => {
    h = await startHarness({ bff: { publicUrl } });
  });
  afterAll(() => h.close());

  it('when signing in, then the cookie is __Host- prefixed and Secure, and HSTS is sent', async () => {
    const client = Object.assign(new ApiClient(h.bff.url), { defaultHeaders: { origin: publicUrl } });
    const response = await client.request('POST', '/api/session', { username: 'admin', password: 'test-admin-password-1' });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-portico_session=/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Domain=/i);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
  });

  it('when a change comes from another origin or none, then it is refused before it runs', async () => {
    const signIn = { username: 'admin', password: 'test-admin-password-1' };
    const foreign = await new ApiClient(h.bff.url).request('POST', '/api/session', signIn, { origin: 'https://evil.example.net' });
    expect(foreign.status).toBe(403);
    expect(codeOf(foreign.body)).toBe('CROSS_ORIGIN_REFUSED');
    expect((await new ApiClient(h.bff.url).request('POST', '/api/session', signIn)).status).toBe(403);
    const byReferer = await new ApiClient(h.bff.url).request('POST', '/api/session', signIn, { referer: `${publicUrl}/sign-in` });
    expect(byReferer.status).toBe(200);
    // Reads need no Origin.
    expect((await new ApiClient(h.bff.url).request('GET', '/api/health')).status).toBe(200);
  });
});

describe('without PUBLIC_URL', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('when signing in over plain http, then the cookie keeps its plain name and no HSTS is sent', async () => {
    const response = await new ApiClient(h.bff.url).request('POST', '/api/session', { username: 'admin', password: 'test-admin-password-1' });
    expect(response.headers.get('set-cookie')).toMatch(/^portico_session=/);
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('when any /api answer is sent, then it says no-store', async () => {
    for (const [method, path] of [
      ['GET', '/api/session'],
      ['GET', '/api/health'],
      ['GET', '/api/vpc-authorizations'],
      ['GET', '/api/nowhere'],
    ] as const) {
      expect((await h.admin.request(method, path)).headers.get('cache-control'), path).toBe('no-store');
    }
    expect((await new ApiClient(h.bff.url).request('GET', '/api/session')).headers.get('cache-control')).toBe('no-store');
  });

  it('when people sign in, fail, sign out or are refused, then the audit log has it with their address', async () => {
    const viewer = await h.signedInAs('viewer');
    const me = SessionInfo.parse((await viewer.request('GET', '/api/session')).body).user.username;
    expect((await viewer.request('GET', '/api/users')).status).toBe(403);
    expect((await new ApiClient(h.bff.url).signIn(me, 'wrong-password-here')).status).toBe(401);
    expect((await new ApiClient(h.bff.url).signIn('typed-my-password-here', 'x')).status).toBe(401);
    expect((await viewer.request('DELETE', '/api/session')).status).toBe(200);
    expect((await new ApiClient(h.bff.url).request('GET', '/api/audit')).status).toBe(401);

    const mine = await auditOf(h, `resourceType=session&actor=${me}`);
    expect(mine.map((e) => [e.operation, e.result])).toEqual([
      ['SignOut', 'succeeded'],
      ['SignInFailed', 'failed'],
      ['RequestRefused', 'failed'],
      ['SignIn', 'succeeded'],
    ]);
    expect(mine.find((e) => e.operation === 'RequestRefused')).toMatchObject({
      target: 'GET /api/users',
      error: '403 FORBIDDEN',
      clientAddress: expect.stringMatching(/127\.0\.0\.1/),
    });
    const unknown = await auditOf(h, 'operation=SignInFailed&actor=unknown');
    expect(unknown[0]).toMatchObject({ actor: { name: '(unknown account)' }, target: '(unknown account)' });
    expect(JSON.stringify(await auditOf(h, 'resourceType=session&pageSize=100'))).not.toContain('typed-my-password-here');
    const anonymous = await auditOf(h, 'operation=RequestRefused&actor=anonymous');
    expect(anonymous[0]).toMatchObject({ target: 'GET /api/audit', error: '401 UNAUTHENTICATED' });

    // An auditor reads changes and access events apart.
    const access = await auditOf(h, 'category=access&pageSize=100');
    expect(access.length).toBeGreaterThan(0);
    expect(access.every((e) => e.resourceType === 'session')).toBe(true);
    const changes = await auditOf(h, 'category=changes&pageSize=100');
    expect(changes.some((e) => e.operation === 'CreateUser')).toBe(true);
    expect(changes.every((e) => e.resourceType !== 'session')).toBe(true);
  });
});

describe('the built SPA', () => {
  let h: Harness;
  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'portico-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Portico</title>');
    writeFileSync(join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
    writeFileSync(join(dist, 'assets', 'index-abc.js.map'), '{"version":3,"sources":["secret-source.ts"]}');
    h = await startHarness({ bff: { webDist: dist } });
  });
  afterAll(() => h.close());

  it('when a source map is asked for, then it is not served, even if one is in the folder', async () => {
    const anonymous = new ApiClient(h.bff.url);
    expect((await anonymous.request('GET', '/assets/index-abc.js')).status).toBe(200);
    const map = await anonymous.request('GET', '/assets/index-abc.js.map');
    expect(map.status).toBe(404);
    expect(map.text).not.toContain('secret-source');
    expect((await anonymous.request('GET', '/anything.map')).status).toBe(404);
  });
});

describe('passwords', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('when a person changes their own password, then the current one is required, every old session ends and the new one works', async () => {
    const viewer = await h.signedInAs('viewer');
    const me = SessionInfo.parse((await viewer.request('GET', '/api/session')).body).user.username;
    const otherBrowser = new ApiClient(h.bff.url);
    await otherBrowser.signIn(me, TEST_PASSWORD);

    const wrong = await viewer.request('POST', '/api/session/password', { currentPassword: 'not-it', newPassword: 'a-brand-new-passphrase' });
    expect(wrong.status).toBe(400);
    expect(ErrorEnvelope.parse(wrong.body).error.fields).toEqual({ currentPassword: 'is not your current password' });
    expect(ErrorEnvelope.parse(wrong.body).error.issues).toMatchObject([{ path: 'currentPassword', key: 'notCurrentPassword' }]);
    const short = await viewer.request('POST', '/api/session/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(ErrorEnvelope.parse(short.body).error.fields).toEqual({ newPassword: 'must be at least 12 characters' });
    const same = await viewer.request('POST', '/api/session/password', { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD });
    expect(ErrorEnvelope.parse(same.body).error.fields).toEqual({ newPassword: 'must differ from the current password' });

    const changed = await viewer.request('POST', '/api/session/password', { currentPassword: TEST_PASSWORD, newPassword: 'a-brand-new-passphrase' });
    expect(changed.status, changed.text).toBe(200);
    viewer.csrfToken = SessionInfo.parse(changed.body).csrfToken;
    expect((await viewer.request('GET', '/api/vpc-authorizations')).status).toBe(200);
    expect((await otherBrowser.request('GET', '/api/session')).status).toBe(401);
    expect((await new ApiClient(h.bff.url).signIn(me, TEST_PASSWORD)).status).toBe(401);
    expect((await new ApiClient(h.bff.url).signIn(me, 'a-brand-new-passphrase')).status).toBe(200);
    const events = await auditOf(h, `operation=ChangePassword&actor=${me}`);
    expect(events.map((e) => e.result)).toEqual(['succeeded', 'failed']);
    expect(JSON.stringify(events)).not.toContain('a-brand-new-passphrase');
  });
});

describe('the first admin with a generated password', () => {
  let generated: string;

  it('when the generated password is used, then nothing but changing it is allowed until it is changed', async () => {
    const fresh = await startHarness({ bff: { adminPassword: undefined }, signInAdmin: false });
    try {
      generated = fresh.bff.firstAdmin?.generatedPassword ?? '';
      expect(generated.length).toBeGreaterThanOrEqual(12);
      const admin = new ApiClient(fresh.bff.url);
      const signedIn = await admin.signIn('admin', generated);
      expect(SessionInfo.parse(signedIn.body).passwordChangeRequired).toBe(true);
      const refused = await admin.request('GET', '/api/vpc-authorizations');
      expect(refused.status).toBe(403);
      expect(codeOf(refused.body)).toBe('PASSWORD_CHANGE_REQUIRED');
      expect((await admin.request('GET', '/api/session')).status).toBe(200);
      const changed = await admin.request('POST', '/api/session/password', { currentPassword: generated, newPassword: 'my-own-admin-passphrase' });
      expect(changed.status, changed.text).toBe(200);
      expect(SessionInfo.parse(changed.body).passwordChangeRequired).toBeUndefined();
      expect((await admin.request('GET', '/api/vpc-authorizations')).status).toBe(200);
    } finally {
      await fresh.close();
    }
  });

  it('when PORTICO_ADMIN_PASSWORD breaks the password rule, then the start is refused with one line', async () => {
    await expect(startHarness({ bff: { adminPassword: 'short' }, signInAdmin: false })).rejects.toThrow(/^PORTICO_ADMIN_PASSWORD must be at least 12 characters\.$/);
  });
});

describe('event streams per session', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ emulator: { taskStepMs: 3_000 }, bff: { maxStreamsPerSession: 2 } });
  });
  afterAll(() => h.close());

  /** A long batch update to watch: the busiest authorization moved to another port. */
  async function runningTask(client: ApiClient): Promise<string> {
    const { items } = VpcAuthorizationList.parse((await client.request('GET', '/api/vpc-authorizations?pageSize=100')).body);
    const target = items.reduce((a, b) => ((b.boundApiCount ?? 0) > (a.boundApiCount ?? 0) ? b : a));
    const put = await client.request('PUT', `/api/vpc-authorizations/${encodeURIComponent(target.name)}`, {
      vpcId: target.vpcId,
      instanceId: target.instanceId,
      port: target.port + 1,
    });
    expect(put.status, put.text).toBe(200);
    return (put.body as { task: { id: string } }).task.id;
  }

  const open = (client: ApiClient, taskId: string) => fetch(h.bff.url + taskEventsPath(taskId), { headers: { cookie: client.cookie ?? '' } });

  /** Resolves 'ended' when the server closes the stream, 'open' if it is still open after a while. */
  async function endsSoon(response: Response): Promise<'ended' | 'open'> {
    const reader = response.body!.getReader();
    const drained = (async () => {
      while (!(await reader.read()).done);
      return 'ended' as const;
    })();
    const result = await Promise.race([drained, new Promise<'open'>((resolve) => setTimeout(() => resolve('open'), 4_000))]);
    if (result === 'open') await reader.cancel();
    return result;
  }

  it('when a session opens more streams than allowed, then the extra one is 429; signing out ends the others', async () => {
    const operator = await h.signedInAs('operator');
    const taskId = await runningTask(operator);
    const [a, b] = [await open(operator, taskId), await open(operator, taskId)];
    expect([a.status, b.status]).toEqual([200, 200]);
    const extra = await open(operator, taskId);
    expect(extra.status).toBe(429);
    expect(codeOf(await extra.json())).toBe('RATE_LIMITED');
    expect((await operator.request('DELETE', '/api/session')).status).toBe(200);
    expect(await Promise.all([endsSoon(a), endsSoon(b)])).toEqual(['ended', 'ended']);
  });

  it('when a person is disabled, then their open streams end', async () => {
    const operator = await h.signedInAs('operator');
    const me = SessionInfo.parse((await operator.request('GET', '/api/session')).body).user;
    const stream = await open(operator, await runningTask(operator));
    expect(stream.status).toBe(200);
    expect((await h.admin.request('PATCH', `/api/users/${me.id}`, { disabled: true })).status).toBe(200);
    expect(await endsSoon(stream)).toBe('ended');
  });

  it('when the session stays, then its stream stays open', async () => {
    const operator = await h.signedInAs('operator');
    const stream = await open(operator, await runningTask(operator));
    expect(await endsSoon(stream)).toBe('open');
  });
});

describe('inventory refreshes', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ bff: { inventory: { ...quickInventoryOptions, refreshCooldownMs: 60_000 } } });
  });
  afterAll(() => h.close());

  it('when a full crawl was just started, then joining it is fine but starting another is refused for a while', async () => {
    const viewer = await h.signedInAs('viewer');
    const first = await viewer.request('POST', '/api/bindings/refresh');
    expect(first.status).toBe(202);
    const joined = await viewer.request('POST', '/api/bindings/refresh');
    // Still running: the same job, no second crawl. Once it ended, the cooldown answers.
    expect([202, 429]).toContain(joined.status);
    if (joined.status === 202) expect((joined.body as { id: string }).id).toBe((first.body as { id: string }).id);
    await followInventoryJob(viewer, (first.body as { id: string }).id);
    const callsBefore = await totalCalls(h);
    const again = await viewer.request('POST', '/api/bindings/refresh');
    expect(again.status).toBe(429);
    expect(ErrorEnvelope.parse(again.body).error.message).toMatch(/^The inventory was refreshed \d+ s ago\. Refresh again in \d+ s\.$/);
    expect(Number(again.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await totalCalls(h)).toBe(callsBefore);
  });
});
