import type { IncomingMessage } from 'node:http';

/** A REST request as read off the wire, before any check. */
export interface RestWireRequest {
  readonly method: string;
  /** Path as received (still percent-encoded), without the query string. */
  readonly rawPath: string;
  /** Query string as received, without the `?`. */
  readonly rawQuery: string;
  /** Every value of each query parameter, decoded, in the order sent. */
  readonly query: ReadonlyMap<string, readonly string[]>;
  readonly body: Buffer;
  /** A header's value by lowercase name (several values joined with `,`). */
  header(name: string): string | undefined;
}

/** Decodes one query component as form encoding does (`+` is a space); undecodable text stays as sent. */
export function decodeQueryComponent(text: string): string {
  const spaced = text.replaceAll('+', ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** The decoded `[name, value]` pairs of a raw query string, in order (`a` alone is `a=`). */
export function queryPairs(rawQuery: string): [string, string][] {
  const out: [string, string][] = [];
  for (const part of rawQuery.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = decodeQueryComponent(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? '' : decodeQueryComponent(part.slice(eq + 1));
    out.push([name, value]);
  }
  return out;
}

export function parseRestWire(req: IncomingMessage, body: Buffer): RestWireRequest {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const rawPath = q < 0 ? url : url.slice(0, q);
  const rawQuery = q < 0 ? '' : url.slice(q + 1);
  const query = new Map<string, string[]>();
  for (const [name, value] of queryPairs(rawQuery)) {
    const list = query.get(name);
    if (list) list.push(value);
    else query.set(name, [value]);
  }
  const distinct = req.headersDistinct;
  return {
    method: req.method ?? 'GET',
    rawPath,
    rawQuery,
    query,
    body,
    header: (name) => distinct[name]?.join(','),
  };
}
