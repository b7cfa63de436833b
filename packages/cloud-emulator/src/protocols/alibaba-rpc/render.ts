import type { ServerResponse } from 'node:http';
import type { CloudError } from '../../core/errors.ts';

export type ResponseFormat = 'JSON' | 'XML';

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : c === "'" ? '&apos;' : '&quot;'));
}

/** XML as POP writes it: an array repeats its element name; absent values are left out. */
function toXml(name: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((item) => toXml(name, item)).join('');
  if (typeof value === 'object') {
    let inner = '';
    for (const [k, v] of Object.entries(value)) inner += toXml(k, v);
    return `<${name}>${inner}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

const XML_PROLOG = "<?xml version='1.0' encoding='UTF-8'?>";

function send(res: ServerResponse, status: number, format: ResponseFormat, requestId: string, payload: string): void {
  res.writeHead(status, {
    'content-type': format === 'XML' ? 'text/xml;charset=utf-8' : 'application/json;charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    'x-acs-request-id': requestId,
  });
  res.end(payload);
}

export function renderSuccess(res: ServerResponse, format: ResponseFormat, action: string, requestId: string, body: object): void {
  const full = { RequestId: requestId, ...body };
  const payload = format === 'XML' ? XML_PROLOG + toXml(`${action}Response`, full) : JSON.stringify(full);
  send(res, 200, format, requestId, payload);
}

export interface ErrorEnvelope {
  readonly requestId: string;
  readonly hostId: string;
  readonly product: string;
}

/** `{"RequestId","HostId","Code","Message","Recommend"}` with the error's HTTP status. */
export function renderError(res: ServerResponse, format: ResponseFormat, error: CloudError, envelope: ErrorEnvelope): void {
  const body = {
    RequestId: envelope.requestId,
    HostId: envelope.hostId,
    Code: error.code,
    Message: error.message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(error.code)}&product=${envelope.product}&requestId=${envelope.requestId}`,
  };
  const payload = format === 'XML' ? XML_PROLOG + toXml('Error', body) : JSON.stringify(body);
  send(res, error.status, format, envelope.requestId, payload);
}
