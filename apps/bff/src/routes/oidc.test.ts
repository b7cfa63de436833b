import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED } from '@portico/cloud-emulator/services/apigateway/seed';
import { AuditList } from '@portico/contracts/audit';
import { BackendDetail } from '@portico/contracts/backend-models';
import { ChangeRequest } from '@portico/contracts/changes';
import { SessionInfo, UserList } from '@portico/contracts/auth';
import { ErrorEnvelope } from '@portico/contracts/errors';
import { AuthProviders, SignInSettings } from '@portico/contracts/sso';
import { createLogger } from '../logger.ts';
import { ApiClient } from '../testing/client.ts';
import { startHarness, TEST_PASSWORD, type Harness } from '../testing/harness.ts';
import { signInAtProvider, TestBrowser } from '../testing/oidc-browser.ts';
import { startTestProvider, TEST_CLIENT, type TestProvider } from '../testing/oidc-provider.ts';

const GROUP_ROLES = 'portico-viewers=viewer,portico-operators=operator,portico-admins=admin';

let provider: TestProvider;
let h: Harness;
const logLines: string[] = [];

beforeAll(async () => {
  provider = await startTestProvider({
    alice: { preferred_username: 'alice', email: 'alice@example.com', name: 'Alice Ops', groups: ['portico-operators', 'everyone'] },
    mallory: { preferred_username: 'mallory', groups: ['marketing'] },
    // In no group OIDC_GROUP_ROLES maps; a grant to her group lets her in.
    tess: { preferred_username: 'tess', groups: ['orders-test-ops'] },
    carol: { email: 'carol@example.com', name: 'Carol', groups: ['portico-viewers'] },
    // Picks the name of the break-glass account: must not become it.
    sneaky: { preferred_username: 'admin', groups: ['portico-admins'] },
  });
  const logger = createLogger({ level: 'info', destination: new Writable({ write: (chunk: Buffer, _e, done) => (logLines.push(chunk.toString()), done()) }) });
  h = await startHarness({ bff: { oidc: provider.settings(GROUP_ROLES), logger, trustProxy: true } });
  await provider.registerPortico(h.bff.url);
}, 120_000);
afterAll(async () => {
  await h?.close();
  await provider?.close();
});

/** Visits the callback in the browser that started the sign-in; returns where the console sends it. */
async function finish(browser: TestBrowser, callbackUrl: string) {
  const response = await browser.request(callbackUrl);
  return { status: response.status, location: response.headers.get('location') ?? '', session: browser.cookie(h.bff.url, 'portico_session') };
}

/** An API client holding the browser's session. */
async function clientOf(browser: TestBrowser): Promise<ApiClient> {
  const client = new ApiClient(h.bff.url);
  client.cookie = `portico_session=${browser.cookie(h.bff.url, 'portico_session') ?? ''}`;
  const session = await client.request('GET', '/api/session');
  if (session.status === 200) client.csrfToken = SessionInfo.parse(session.body).csrfToken;
  return client;
}

const audit = async (query: string) => AuditList.parse((await h.admin.request('GET', `/api/audit?${query}`)).body).items;
const person = async (username: string) => UserList.parse((await h.admin.request('GET', '/api/users')).body).items.find((u) => u.username === username);

