import ipaddr from 'ipaddr.js';
import { englishMessage, issue, type MessageParams, type ValidationKey } from './messages.ts';

/** One address or block, parsed: the network it covers and how it was written. */
export interface ParsedCidr {
  text: string;
  kind: 'ipv4' | 'ipv6';
  /** Bits of the prefix; a bare address is a /32 or /128. */
  prefix: number;
  /** The network address, so 10.0.0.1/24 and 10.0.0.0/24 compare equal. */
  network: string;
  /** Written with a prefix (a block) rather than as an address. */
  isBlock: boolean;
  /** 10.0.0.1/24: the host bits are set; the cloud reads it as its network. */
  hostBitsSet: boolean;
  bytes: number[];
}

function parseAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  // Four-part decimal only: ipaddr.js also takes "10" or "0x0a.1", which no cloud console shows.
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return ipaddr.IPv4.parse(text);
  // Zone ids (fe80::1%eth0) mean nothing to a gateway on the internet.
  if (!text.includes('%') && text.includes(':') && ipaddr.IPv6.isValid(text)) return ipaddr.IPv6.parse(text);
  return undefined;
}

/** Parses an IPv4/IPv6 address or CIDR block; undefined when it is neither. */
export function parseCidr(raw: string): ParsedCidr | undefined {
  const text = raw.trim();
  const slash = text.indexOf('/');
  const addressText = slash === -1 ? text : text.slice(0, slash);
  const address = parseAddress(addressText);
  if (!address) return undefined;
  const kind = address.kind();
  const max = kind === 'ipv4' ? 32 : 128;
  let prefix = max;
  if (slash !== -1) {
    const prefixText = text.slice(slash + 1);
    if (!/^\d{1,3}$/.test(prefixText)) return undefined;
    prefix = Number(prefixText);
    if (prefix > max) return undefined;
  }
  const bytes = address.toByteArray();
  const networkBytes = bytes.map((byte, i) => {
    const bitsInByte = Math.max(0, Math.min(8, prefix - i * 8));
    return byte & (0xff << (8 - bitsInByte)) & 0xff;
  });
  const network = ipaddr.fromByteArray(networkBytes).toString();
  return {
    text,
    kind,
    prefix,
    network,
    isBlock: slash !== -1,
    hostBitsSet: networkBytes.some((b, i) => b !== bytes[i]),
    bytes: networkBytes,
  };
}

/** The message a person sees for an entry that is neither an address nor a block. */
export function invalidCidrMessage(raw: string): string {
  const { messageKey, messageParams } = invalidCidrIssue(raw).params;
  return englishMessage(messageKey, messageParams);
}

/** The same, as an issue's fields (text in the reader's language, key for the BFF's answer). */
export function invalidCidrIssue(raw: string) {
  const text = raw.trim();
  if (text === '') return issue('cidrEmpty');
  return text.includes('/') ? issue('cidrInvalidBlock', { text }) : issue('cidrInvalidAddress', { text });
}

/** Canonical form for duplicate checks: network and prefix. */
export const canonicalCidr = (c: ParsedCidr) => `${c.network}/${c.prefix}`;

/** Whether block `outer` contains block `inner` (same family, shorter or equal prefix, same leading bits). */
export function contains(outer: ParsedCidr, inner: ParsedCidr): boolean {
  if (outer.kind !== inner.kind || outer.prefix > inner.prefix) return false;
  for (let bit = 0; bit < outer.prefix; bit++) {
    const byte = bit >> 3;
    const mask = 0x80 >> (bit & 7);
    if (((outer.bytes[byte] ?? 0) & mask) !== ((inner.bytes[byte] ?? 0) & mask)) return false;
  }
  return true;
}

/**
 * A finding's words as data: the message key (`validation.<key>` in the SPA's catalogues) and
 * its values, so each reader gets it in their language; `message` is the text in the
 * translator's language at the time (English in the BFF), for logs and callers without a catalogue.
 */
export interface FindingMessage {
  key: ValidationKey;
  params: MessageParams;
  message: string;
}

