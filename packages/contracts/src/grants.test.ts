import { describe, expect, it } from 'vitest';
import { describeGrant, grantAllows, GrantInput, grantsOf, type Grant } from './grants.ts';

const grant = (role: Grant['role'], scope: Grant['scope'], subject: Grant['subject'] = { type: 'group', group: 'orders' }): Grant => ({
  id: 'g',
  subject,
  role,
  scope,
  source: 'console',
  createdAt: '2026-12-03T00:00:00Z',
});

describe('grants', () => {
  const ordersTestOperator = grant('operator', { profiles: ['alibaba-prod'], kinds: ['backend-model'], stages: ['TEST', 'PRE'], tags: { team: 'orders' } });

  it('when a change is inside every part of the scope, then it is allowed', () => {
    expect(
      grantAllows(ordersTestOperator, {
        need: 'change',
        profile: 'alibaba-prod',
        kind: 'backend-model',
        name: 'orders-api',
        tags: { team: 'orders', env: 'x' },
        stage: 'TEST',
      }),
    ).toBe(true);
  });

  it.each([
    ['another profile', { profile: 'alibaba-dev' }],
    ['another kind', { kind: 'ip-control' as const }],
    ['another stage', { stage: 'RELEASE' as const }],
    ['another team’s tag', { tags: { team: 'identity' } }],
    ['no tags at all', { tags: {} }],
  ])('when the change is in %s, then it is refused', (_label, change) => {
    const request = {
      need: 'change' as const,
      profile: 'alibaba-prod',
      kind: 'backend-model' as const,
      name: 'orders-api',
      tags: { team: 'orders' },
      stage: 'TEST' as const,
      ...change,
    };
    expect(grantAllows(ordersTestOperator, request)).toBe(false);
  });

  it('when a role is too low for what is asked, then it is refused whatever the scope', () => {
    expect(grantAllows(grant('viewer', {}), { need: 'change' })).toBe(false);
    expect(grantAllows(grant('operator', {}), { need: 'admin' })).toBe(false);
    expect(grantAllows(grant('admin', {}), { need: 'change', profile: 'any' })).toBe(true);
  });

  it('when names are given as exact names or a prefix with *, then only those match', () => {
    const named = grant('operator', { names: ['orders-*', 'billing'] });
    expect(grantAllows(named, { need: 'change', name: 'orders-eu', tags: {} })).toBe(true);
    expect(grantAllows(named, { need: 'change', name: 'billing', tags: {} })).toBe(true);
    expect(grantAllows(named, { need: 'change', name: 'billing-2', tags: {} })).toBe(false);
  });

  it('when a person is in groups, then their grants are their own and their groups’', () => {
    const mine = grant('viewer', {}, { type: 'user', username: 'ana' });
    const all = [mine, ordersTestOperator, grant('admin', {}, { type: 'group', group: 'platform' })];
    expect(grantsOf(all, { username: 'ana', groups: ['orders'] })).toEqual([mine, ordersTestOperator]);
  });

  it('when a grant is described, then it reads as a sentence', () => {
    expect(describeGrant(ordersTestOperator)).toBe('operator on backend models in TEST and PRE of profile alibaba-prod tagged team=orders');
    expect(describeGrant(grant('viewer', {}))).toBe('viewer on every resource of every profile');
  });

  it('when a grant is written wrong, then the fields say what is expected', () => {
    const result = GrantInput.safeParse({ subject: { type: 'group', group: '' }, role: 'owner', scope: { names: ['a*b'], tags: { 'te=am': 'x' }, stages: [] } });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['subject.group', 'role', 'scope.names.0', 'scope.stages']));
  });
});
