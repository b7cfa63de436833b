import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionInfo } from '@portico/contracts/auth';
import { ErrorEnvelope } from '@portico/contracts/errors';
import { routes } from '@portico/contracts/routes';
import { ApiClient } from '../testing/client.ts';
import { startHarness, TEST_PASSWORD, type Harness } from '../testing/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const { method, path } = routes.updateSessionPreferences;

describe('the console language kept on the account', () => {
  it('when a person chooses zh-CN, then the answer and every later session of theirs carry it, and null goes back to following the browser', async () => {
    const viewer = await h.signedInAs('viewer');
    const before = SessionInfo.parse((await viewer.request('GET', '/api/session')).body);
    expect(before.user.locale).toBeNull();

    const chosen = await viewer.request(method, path, { locale: 'zh-CN' });
    expect(chosen.status).toBe(200);
    expect(SessionInfo.parse(chosen.body).user.locale).toBe('zh-CN');
    expect(SessionInfo.parse((await viewer.request('GET', '/api/session')).body).user.locale).toBe('zh-CN');

    // Another browser of the same person: signed in, the language is already theirs.
    const elsewhere = new ApiClient(h.bff.url);
    const signedIn = await elsewhere.signIn(before.user.username, TEST_PASSWORD);
    expect(SessionInfo.parse(signedIn.body).user.locale).toBe('zh-CN');

    const cleared = await viewer.request(method, path, { locale: null });
    expect(SessionInfo.parse(cleared.body).user.locale).toBeNull();
  });

  it('when the locale is not one the console has, then 400 with the field named, and nothing changes', async () => {
    const viewer = await h.signedInAs('viewer');
    const refused = await viewer.request(method, path, { locale: 'fr' });
    expect(refused.status).toBe(400);
    expect(ErrorEnvelope.parse(refused.body).error.fields).toHaveProperty('locale');
    expect(SessionInfo.parse((await viewer.request('GET', '/api/session')).body).user.locale).toBeNull();
  });

  it('when nobody is signed in, then 401', async () => {
    expect((await new ApiClient(h.bff.url).request(method, path, { locale: 'en' })).status).toBe(401);
  });
});