describe('sign-in with the identity provider', () => {
  it('when the sign-in screen asks, then it is offered with the provider name', async () => {
    const providers = await new ApiClient(h.bff.url).request('GET', '/api/auth/providers');
    expect(AuthProviders.parse(providers.body)).toEqual({ oidc: { name: 'Test IdP' }, ssoRequired: false });
  });

  it('when a person signs in at the provider for the first time, then their account is created from the claims and they land where they were', async () => {
    const browser = new TestBrowser();
    const { authorizationUrl, callbackUrl } = await signInAtProvider(browser, h.bff.url, 'alice', { next: '/audit?page=2' });
    const sent = new URL(authorizationUrl).searchParams;
    expect(sent.get('code_challenge_method')).toBe('S256');
    expect([sent.get('state'), sent.get('nonce'), sent.get('code_challenge')].every((v) => (v ?? '').length >= 43)).toBe(true);
    expect(sent.get('redirect_uri')).toBe(`${h.bff.url}/api/auth/oidc/callback`);

    const done = await finish(browser, callbackUrl);
    expect(done).toMatchObject({ status: 302, location: '/audit?page=2' });
    const me = SessionInfo.parse((await (await clientOf(browser)).request('GET', '/api/session')).body);
    expect(me.user).toMatchObject({ username: 'alice', displayName: 'Alice Ops', role: 'operator', source: 'oidc' });
    // Portico keeps no password for them: changing "it" is refused with the reason.
    const change = await (await clientOf(browser)).request('POST', '/api/session/password', { currentPassword: 'whatever-it-is', newPassword: 'a-new-password-123' });
    expect(change.status).toBe(409);
    expect(await person('alice')).toMatchObject({ source: 'oidc', groups: ['portico-operators', 'everyone'], role: 'operator' });

    const signIns = await audit('resourceType=session&target=alice');
    expect(signIns.find((e) => e.operation === 'SignIn')).toMatchObject({ result: 'succeeded', clientAddress: expect.any(String) });
    expect((await audit('resourceType=user&target=alice')).map((e) => [e.operation, e.result])).toContainEqual(['CreateUser', 'succeeded']);

    // Neither the code nor the client secret is in a log line or the audit log.
    const code = new URL(callbackUrl).searchParams.get('code') ?? 'no code';
    const exported = (await h.admin.request('GET', '/api/audit-export?format=json')).text;
    for (const secret of [code, TEST_CLIENT.secret]) {
      expect(logLines.join('\n')).not.toContain(secret);
      expect(exported).not.toContain(secret);
    }
    expect(logLines.join('\n')).toContain('/api/auth/oidc/callback?[redacted]');
  });

  it('when the state sent back is not this browser’s, then no session is opened and the sign-in page says why', async () => {
    const browser = new TestBrowser();
    const { callbackUrl } = await signInAtProvider(browser, h.bff.url, 'alice');
    const forged = new URL(callbackUrl);
    forged.searchParams.set('state', 'x'.repeat(43));
    expect(await finish(browser, forged.href)).toEqual({ status: 302, location: '/sign-in?error=state_mismatch', session: undefined });
    const failed = (await audit('resourceType=session&operation=SignInFailed')).find((e) => e.error?.includes('state'));
    expect(failed).toMatchObject({ result: 'failed', actor: { name: '(unknown account)' } });
  });

  it('when the ID token carries another nonce, then the sign-in is refused', async () => {
    const browser = new TestBrowser();
    const { callbackUrl } = await signInAtProvider(browser, h.bff.url, 'alice', { tamper: (url) => url.searchParams.set('nonce', 'n'.repeat(43)) });
    expect(await finish(browser, callbackUrl)).toEqual({ status: 302, location: '/sign-in?error=invalid_response', session: undefined });
    expect((await audit('operation=SignInFailed')).map((e) => e.error)).toContainEqual(expect.stringMatching(/nonce/i));
  });

  it('when the code was issued for another PKCE challenge, then the provider refuses it and so does the console', async () => {
    const browser = new TestBrowser();
    const { callbackUrl } = await signInAtProvider(browser, h.bff.url, 'alice', { tamper: (url) => url.searchParams.set('code_challenge', 'c'.repeat(43)) });
    expect(await finish(browser, callbackUrl)).toEqual({ status: 302, location: '/sign-in?error=invalid_response', session: undefined });
    expect((await audit('operation=SignInFailed')).some((e) => /invalid_grant/.test(e.error ?? ''))).toBe(true);
  });

  it('when the person cancels at the provider, then they are back at sign-in with "cancelled"', async () => {
    const browser = new TestBrowser();
    const { callbackUrl } = await signInAtProvider(browser, h.bff.url, 'alice', { cancel: true });
    expect(new URL(callbackUrl).searchParams.get('error')).toBe('access_denied');
    expect(await finish(browser, callbackUrl)).toEqual({ status: 302, location: '/sign-in?error=cancelled', session: undefined });
  });

  it('when a callback arrives in another browser or is replayed, then it finds no sign-in to finish', async () => {
    const browser = new TestBrowser();
    const { callbackUrl } = await signInAtProvider(browser, h.bff.url, 'alice');
    // Another browser (someone who copied the URL) finds nothing, and takes nothing from the owner.
    expect(await finish(new TestBrowser(), callbackUrl)).toMatchObject({ location: '/sign-in?error=expired', session: undefined });
    expect(await finish(browser, callbackUrl)).toMatchObject({ location: '/', session: expect.any(String) });
    const again = await browser.request(callbackUrl);
    expect(again.headers.get('location')).toBe('/sign-in?error=expired');
  });

  it('when the groups map to no role, then the sign-in is refused, audited, and no account is created', async () => {
    const browser = new TestBrowser();
    const { callbackUrl } = await signInAtProvider(browser, h.bff.url, 'mallory');
    expect(await finish(browser, callbackUrl)).toEqual({ status: 302, location: '/sign-in?error=no_access', session: undefined });
    expect(await person('mallory')).toBeUndefined();
    const failed = (await audit('resourceType=session&target=mallory'))[0];
    expect(failed).toMatchObject({ operation: 'SignInFailed', error: expect.stringContaining('marketing') });
  });

  it('when the groups map to no role but a grant names one of them, then the person signs in with no global role and the grant’s permissions', async () => {
    const grant = await h.admin.request('POST', '/api/grants', {
      subject: { type: 'group', group: 'orders-test-ops' },
      role: 'operator',
      scope: { kinds: ['backend-model'], stages: ['TEST'] },
    });
    expect(grant.status, grant.text).toBe(201);
    const browser = new TestBrowser();
    const { callbackUrl } = await signInAtProvider(browser, h.bff.url, 'tess');
    expect((await finish(browser, callbackUrl)).location).toBe('/');
    const info = SessionInfo.parse((await (await clientOf(browser)).request('GET', '/api/session')).body);
    expect(info.user.role).toBe('none');
    expect(info.grants).toEqual([expect.objectContaining({ from: 'group orders-test-ops', description: 'operator on backend models in TEST of every profile' })]);
    expect((await person('tess'))?.groups).toEqual(['orders-test-ops']);
  });

  it('when the provider names a local account’s username, then that account is not taken over', async () => {
    const browser = new TestBrowser();
    const { callbackUrl } = await signInAtProvider(browser, h.bff.url, 'sneaky');
    expect(await finish(browser, callbackUrl)).toEqual({ status: 302, location: '/sign-in?error=username_taken', session: undefined });
    expect(await person('admin')).toMatchObject({ source: 'local' });
  });

  it('when the groups change at the provider, then the next sign-in refreshes groups and role, and losing them all ends access', async () => {
    const first = new TestBrowser();
    await finish(first, (await signInAtProvider(first, h.bff.url, 'carol')).callbackUrl);
    // No preferred_username: the email is the username.
    expect(await person('carol@example.com')).toMatchObject({ role: 'viewer', groups: ['portico-viewers'] });
    const carol = await clientOf(first);

    provider.people.get('carol')!.groups = ['portico-admins', 'portico-viewers'];
    const second = new TestBrowser();
    expect((await finish(second, (await signInAtProvider(second, h.bff.url, 'carol')).callbackUrl)).location).toBe('/');
    expect(await person('carol@example.com')).toMatchObject({ role: 'admin', groups: ['portico-admins', 'portico-viewers'] });
    // The session opened before sees the new role at its next request.
    expect(SessionInfo.parse((await carol.request('GET', '/api/session')).body).user.role).toBe('admin');
    const change = (await audit('resourceType=user&operation=UpdateUser&target=carol%40example.com'))[0];
    expect(change).toMatchObject({ before: { role: 'viewer' }, after: { role: 'admin', groups: ['portico-admins', 'portico-viewers'] } });

    provider.people.get('carol')!.groups = ['marketing'];
    const third = new TestBrowser();
    expect((await finish(third, (await signInAtProvider(third, h.bff.url, 'carol')).callbackUrl)).location).toBe('/sign-in?error=no_access');
    expect(await person('carol@example.com')).toMatchObject({ groups: ['marketing'] });
    expect((await carol.request('GET', '/api/session')).status).toBe(401);
  });

  it('when an admin tries to give an SSO person a password or another role, then the console says where those come from', async () => {
    const carol = await person('alice');
    const reset = await h.admin.request('PATCH', `/api/users/${carol!.id}`, { password: TEST_PASSWORD });
    expect(reset.status).toBe(409);
    expect(ErrorEnvelope.parse(reset.body).error.fields).toEqual({ password: 'SSO accounts have no password' });
    expect((await h.admin.request('PATCH', `/api/users/${carol!.id}`, { role: 'admin' })).status).toBe(409);
  });

  it('when `next` points outside the console, then the sign-in lands on the start page', async () => {
    const browser = new TestBrowser();
    const { callbackUrl } = await signInAtProvider(browser, h.bff.url, 'alice', { next: '//evil.example/x' });
    expect((await finish(browser, callbackUrl)).location).toBe('/');
  });
});

