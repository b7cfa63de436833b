import { describe, expect, it } from 'vitest';
import { AUDIT_SECRET_CHANGED, AUDIT_SECRET_MASK } from '@portico/contracts/audit-secrets';
import { redactChange, redactSecrets } from './redact.ts';

const nacos = (password: string) => ({ DiscoveryConfig: { NacosConfig: { ServerAddress: 'nacos:8848', Password: password, UserName: 'svc' } } });

describe('redactChange', () => {
  it('when a secret is rotated, then the after side says changed and neither value is kept', () => {
    const { before, after } = redactChange({ before: nacos('old-secret-1'), after: nacos('new-secret-2') });
    expect(before).toEqual(nacos(AUDIT_SECRET_MASK));
    expect(after).toEqual(nacos(AUDIT_SECRET_CHANGED));
    expect(JSON.stringify({ before, after })).not.toMatch(/secret-[12]/);
  });

  it('when a secret stays the same, then both sides show the same mask', () => {
    const { before, after } = redactChange({ before: nacos('same'), after: nacos('same') });
    expect(after).toEqual(before);
    expect(after).toEqual(nacos(AUDIT_SECRET_MASK));
  });

  it('when a secret is set where there was none, then it is masked (added, not changed)', () => {
    const { after } = redactChange({ before: { a: 1 }, after: { a: 1, token: 't0k3n' } });
    expect(after).toEqual({ a: 1, token: AUDIT_SECRET_MASK });
  });

  it('when secrets sit in lists, then each is compared with the one at the same place', () => {
    const { after } = redactChange({ before: { keys: [{ secret: 'a' }, { secret: 'b' }] }, after: { keys: [{ secret: 'a' }, { secret: 'c' }] } });
    expect(after).toEqual({ keys: [{ secret: AUDIT_SECRET_MASK }, { secret: AUDIT_SECRET_CHANGED }] });
  });

  it('when there is no state before, then nothing is marked changed', () => {
    expect(redactChange({ before: null, after: nacos('x') })).toEqual({ before: null, after: nacos(AUDIT_SECRET_MASK) });
    expect(redactSecrets({ password: '' })).toEqual({ password: '' });
  });
});
