import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditList } from '@portico/contracts/audit';
import { SessionInfo } from '@portico/contracts/auth';
import { ErrorEnvelope } from '@portico/contracts/errors';
import { CreatedToken, TokenList } from '@portico/contracts/tokens';
import { VpcAuthorizationList } from '@portico/contracts/vpc-authorizations';
import { ApiClient } from '../testing/client.ts';
import { startHarness, type Harness } from '../testing/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const codeOf = (body: unknown) => ErrorEnvelope.parse(body).error.code;

/** A script: no cookie, no CSRF token, only the bearer value. */
const bearer = (token: string) => Object.assign(new ApiClient(h.bff.url), { defaultHeaders: { authorization: `Bearer ${token}` } });

async function makeToken(client: ApiClient, body: Record<string, unknown>): Promise<CreatedToken> {
  const response = await client.request('POST', '/api/tokens', body);
  expect(response.status, response.text).toBe(201);
  return CreatedToken.parse(response.body);
}

const idleAuthorization = async (client: ApiClient) =>
  VpcAuthorizationList.parse((await client.request('GET', '/api/vpc-authorizations?pageSize=100')).body).items.find((a) => (a.boundApiCount ?? 0) === 0)!;

describe('personal API tokens', () => {
  it('when a token is made, then its value is shown once, works without cookie or CSRF token, and is listed without it', async () => {
    const operator = await h.signedInAs('operator');
    const created = await makeToken(operator, { name: 'deploy-bot', expiresInDays: 30 });
    expect(created.token).toMatch(/^ptc_[A-Za-z0-9_-]{43}$/);
    expect(created).toMatchObject({ name: 'deploy-bot', access: 'full' });

    const script = bearer(created.token);
    expect((await script.request('GET', '/api/vpc-authorizations')).status).toBe(200);
    const listed = await operator.request('GET', '/api/tokens');
    expect(TokenList.parse(listed.body).items.map((t) => t.name)).toEqual(['deploy-bot']);
    expect(listed.text).not.toContain(created.token);
    expect(TokenList.parse((await operator.request('GET', '/api/tokens')).body).items[0]?.lastUsedAt).toBeDefined();
  });

  it('when a change is made with a token, then it is audited under the owner and names the token', async () => {
    const operator = await h.signedInAs('operator');
    const me = SessionInfo.parse((await operator.request('GET', '/api/session')).body).user.username;
    const { token } = await makeToken(operator, { name: 'ci-pipeline', expiresInDays: 1 });
    const target = await idleAuthorization(operator);
    const put = await bearer(token).request('PUT', `/api/vpc-authorizations/${encodeURIComponent(target.name)}`, {
      vpcId: target.vpcId,
      instanceId: target.instanceId,
      port: target.port + 1,
      needBatchWork: false,
    });
    expect(put.status, put.text).toBe(200);
    const [event] = AuditList.parse((await h.admin.request('GET', `/api/audit?target=${encodeURIComponent(target.name)}`)).body).items;
    expect(event).toMatchObject({ actor: { name: me }, via: 'token:ci-pipeline', result: 'succeeded' });
  });

  it('when a token is read-only, then it reads and every change is refused', async () => {
    const operator = await h.signedInAs('operator');
    const { token } = await makeToken(operator, { name: 'dashboard', expiresInDays: 7, access: 'read' });
    const script = bearer(token);
    expect((await script.request('GET', '/api/vpc-authorizations')).status).toBe(200);
    const target = await idleAuthorization(operator);
    const put = await script.request('PUT', `/api/vpc-authorizations/${encodeURIComponent(target.name)}`, { vpcId: target.vpcId, instanceId: target.instanceId, port: 81 });
    expect(put.status).toBe(403);
    expect(ErrorEnvelope.parse(put.body).error.message).toBe('The token "dashboard" is read-only.');
  });

  it('when a token is revoked, or its owner disabled, then it is refused', async () => {
    const operator = await h.signedInAs('operator');
    const me = SessionInfo.parse((await operator.request('GET', '/api/session')).body).user;
    const first = await makeToken(operator, { name: 'one', expiresInDays: 7 });
    const second = await makeToken(operator, { name: 'two', expiresInDays: 7 });
    expect((await operator.request('DELETE', `/api/tokens/${first.id}`)).status).toBe(200);
    const revoked = await bearer(first.token).request('GET', '/api/vpc-authorizations');
    expect(revoked.status).toBe(401);
    expect(codeOf(revoked.body)).toBe('UNAUTHENTICATED');
    expect((await bearer(second.token).request('GET', '/api/vpc-authorizations')).status).toBe(200);
    expect((await h.admin.request('PATCH', `/api/users/${me.id}`, { disabled: true })).status).toBe(200);
    expect((await bearer(second.token).request('GET', '/api/vpc-authorizations')).status).toBe(401);
  });

  it('when a token has expired, then it is refused', async () => {
    const operator = await h.signedInAs('operator');
    const { token, id } = await makeToken(operator, { name: 'short-lived', expiresInDays: 1 });
    expect((await bearer(token).request('GET', '/api/vpc-authorizations')).status).toBe(200);
    // The clock cannot be moved for the database: move the token's end into the past instead.
    await h.bff.database.db.execute(`update api_tokens set expires_at = now() - interval '1 second' where id = '${id}'`);
    expect((await bearer(token).request('GET', '/api/vpc-authorizations')).status).toBe(401);
  });

  it('when a token asks to manage tokens or sessions, then it needs a browser session', async () => {
    const operator = await h.signedInAs('operator');
    const { token } = await makeToken(operator, { name: 'greedy', expiresInDays: 7 });
    const script = bearer(token);
    for (const [method, path, body] of [
      ['POST', '/api/tokens', { name: 'another', expiresInDays: 7 }],
      ['GET', '/api/tokens', undefined],
      ['DELETE', '/api/session', undefined],
    ] as const) {
      const response = await script.request(method, path, body);
      expect(response.status, path).toBe(403);
    }
  });

  it('when someone else’s token is revoked, then only an admin may; admins list everyone’s', async () => {
    const owner = await h.signedInAs('operator');
    const other = await h.signedInAs('operator');
    const { id } = await makeToken(owner, { name: 'owned', expiresInDays: 7 });
    expect((await other.request('DELETE', `/api/tokens/${id}`)).status).toBe(404);
    expect((await other.request('GET', '/api/tokens?owner=all')).status).toBe(403);
    const all = TokenList.parse((await h.admin.request('GET', '/api/tokens?owner=all')).body);
    expect(all.items.some((t) => t.id === id)).toBe(true);
    expect((await h.admin.request('DELETE', `/api/tokens/${id}`)).status).toBe(200);
    const audit = AuditList.parse((await h.admin.request('GET', '/api/audit?resourceType=api-token&target=owned')).body).items;
    expect(audit.map((e) => e.operation)).toEqual(['RevokeToken', 'CreateToken']);
  });

  it('when a token is asked for with bad input, then 400 with field messages', async () => {
    const operator = await h.signedInAs('operator');
    const response = await operator.request('POST', '/api/tokens', { name: '', expiresInDays: 400, access: 'write' });
    expect(response.status).toBe(400);
    expect(ErrorEnvelope.parse(response.body).error.fields).toMatchObject({ name: 'is required', expiresInDays: 'must be 1 to 365 days' });
  });
});