describe('requiring single sign-on', () => {
  it('when an admin requires SSO, then local non-admins are refused with a clear message, admins keep break-glass, and it is audited', async () => {
    const operator = await h.signedInAs('operator');
    expect((await operator.request('GET', '/api/settings/sign-in')).status).toBe(403);
    const on = await h.api('PUT', '/api/settings/sign-in', { requireSso: true });
    expect(SignInSettings.parse(on.body)).toEqual({ requireSso: true, oidcConfigured: true });
    expect(AuthProviders.parse((await new ApiClient(h.bff.url).request('GET', '/api/auth/providers')).body).ssoRequired).toBe(true);

    const users = UserList.parse((await h.admin.request('GET', '/api/users')).body).items;
    const local = users.find((u) => u.role === 'operator' && u.source === 'local')!;
    const refused = await new ApiClient(h.bff.url).signIn(local.username, TEST_PASSWORD);
    expect(refused.status).toBe(403);
    expect(ErrorEnvelope.parse(refused.body).error).toMatchObject({ code: 'SSO_REQUIRED', message: expect.stringMatching(/identity provider/) });
    // A wrong password still gets the ordinary answer: the SSO rule is told only to the owner.
    expect((await new ApiClient(h.bff.url).signIn(local.username, 'wrong-password-x')).status).toBe(401);
    expect((await new ApiClient(h.bff.url).signIn('admin', 'test-admin-password-1')).status).toBe(200);
    // SSO sign-in is unaffected.
    const browser = new TestBrowser();
    expect((await finish(browser, (await signInAtProvider(browser, h.bff.url, 'alice')).callbackUrl)).session).toBeDefined();

    const [event] = await audit('resourceType=settings');
    expect(event).toMatchObject({ operation: 'UpdateSignInSettings', before: { requireSso: false }, after: { requireSso: true }, result: 'succeeded' });
    expect((await audit(`resourceType=session&target=${local.username}`)).map((e) => [e.operation, e.error])).toContainEqual([
      'SignInFailed',
      expect.stringContaining('SSO required'),
    ]);

    await h.api('PUT', '/api/settings/sign-in', { requireSso: false });
    expect((await new ApiClient(h.bff.url).signIn(local.username, TEST_PASSWORD)).status).toBe(200);
  });
});

