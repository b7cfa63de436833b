import type { ServerResponse } from 'node:http';
import type { CloudError } from '../../core/errors.ts';

function send(res: ServerResponse, status: number, requestId: string, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json;charset=UTF-8',
    'content-length': Buffer.byteLength(payload),
    'x-request-id': requestId,
  });
  res.end(payload);
}

export function renderSuccess(res: ServerResponse, requestId: string, body: object): void {
  send(res, 200, requestId, body);
}

/** `{"error":{"code","message"}}` with the error's HTTP status, as the VPCEP reference documents it. */
export function renderError(res: ServerResponse, requestId: string, error: CloudError): void {
  send(res, error.status, requestId, { error: { code: error.code, message: error.message } });
}
