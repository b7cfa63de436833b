import { describe, expect, it } from 'vitest';
import { checkGrantForm, emptyGrantForm, fromGrant } from './grant-form';

describe('the grant editor', () => {
  it('when filled in, then it becomes the contract’s grant, empty lists left out', () => {
    const checked = checkGrantForm({ ...emptyGrantForm, subject: 'orders-ops', role: 'operator', kinds: ['backend-model'], stages: ['TEST', 'PRE'], tags: ['team=orders'] });
    expect(checked.input).toEqual({
      subject: { type: 'group', group: 'orders-ops' },
      role: 'operator',
      scope: { kinds: ['backend-model'], stages: ['TEST', 'PRE'], tags: { team: 'orders' } },
    });
  });

  it('when a grant is opened again, then the editor shows what it holds', () => {
    const grant = {
      id: 'g',
      subject: { type: 'user' as const, username: 'ana' },
      role: 'viewer' as const,
      scope: { names: ['orders-*'], tags: { env: 'prod' } },
      source: 'console' as const,
      createdAt: '2026-12-03T00:00:00Z',
    };
    expect(fromGrant(grant)).toMatchObject({ subjectType: 'user', subject: 'ana', names: ['orders-*'], tags: ['env=prod'] });
    expect(checkGrantForm(fromGrant(grant)).input).toEqual({ subject: grant.subject, role: grant.role, scope: grant.scope });
  });

  it('when fields are wrong, then each field gets the contract’s message', () => {
    expect(checkGrantForm({ ...emptyGrantForm, subject: '' }).errors).toEqual({ subject: 'is required' });
    expect(checkGrantForm({ ...emptyGrantForm, subject: 'x', names: ['a*b'] }).errors).toEqual({ names: 'may end in * and hold no other *' });
    expect(checkGrantForm({ ...emptyGrantForm, subject: 'x', tags: ['team'] }).errors).toEqual({ tags: '"team" must be written key=value' });
    expect(checkGrantForm({ ...emptyGrantForm, subject: 'x', tags: ['te,am=x'] }).errors?.tags).toBe('must not contain = * < > \\ , | /');
  });
});
