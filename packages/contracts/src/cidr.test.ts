import { describe, expect, it } from 'vitest';
import { analyseAcrossItems, analyseCidrs, isWideBlock, parseCidr, splitCidrText } from './cidr.ts';
import { fieldMessages } from './errors.ts';
import { setValidationTranslator } from './messages.ts';
import { CidrList, PolicyItemInput, policyItemInputFor } from './ip-controls.ts';

const errorsOf = (input: unknown, schema = PolicyItemInput) => {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldMessages(result.error);
};

describe('parseCidr', () => {
  it.each([
    ['10.0.0.1', 'ipv4', 32],
    ['10.0.0.0/8', 'ipv4', 8],
    ['0.0.0.0/0', 'ipv4', 0],
    ['192.168.1.1/32', 'ipv4', 32],
    ['2001:db8::1', 'ipv6', 128],
    ['2001:db8::/32', 'ipv6', 32],
    ['::/0', 'ipv6', 0],
    ['2001:db8::1/128', 'ipv6', 128],
    ['  172.16.0.0/12  ', 'ipv4', 12],
  ])('when %s, then a %s block of /%i', (text, kind, prefix) => {
    expect(parseCidr(text)).toMatchObject({ kind, prefix });
  });

  it.each(['10.0.0.0/33', '2001:db8::/129', '256.1.1.1', '10.0.0', '10.0.0.0/', '10.0.0.0/-1', '10.0.0.0/8/8', 'fe80::1%eth0', '010.0.0.1', '0x0a.0.0.1', 'example.com', ''])(
    'when %s, then not valid',
    (text) => {
      expect(parseCidr(text)).toBeUndefined();
    },
  );

  it('when host bits are set, then the network is what the cloud reads', () => {
    expect(parseCidr('10.0.0.1/24')).toMatchObject({ network: '10.0.0.0', hostBitsSet: true });
    expect(parseCidr('10.0.0.0/24')?.hostBitsSet).toBe(false);
    expect(parseCidr('2001:db8::1/64')).toMatchObject({ network: '2001:db8::', hostBitsSet: true });
  });
});