describe('without an identity provider', () => {
  it('when no provider is configured, then none is offered, its routes are 404 and SSO cannot be required', async () => {
    const plain = await startHarness();
    try {
      expect(AuthProviders.parse((await plain.api('GET', '/api/auth/providers')).body)).toEqual({ ssoRequired: false });
      expect((await plain.api('GET', '/api/auth/oidc/start')).status).toBe(404);
      const refused = await plain.api('PUT', '/api/settings/sign-in', { requireSso: true });
      expect(refused.status).toBe(409);
      expect(ErrorEnvelope.parse(refused.body).error.fields).toEqual({ requireSso: 'needs an identity provider' });
    } finally {
      await plain.close();
    }
  });
});

describe('sign-ins started from one address', () => {
  it('when an address starts more than its budget, then it is sent back to sign-in, told to wait, and nothing more is stored', async () => {
    const limited = await startHarness({ bff: { oidc: provider.settings(GROUP_ROLES), signInLimits: { windowMs: 60_000, perAddress: 2 } }, signInAdmin: false });
    try {
      const starts = [];
      for (let i = 0; i < 3; i++) starts.push(await new TestBrowser().request(`${limited.bff.url}/api/auth/oidc/start`));
      expect(starts.map((r) => new URL(r.headers.get('location') ?? '/', limited.bff.url).pathname)).toEqual(['/auth', '/auth', '/sign-in']);
      expect(starts[2]?.headers.get('location')).toBe('/sign-in?error=too_many_attempts');
    } finally {
      await limited.close();
    }
  });
});