function findingMessage(key: ValidationKey, params: MessageParams): FindingMessage {
  const { message } = issue(key, params);
  return { key, params, message };
}

export interface CidrFinding extends FindingMessage {
  kind: 'duplicate' | 'contains' | 'host-bits';
  /** Row indexes involved; for `contains`, the first contains the second. */
  rows: number[];
}

/**
 * What an editor warns about beyond validity: duplicates (the same network twice), one entry
 * inside another, and host bits set. Two CIDR blocks either nest or are disjoint, so "overlap"
 * is containment.
 */
export function analyseCidrs(entries: readonly string[]): CidrFinding[] {
  const parsed = entries.map((e) => parseCidr(e));
  const findings: CidrFinding[] = [];
  parsed.forEach((p, i) => {
    if (p?.hostBitsSet) findings.push({ kind: 'host-bits', rows: [i], ...findingMessage('cidrHostBits', { entry: p.text, network: canonicalCidr(p) }) });
  });
  for (let i = 0; i < parsed.length; i++) {
    for (let j = i + 1; j < parsed.length; j++) {
      const a = parsed[i];
      const b = parsed[j];
      if (!a || !b) continue;
      if (canonicalCidr(a) === canonicalCidr(b)) findings.push({ kind: 'duplicate', rows: [i, j], ...findingMessage('cidrDuplicate', { entry: b.text, other: a.text }) });
      else if (contains(a, b)) findings.push({ kind: 'contains', rows: [i, j], ...findingMessage('cidrContains', { entry: a.text, other: b.text }) });
      else if (contains(b, a)) findings.push({ kind: 'contains', rows: [j, i], ...findingMessage('cidrContains', { entry: b.text, other: a.text }) });
    }
  }
  return findings;
}

/** Blocks so wide that allowing them is close to allowing everyone (/8 or wider for IPv4, /16 for IPv6). */
export function isWideBlock(entry: string): boolean {
  const parsed = parseCidr(entry);
  if (!parsed) return false;
  return parsed.kind === 'ipv4' ? parsed.prefix <= 8 : parsed.prefix <= 16;
}

/** Splits what people paste: `;`, commas, whitespace and new lines all separate entries. */
export function splitCidrText(text: string): string[] {
  return text
    .split(/[;,\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Another policy item of the same ACL, as the editor compares against it. */
export interface SiblingItem {
  id: string;
  cidrs: readonly string[];
}

export interface CrossItemFinding extends FindingMessage {
  kind: 'duplicate' | 'contains' | 'inside';
  /** The row of the entries being edited. */
  row: number;
  itemId: string;
}

/**
 * Duplicates and overlaps between the entries being edited and every other policy item of the
 * same ACL: an address the list already names elsewhere. Each finding once, in row order.
 */
export function analyseAcrossItems(entries: readonly string[], others: readonly SiblingItem[]): CrossItemFinding[] {
  const findings: CrossItemFinding[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, row) => {
    const mine = parseCidr(entry);
    if (!mine) return;
    for (const other of others) {
      for (const theirs of other.cidrs) {
        const parsed = parseCidr(theirs);
        if (!parsed) continue;
        let finding: CrossItemFinding | undefined;
        const at = { row, itemId: other.id };
        if (canonicalCidr(mine) === canonicalCidr(parsed))
          finding = { kind: 'duplicate', ...at, ...findingMessage('cidrAlreadyInItem', { entry: mine.text, item: other.id }) };
        else if (contains(parsed, mine)) finding = { kind: 'inside', ...at, ...findingMessage('cidrInsideItem', { entry: mine.text, other: parsed.text, item: other.id }) };
        else if (contains(mine, parsed))
          finding = { kind: 'contains', ...at, ...findingMessage('cidrContainsOfItem', { entry: mine.text, other: parsed.text, item: other.id }) };
        // The same words twice (an entry typed twice) are one finding, whatever the language.
        const identity = finding ? `${finding.key}:${JSON.stringify(finding.params)}` : undefined;
        if (finding && identity && !seen.has(identity)) {
          seen.add(identity);
          findings.push(finding);
        }
      }
    }
  });
  return findings;
}
