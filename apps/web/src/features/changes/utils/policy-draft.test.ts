import { describe, expect, it } from 'vitest';
import { ChangePolicyInput, type ChangePolicy } from '@portico/contracts/changes';
import { draftOf, emptyDraft, inputOf } from './policy-draft';

const stored: ChangePolicy = {
  id: 'p1',
  name: 'Release ACLs',
  description: 'Widening in production',
  scope: { profiles: ['prod'], kinds: ['ip-control'], tags: { team: 'orders' } },
  when: { aclWiderThanIpv4Prefix: 16, aclWiderThanIpv6Prefix: 48 },
  approvals: 2,
  approverRole: 'admin',
  approverGroups: ['sre'],
  expiresAfterHours: 24,
  windows: [{ days: [2], from: '22:00', to: '02:00', timeZone: 'Asia/Shanghai' }],
  webhook: { host: 'oapi.dingtalk.com', format: 'dingtalk' },
  source: 'console',
  createdAt: '2026-12-01T00:00:00Z',
};

describe('policy drafts', () => {
  it('given a stored policy, when it is edited and saved, then what the form does not show is kept and the webhook URL stays server-side', () => {
    const input = ChangePolicyInput.parse(inputOf({ ...draftOf(stored), approvals: 3 }, stored));
    expect(input).toMatchObject({
      approvals: 3,
      scope: { profiles: ['prod'], kinds: ['ip-control'], tags: { team: 'orders' } },
      when: { aclWiderThanIpv4Prefix: 16, aclWiderThanIpv6Prefix: 48 },
      windows: stored.windows,
      approverGroups: ['sre'],
      expiresAfterHours: 24,
      webhook: { url: '', format: 'dingtalk' },
    });
  });

  it('when a condition is turned off in the form, then it is off in the input, not carried over', () => {
    const input = ChangePolicyInput.parse(inputOf({ ...draftOf(stored), widerThan: '' }, stored));
    expect(input.when.aclWiderThanIpv4Prefix).toBeUndefined();
  });

  it('given a new policy with empty numbers, then the contract names the fields', () => {
    const parsed = ChangePolicyInput.safeParse(inputOf({ ...emptyDraft, approvals: 9 }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['name', 'approvals']));
  });
});
