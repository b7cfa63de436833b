/**
 * The addresses of an ACL policy (CidrIp): IPv4 or IPv6 addresses and CIDR
 * blocks, `;`-separated, at most 10. IPv4 is four decimal parts 0-255 without
 * leading zeros; IPv6 is RFC 4291 text (one `::` at most, an IPv4 tail allowed,
 * no zone); a prefix is a decimal 0-32 (IPv4) or 0-128 (IPv6).
 */
export const MAX_CIDR_ENTRIES = 10;

const IPV4_PART = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${IPV4_PART}(?:\\.${IPV4_PART}){3}$`);
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;
const PREFIX = /^(?:0|[1-9]\d{0,2})$/;

export function isIpv4(text: string): boolean {
  return IPV4.test(text);
}

/** Groups of one side of `::` (or of the whole address); an IPv4 tail counts as two. */
function groupCount(side: string, allowIpv4Tail: boolean): number | undefined {
  if (side === '') return 0;
  const parts = side.split(':');
  let count = 0;
  for (const [i, part] of parts.entries()) {
    if (HEX_GROUP.test(part)) count += 1;
    else if (allowIpv4Tail && i === parts.length - 1 && isIpv4(part)) count += 2;
    else return undefined;
  }
  return count;
}

export function isIpv6(text: string): boolean {
  const halves = text.split('::');
  if (halves.length > 2) return false;
  if (halves.length === 1) return groupCount(text, true) === 8;
  const [head = '', tail = ''] = halves;
  const before = groupCount(head, false);
  const after = groupCount(tail, true);
  return before !== undefined && after !== undefined && before + after <= 7;
}

/** Why an entry is not an address or CIDR block, or undefined when it is one. */
export function cidrProblem(entry: string): string | undefined {
  if (entry === '') return 'An entry between semicolons is empty.';
  const slash = entry.indexOf('/');
  const address = slash < 0 ? entry : entry.slice(0, slash);
  const prefix = slash < 0 ? undefined : entry.slice(slash + 1);
  const v4 = isIpv4(address);
  if (!v4 && !isIpv6(address)) return `${entry} is not an IPv4 or IPv6 address or CIDR block.`;
  if (prefix === undefined) return undefined;
  const max = v4 ? 32 : 128;
  if (!PREFIX.test(prefix) || Number(prefix) > max) return `${entry} has a prefix length outside 0 to ${max}.`;
  return undefined;
}

/** The entries of a CidrIp value, trimmed; empty entries are kept (and rejected by `cidrProblem`). */
export function cidrEntries(cidrIp: string): string[] {
  return cidrIp.split(';').map((e) => e.trim());
}
