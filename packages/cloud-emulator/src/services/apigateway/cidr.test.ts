import { describe, expect, it } from 'vitest';
import { cidrEntries, cidrProblem, isIpv4, isIpv6 } from './cidr.ts';

describe('CidrIp entries', () => {
  it('when IPv4 is four decimal parts 0-255 without leading zeros, then it is accepted; otherwise not', () => {
    for (const ok of ['0.0.0.0', '10.0.0.1', '255.255.255.255', '192.168.0.10']) expect(isIpv4(ok)).toBe(true);
    for (const bad of ['256.1.1.1', '10.0.0', '10.0.0.1.2', '010.0.0.1', '1.2.3.-4', '1.2.3.4 ', 'a.b.c.d', '0x1.1.1.1', '']) {
      expect(isIpv4(bad)).toBe(false);
    }
  });

  it('when IPv6 follows RFC 4291 text forms, then it is accepted; otherwise not', () => {
    for (const ok of ['::', '::1', '2001:db8::', '2001:db8::1', 'fe80:0:0:0:0:0:0:1', '1:2:3:4:5:6:7::', '::ffff:192.0.2.1', '1:2:3:4:5:6:1.2.3.4']) {
      expect(isIpv6(ok)).toBe(true);
    }
    for (const bad of ['1:2:3:4:5:6:7:8:9', '1::2::3', '12345::', 'g::1', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8::', '1.2.3.4::', 'fe80::1%eth0', '1:2:3:4:5:6:7']) {
      expect(isIpv6(bad)).toBe(false);
    }
  });

  it('when a prefix is given, then it must be decimal 0-32 for IPv4 and 0-128 for IPv6', () => {
    for (const ok of ['10.0.0.0/8', '0.0.0.0/0', '1.2.3.4/32', '2001:db8::/32', '::/0', '::1/128']) expect(cidrProblem(ok)).toBeUndefined();
    expect(cidrProblem('10.0.0.0/33')).toMatch(/prefix length outside 0 to 32/);
    expect(cidrProblem('2001:db8::/129')).toMatch(/prefix length outside 0 to 128/);
    for (const bad of ['10.0.0.0/', '10.0.0.0/08', '10.0.0.0/-1', '10.0.0.0/8/8', '10.0.0.0/a']) expect(cidrProblem(bad)).toBeDefined();
    expect(cidrProblem('example.com')).toMatch(/not an IPv4 or IPv6 address/);
    expect(cidrProblem('')).toMatch(/empty/);
  });

  it('when entries are split, then they are trimmed and empty ones kept', () => {
    expect(cidrEntries(' 10.0.0.1 ;2001:db8::/48')).toEqual(['10.0.0.1', '2001:db8::/48']);
    expect(cidrEntries('10.0.0.1;')).toEqual(['10.0.0.1', '']);
  });
});
