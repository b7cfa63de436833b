import type { IncomingMessage } from 'node:http';

/** An RPC request as read off the wire, before any check. */
export interface RpcWireRequest {
  readonly method: string;
  /** Path as received, without the query string. */
  readonly rawPath: string;
  /** Query parameters, decoded (first occurrence of a name wins). */
  readonly query: ReadonlyMap<string, string>;
  /** Query and form-body parameters merged (the query wins on a clash). */
  readonly params: ReadonlyMap<string, string>;
  readonly body: Buffer;
  /** Every value of a header, by lowercase name. */
  header(name: string): string | undefined;
  headerValues(name: string): readonly string[];
}

function decodeInto(target: Map<string, string>, encoded: string): void {
  if (encoded === '') return;
  for (const [k, v] of new URLSearchParams(encoded)) {
    if (!target.has(k)) target.set(k, v);
  }
}

function isForm(contentType: string | undefined): boolean {
  return contentType !== undefined && contentType.toLowerCase().includes('application/x-www-form-urlencoded');
}

export function parseRpcWire(req: IncomingMessage, body: Buffer): RpcWireRequest {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const rawPath = q < 0 ? url : url.slice(0, q);
  const query = new Map<string, string>();
  decodeInto(query, q < 0 ? '' : url.slice(q + 1));
  const params = new Map(query);
  if (body.length > 0 && isForm(req.headers['content-type'])) decodeInto(params, body.toString('utf8'));
  const distinct = req.headersDistinct;
  return {
    method: req.method ?? 'GET',
    rawPath,
    query,
    params,
    body,
    header: (name) => distinct[name]?.[0],
    headerValues: (name) => distinct[name] ?? [],
  };
}