describe('a provider that cannot be reached', () => {
  it('when discovery fails, then the sign-in page says the provider is unreachable and the next attempt tries again', async () => {
    const down = await startHarness({ bff: { oidc: provider.settings(GROUP_ROLES, { issuer: new URL('http://127.0.0.1:9/') }) }, signInAdmin: false });
    try {
      for (let i = 0; i < 2; i++) {
        const start = await new TestBrowser().request(`${down.bff.url}/api/auth/oidc/start`);
        expect(start.headers.get('location')).toBe('/sign-in?error=provider_unavailable');
      }
    } finally {
      await down.close();
    }
  });
});

describe('a fresh sign-in to approve a change (step-up through the provider)', () => {
  it('given a person who signs in through SSO, when they approve, then they must sign in again at the provider (max_age=0), and only as themselves', async () => {
    const policy = await h.admin.request('POST', '/api/change-policies', { name: 'Release review', scope: { kinds: ['backend-model'], stages: ['RELEASE'] } });
    expect(policy.status, policy.text).toBe(201);
    try {
      const author = await h.signedInAs('operator');
      const backendId = SEED.backends.catalogHttp.backendId;
      const detail = BackendDetail.parse((await author.request('GET', `/api/backends/${backendId}`)).body);
      const model = detail.models.find((m) => m.stageName === 'RELEASE')!;
      const input = {
        params: { id: backendId, stage: 'RELEASE' },
        query: {},
        body: { data: { ...model.data, ServiceTimeout: 18_000 }, clientToken: `sso-step-up-${Date.now()}` },
      };
      const opened = await author.request('POST', '/api/changes', { operation: 'modifyBackendModel', input, comment: 'Longer timeout' });
      expect(opened.status, opened.text).toBe(201);
      const requestPath = `/changes/${ChangeRequest.parse(opened.body).id}`;

      const browser = new TestBrowser();
      await finish(browser, (await signInAtProvider(browser, h.bff.url, 'alice')).callbackUrl);
      const session = browser.cookie(h.bff.url, 'portico_session');
      const alice = await clientOf(browser);
      // Signing in a moment ago is not a fresh sign-in for an approval, and there is no Portico password to type.
      const early = await alice.request('POST', `/api${requestPath}/approve`, { comment: '' });
      expect(early.status).toBe(403);
      expect(ErrorEnvelope.parse(early.body).error.code).toBe('STEP_UP_REQUIRED');
      expect((await alice.request('POST', '/api/session/step-up', { password: 'anything-at-all' })).status).toBe(409);

      // Someone else signing in at the provider in her browser does not count, and her session stays hers.
      const other = await signInAtProvider(browser, h.bff.url, 'carol', { next: requestPath, reauth: true });
      expect(await finish(browser, other.callbackUrl)).toMatchObject({ location: `${requestPath}?stepUpError=reauth_mismatch`, session });
      expect((await alice.request('POST', `/api${requestPath}/approve`, { comment: '' })).status).toBe(403);

      const again = await signInAtProvider(browser, h.bff.url, 'alice', { next: requestPath, reauth: true });
      const sent = new URL(again.authorizationUrl).searchParams;
      expect([sent.get('max_age'), sent.get('prompt')]).toEqual(['0', 'login']);
      // The provider asked for the password again although it had a session of its own.
      expect(again.loginPages).toBe(1);
      expect(await finish(browser, again.callbackUrl)).toMatchObject({ location: requestPath, session });
      const approved = await alice.request('POST', `/api${requestPath}/approve`, { comment: 'Checked' });
      expect(approved.status, approved.text).toBe(200);
      expect(ChangeRequest.parse(approved.body).timeline.find((e) => e.type === 'approved')).toMatchObject({ actor: 'alice', stepUpAt: expect.any(String) });
      expect((await audit('operation=StepUp&target=alice'))[0]).toMatchObject({ result: 'succeeded' });
    } finally {
      await h.admin.request('DELETE', `/api/change-policies/${(policy.body as { id: string }).id}`);
    }
  });
});
