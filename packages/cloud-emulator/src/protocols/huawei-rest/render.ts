import type { ServerResponse } from 'node:http';
import type { CloudError } from '../../core/errors.ts';
import { HuaweiGatewayError } from './errors.ts';

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

/**
 * `{"error":{"code","message"}}` with the error's HTTP status, as the VPCEP reference documents it
 * (for 401, 403 and 429 too). An error of the API gateway in front of the service (APIGW.xxxx)
 * also carries the gateway's own flat keys, `error_code`, `error_msg` and `request_id`, as the
 * signing guide shows them: a client reading either shape finds the same code and message.
 */
export function renderError(res: ServerResponse, requestId: string, error: CloudError): void {
  const documented = { error: { code: error.code, message: error.message } };
  const body = error instanceof HuaweiGatewayError ? { ...documented, error_code: error.code, error_msg: error.message, request_id: requestId } : documented;
  send(res, error.status, requestId, body);
}
