import { describe, expect, it } from 'vitest';
import { effectiveGrants, type Grant } from '@portico/contracts/grants';
import { deniedReason } from './roles';

const grant = (role: Grant['role'], scope: Grant['scope']): Grant => ({
  id: 'g1',
  subject: { type: 'user', username: 'ana' },
  role,
  scope,
  source: 'console',
  createdAt: '2026-12-03T00:00:00Z',
});
const person = (role: 'none' | 'viewer' | 'operator' | 'admin', grants: Grant[] = []) => effectiveGrants({ username: 'ana', groups: [], role }, grants);

describe('deniedReason', () => {
  it('when the global role may, then there is no reason', () => {
    expect(deniedReason(person('viewer'), 'read', { kind: 'backend-model' })).toBeUndefined();
    expect(deniedReason(person('operator'), 'change', { kind: 'ip-control', name: 'x' })).toBeUndefined();
    expect(deniedReason(person('admin'), 'admin')).toBeUndefined();
  });

  it('when a viewer would change something, then it names the grant that would allow it and whom to ask', () => {
    expect(deniedReason(person('viewer'), 'change', { kind: 'vpc-authorization', name: 'vpc-a', profile: 'alibaba-prod' })).toBe(
      'This needs operator on vpc authorizations named vpc-a of profile alibaba-prod. Ask an admin for it.',
    );
  });

  it('when an operator scoped to TEST looks at RELEASE, then the reason names the RELEASE grant', () => {
    const grants = person('none', [grant('operator', { kinds: ['backend-model'], stages: ['TEST'] })]);
    expect(deniedReason(grants, 'change', { kind: 'backend-model', stage: 'TEST' })).toBeUndefined();
    expect(deniedReason(grants, 'change', { kind: 'backend-model', stage: 'RELEASE' })).toBe(
      'This needs operator on backend models in RELEASE of every profile. Ask an admin for it.',
    );
  });

  it('when someone who is not a global admin would manage people, then it names the global admin grant', () => {
    expect(deniedReason(person('operator'), 'admin')).toBe('This needs admin on every resource of every profile. Ask an admin for it.');
    expect(deniedReason(person('none', [grant('admin', { kinds: ['ip-control'] })]), 'admin')).toBe(
      'This needs admin on every resource of every profile. Ask an admin for it.',
    );
  });

  it('when nobody is signed in, then only public things are allowed; Portico’s own pages need only a sign-in', () => {
    expect(deniedReason(undefined, 'public')).toBeUndefined();
    expect(deniedReason(undefined, 'read')).toBe('Sign in to continue.');
    expect(deniedReason(person('none'), 'read')).toBeUndefined();
  });
});
