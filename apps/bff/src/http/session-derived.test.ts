import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { User } from '@portico/contracts/auth';
import { Grant, type EffectiveGrant } from '@portico/contracts/grants';
import { routes } from '@portico/contracts/routes';
import { ApiClient } from '../testing/client.ts';
import { startHarness, TEST_PASSWORD, type Harness } from '../testing/harness.ts';
import type { UserRow } from '../services/auth/user-store.ts';
import { derivedPeople } from './auth.ts';

const LIST = '/api/vpc-authorizations?pageSize=1';
let counter = 0;

describe('a session’s person and permissions, kept between requests', () => {
  const row = (role: string): UserRow =>
    ({ id: 'u1', username: 'ana', displayName: 'Ana', role, authSource: 'local', locale: null, groups: [], disabled: false, mustChangePassword: false }) as unknown as UserRow;
  const grants = (): Grant[] => [];

  it('when neither the user row nor the grants list was replaced, then the kept result is reused; when either was, then it is derived again', async () => {
    let list = grants();
    let walks = 0;
    const access = {
      current: async () => list,
      effectiveIn: (person: { role: string }): EffectiveGrant[] => {
        walks += 1;
        return [{ role: person.role as EffectiveGrant['role'], scope: {}, from: 'global role', description: person.role }];
      },
    };
    const personOf = derivedPeople(access);
    const viewer = row('viewer');
    const first = await personOf(viewer);
    expect(await personOf(viewer)).toBe(first);
    expect(walks).toBe(1);

    list = grants(); // the grant store re-read or changed: a new list
    const afterGrants = await personOf(viewer);
    expect(afterGrants).not.toBe(first);
    expect(walks).toBe(2);

    const operator = row('operator'); // the session cache re-read the person (a new role)
    const afterRole = await personOf(operator);
    expect(afterRole.user.role).toBe('operator');
    expect(afterRole.permissions.grants[0]?.role).toBe('operator');
    expect(walks).toBe(3);
    expect(Object.isFrozen(afterRole.user)).toBe(true);
  });
});

describe('kept session data never outlives a change (the running BFF)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  async function person(role: string): Promise<{ client: ApiClient; id: string; username: string }> {
    const username = `kept-${++counter}-${Date.now()}`;
    const created = await h.admin.request(routes.createUser.method, routes.createUser.path, { username, displayName: 'Kept person', role, password: TEST_PASSWORD });
    expect(created.status, created.text).toBe(201);
    const client = new ApiClient(h.bff.url);
    expect((await client.signIn(username, TEST_PASSWORD)).status).toBe(200);
    return { client, id: User.parse(created.body).id, username };
  }

  /** A few reads, so whatever is kept for the session is warm before the change. */
  const warm = async (client: ApiClient, status: number) => {
    for (let i = 0; i < 3; i++) expect((await client.request('GET', LIST)).status).toBe(status);
  };

  it('when a person’s grant is removed or given, then their very next request follows it', async () => {
    const { client, username } = await person('none');
    await warm(client, 403);
    const created = await h.admin.request('POST', '/api/grants', { subject: { type: 'user', username }, role: 'viewer', scope: { kinds: ['vpc-authorization'] } });
    expect(created.status, created.text).toBe(201);
    await warm(client, 200);
    expect((await h.admin.request('DELETE', `/api/grants/${Grant.parse(created.body).id}`)).status).toBe(200);
    expect((await client.request('GET', LIST)).status).toBe(403);
  });

  it('when a person’s role changes, then their very next request follows it', async () => {
    const { client, id } = await person('viewer');
    await warm(client, 200);
    expect((await h.admin.request('PATCH', `/api/users/${id}`, { role: 'none' })).status).toBe(200);
    expect((await client.request('GET', LIST)).status).toBe(403);
    expect((await h.admin.request('PATCH', `/api/users/${id}`, { role: 'viewer' })).status).toBe(200);
    expect((await client.request('GET', LIST)).status).toBe(200);
    expect((await client.request('GET', routes.getSession.path)).body).toMatchObject({ user: { role: 'viewer' } });
  });

  it('when a session is signed out or its person disabled, then the kept session is not used again', async () => {
    const signedOut = await person('viewer');
    await warm(signedOut.client, 200);
    const cookie = signedOut.client.cookie;
    expect((await signedOut.client.request(routes.signOut.method, routes.signOut.path)).status).toBe(200);
    signedOut.client.cookie = cookie;
    expect((await signedOut.client.request('GET', LIST)).status).toBe(401);

    const disabled = await person('viewer');
    await warm(disabled.client, 200);
    expect((await h.admin.request('PATCH', `/api/users/${disabled.id}`, { disabled: true })).status).toBe(200);
    expect((await disabled.client.request('GET', LIST)).status).toBe(401);
  });
});
