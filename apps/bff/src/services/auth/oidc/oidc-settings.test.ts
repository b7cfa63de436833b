import { describe, expect, it } from 'vitest';
import { displayNameFrom, groupsFrom, roleForGroups, usernameFrom } from './claims.ts';
import { oidcSettingsFromEnv, OidcSettingsError, parseGroupRoles } from './oidc-settings.ts';

const env = { OIDC_ISSUER: 'https://login.example.com/realms/acme', OIDC_CLIENT_ID: 'portico', OIDC_CLIENT_SECRET: 'client-secret-value-xyz' };

describe('OIDC settings', () => {
  it('when only the issuer and client are given, then the documented defaults apply and the secret never prints', () => {
    const settings = oidcSettingsFromEnv(env)!;
    expect(settings).toMatchObject({ name: 'login.example.com', scopes: 'openid profile email', groupsClaim: 'groups', usernameClaim: 'preferred_username' });
    expect(JSON.stringify(settings)).not.toContain('client-secret-value-xyz');
    expect(settings.clientSecret.reveal()).toBe('client-secret-value-xyz');
  });

  it('when no issuer is set, then there is no provider', () => {
    expect(oidcSettingsFromEnv({ OIDC_CLIENT_ID: 'x' })).toBeUndefined();
  });

  it('when a setting cannot work, then the start is refused with a line that names it', () => {
    expect(() => oidcSettingsFromEnv({ OIDC_ISSUER: 'https://x.example' })).toThrow(/OIDC_CLIENT_ID and OIDC_CLIENT_SECRET/);
    expect(() => oidcSettingsFromEnv({ ...env, OIDC_ISSUER: 'http://login.example.com' })).toThrow(/https/);
    expect(oidcSettingsFromEnv({ ...env, OIDC_ISSUER: 'http://127.0.0.1:9000' })?.issuer.href).toBe('http://127.0.0.1:9000/');
    expect(() => oidcSettingsFromEnv({ ...env, OIDC_GROUP_ROLES: 'ops=root' })).toThrow(OidcSettingsError);
  });

  it('when scopes leave out openid, then it is added', () => {
    expect(oidcSettingsFromEnv({ ...env, OIDC_SCOPES: 'profile groups' })?.scopes).toBe('openid profile groups');
  });

  it('when groups map to roles, then the highest wins and a group named twice keeps its highest', () => {
    const map = parseGroupRoles('ops=operator, cn=admins=admin,auditors=viewer,ops=viewer');
    expect([...map]).toEqual([
      ['ops', 'operator'],
      ['cn=admins', 'admin'],
      ['auditors', 'viewer'],
    ]);
    expect(() => parseGroupRoles('cn=admins')).toThrow(OidcSettingsError);
    const roles = parseGroupRoles('portico-admins=admin,ops=operator,auditors=viewer');
    expect(roleForGroups(['auditors', 'ops'], roles)).toBe('operator');
    expect(roleForGroups(['marketing'], roles)).toBeUndefined();
  });
});

describe('claims', () => {
  it('when the username claim is missing or unfit, then email is used, else nothing', () => {
    expect(usernameFrom({ preferred_username: 'Alice', email: 'a@x.io' }, 'preferred_username')).toBe('alice');
    expect(usernameFrom({ preferred_username: 'has space', email: 'a@x.io' }, 'preferred_username')).toBe('a@x.io');
    expect(usernameFrom({ name: 'No Name' }, 'preferred_username')).toBeUndefined();
  });

  it('when groups come as one string or with junk, then a clean, bounded list is kept', () => {
    expect(groupsFrom({ groups: 'ops' }, 'groups')).toEqual(['ops']);
    expect(groupsFrom({ groups: ['ops', 3, '', 'ops', 'x'.repeat(300), 'dev'] }, 'groups')).toEqual(['ops', 'dev']);
    expect(groupsFrom({}, 'groups')).toEqual([]);
  });

  it('when the name holds markup or control characters, then they are dropped', () => {
    expect(displayNameFrom({ name: '<b>Alice</b>\u0007' }, 'alice')).toBe('bAlice/b');
    expect(displayNameFrom({}, 'alice')).toBe('alice');
  });
});