describe('CidrList', () => {
  const ten = Array.from({ length: 10 }, (_, i) => `10.0.${i}.0/24`);

  it('when 10 entries, then valid; 11 is refused with the limit', () => {
    expect(CidrList.safeParse(ten).success).toBe(true);
    expect(errorsOf({ cidrs: [...ten, '10.0.10.0/24'] })).toEqual({ cidrs: 'may hold at most 10 IP addresses or CIDR blocks' });
  });

  it('when empty, then refused', () => {
    expect(errorsOf({ cidrs: [] })).toEqual({ cidrs: 'needs at least one IP address or CIDR block' });
  });

  it('when an entry is bad, then the message names the entry and its position', () => {
    expect(errorsOf({ cidrs: ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.0/33'] })).toEqual({ 'cidrs.3': '10.0.0.0/33 is not a valid CIDR block' });
    expect(errorsOf({ cidrs: ['300.1.1.1'] })).toEqual({ 'cidrs.0': '300.1.1.1 is not a valid IP address' });
  });

  it('when whitespace surrounds an entry, then it is trimmed', () => {
    expect(PolicyItemInput.parse({ cidrs: [' 10.0.0.1 ', '\t2001:db8::/48'] }).cidrs).toEqual(['10.0.0.1', '2001:db8::/48']);
  });

  it('when the same network appears twice (even written differently), then the second is refused', () => {
    expect(errorsOf({ cidrs: ['10.0.0.0/24', '10.0.0.7/24'] })).toEqual({ 'cidrs.1': '10.0.0.7/24 repeats entry 1' });
    expect(errorsOf({ cidrs: ['2001:db8::1', '2001:0db8:0:0::1'] })).toEqual({ 'cidrs.1': '2001:0db8:0:0::1 repeats entry 1' });
  });
});

describe('AppId', () => {
  it('when on an ALLOW list, then kept; on a REFUSE list, then refused with the reason', () => {
    expect(policyItemInputFor('ALLOW').parse({ cidrs: ['10.0.0.1'], appId: '123' }).appId).toBe('123');
    expect(errorsOf({ cidrs: ['10.0.0.1'], appId: '123' }, policyItemInputFor('REFUSE') as unknown as typeof PolicyItemInput).appId).toMatch(/only applies to ALLOW/);
    expect(policyItemInputFor('REFUSE').safeParse({ cidrs: ['10.0.0.1'], appId: '' }).success).toBe(true);
  });
  it('when not digits, then refused', () => {
    expect(errorsOf({ cidrs: ['10.0.0.1'], appId: 'abc' }).appId).toMatch(/application id/);
  });
});

describe('analyseCidrs', () => {
  it('when one block contains another, then a warning names both', () => {
    expect(analyseCidrs(['10.0.0.0/8', '10.1.2.0/24'])).toEqual([
      { kind: 'contains', rows: [0, 1], key: 'cidrContains', params: { entry: '10.0.0.0/8', other: '10.1.2.0/24' }, message: '10.0.0.0/8 already contains 10.1.2.0/24' },
    ]);
    expect(analyseCidrs(['10.1.2.3', '10.1.0.0/16'])[0]).toMatchObject({ kind: 'contains', rows: [1, 0] });
  });
  it('when IPv4 and IPv6 mix, then they never overlap', () => {
    expect(analyseCidrs(['0.0.0.0/0', '::/0'])).toEqual([]);
  });
  it('when host bits are set, then a hint says what it means', () => {
    expect(analyseCidrs(['10.0.0.1/24'])).toEqual([
      { kind: 'host-bits', rows: [0], key: 'cidrHostBits', params: { entry: '10.0.0.1/24', network: '10.0.0.0/24' }, message: '10.0.0.1/24 means 10.0.0.0/24' },
    ]);
  });
  it('when the same network is written twice, then the later one is keyed as repeating the first', () => {
    expect(analyseCidrs(['10.0.0.0/24', '10.0.0.0/24'])[0]).toMatchObject({ kind: 'duplicate', key: 'cidrDuplicate', params: { entry: '10.0.0.0/24', other: '10.0.0.0/24' } });
  });
  it('when a translator is in force (the SPA), then the text is in its language and the key stays the same', () => {
    setValidationTranslator((key, params) => `${key}|${Object.values(params).join(',')}`);
    try {
      expect(analyseCidrs(['10.0.0.0/8', '10.1.2.0/24'])[0]).toMatchObject({ key: 'cidrContains', message: 'cidrContains|10.0.0.0/8,10.1.2.0/24' });
    } finally {
      setValidationTranslator(undefined);
    }
  });
});

describe('helpers', () => {
  it('when pasting with ; , spaces and new lines, then one entry each', () => {
    expect(splitCidrText('10.0.0.1;10.0.0.2, 10.0.0.3\n10.0.0.4\t 2001:db8::1;;')).toEqual(['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4', '2001:db8::1']);
  });
  it('when a block is /8 or wider, then it is wide', () => {
    expect(isWideBlock('0.0.0.0/0')).toBe(true);
    expect(isWideBlock('10.0.0.0/8')).toBe(true);
    expect(isWideBlock('10.0.0.0/9')).toBe(false);
    expect(isWideBlock('::/0')).toBe(true);
    expect(isWideBlock('10.0.0.1')).toBe(false);
  });
});

describe('analyseAcrossItems', () => {
  const others = [
    { id: 'P1', cidrs: ['10.0.0.0/8', '192.0.2.1'] },
    { id: 'P2', cidrs: ['10.0.0.0/8', '2001:db8::/32'] },
  ];

  it("when an entry repeats, sits inside or contains another item's entry, then each is said once, naming the item", () => {
    const findings = analyseAcrossItems(['10.1.0.0/16', '192.0.2.1', '2001:db8:1::/48', '0.0.0.0/0', 'not an address'], others);
    expect(findings.map((f) => [f.row, f.kind, f.message])).toEqual([
      [0, 'inside', '10.1.0.0/16 is inside 10.0.0.0/8 of policy item P1'],
      [0, 'inside', '10.1.0.0/16 is inside 10.0.0.0/8 of policy item P2'],
      [1, 'duplicate', '192.0.2.1 is already in policy item P1'],
      [2, 'inside', '2001:db8:1::/48 is inside 2001:db8::/32 of policy item P2'],
      [3, 'contains', '0.0.0.0/0 contains 10.0.0.0/8 of policy item P1'],
      [3, 'contains', '0.0.0.0/0 contains 192.0.2.1 of policy item P1'],
      [3, 'contains', '0.0.0.0/0 contains 10.0.0.0/8 of policy item P2'],
    ]);
  });

  it('when the same entry is typed twice, then the finding about the other item is not repeated', () => {
    const findings = analyseAcrossItems(['192.0.2.1', '192.0.2.1'], others);
    expect(findings.map((f) => f.message)).toEqual(['192.0.2.1 is already in policy item P1']);
    expect(findings[0]).toMatchObject({ key: 'cidrAlreadyInItem', params: { entry: '192.0.2.1', item: 'P1' } });
  });

  it('when there are no other items, then nothing is found', () => {
    expect(analyseAcrossItems(['10.0.0.0/8'], [])).toEqual([]);
  });
});
