import { CloudError } from '../../core/errors.ts';

/**
 * The errors Huawei Cloud's API gateway for cloud services answers before a
 * request reaches the service, with the codes and HTTP statuses of the "API
 * Request Signing Guide" (Error Codes; Common Errors Related to IAM
 * Authentication Information): APIGW.0101 (404), APIGW.0301 (401), APIGW.0308 (429).
 */
/**
 * An error of the API gateway itself (APIGW.xxxx). The gateway answers in its own flat
 * shape, `{"error_msg","error_code","request_id"}` (the signing guide's "Common Errors
 * Related to IAM Authentication Information" shows it), not in the service's
 * `{"error":{"code","message"}}`; the SDK core reads both.
 */
export class HuaweiGatewayError extends CloudError {
  constructor(code: string, message: string, status: number) {
    super(code, message, status);
    this.name = 'HuaweiGatewayError';
  }
}

export const HuaweiGatewayErrors = {
  apiNotFound: () => new HuaweiGatewayError('APIGW.0101', 'The API does not exist or has not been published in the environment.', 404),
  /** Every authentication failure is APIGW.0301; the message says which check failed. */
  authentication: (detail: string) => new HuaweiGatewayError('APIGW.0301', `Incorrect IAM authentication information: ${detail}`, 401),
  throttled: () => new HuaweiGatewayError('APIGW.0308', 'The throttling threshold has been reached: policy user over ratelimit,limit:20,time:1 second', 429),
} as const;
