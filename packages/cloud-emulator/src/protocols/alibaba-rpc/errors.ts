import { CloudError } from '../../core/errors.ts';

/**
 * The errors Alibaba Cloud's RPC gateway (POP) answers before or around any
 * product: codes, messages and HTTP statuses as listed in API Gateway's
 * "Error codes for management and control API operations" page (client common
 * errors) and the POP common error tables.
 */
export const RpcErrors = {
  missingParameter: (name: string) => new CloudError(`Missing${name}`, `${name} is mandatory for this action.`, 400),
  invalidParameter: (name: string) => new CloudError(`Invalid${name}`, `Specified parameter ${name} is not valid.`, 400),
  actionNotFound: () => new CloudError('InvalidAction.NotFound', 'Specified api is not found, please check your url and method.', 404),
  invalidVersion: () => new CloudError('InvalidVersion', 'Specified parameter Version is not valid.', 400),
  invalidFormat: () => new CloudError('InvalidParameter.Format', 'Specified parameter format is not valid.', 400),
  unsupportedHttpMethod: () => new CloudError('UnsupportedHTTPMethod', 'Specified HTTP method is not supported.', 400),
  accessKeyNotFound: () => new CloudError('InvalidAccessKeyId.NotFound', 'Specified access key is not found.', 404),
  signatureDoesNotMatch: (stringToSign: string) =>
    new CloudError('SignatureDoesNotMatch', `Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`, 400),
  contentHashDoesNotMatch: () =>
    new CloudError(
      'SignatureDoesNotMatch',
      'Specified signature is not matched with our calculation. The x-acs-content-sha256 header does not match the hash of the request body.',
      400,
    ),
  incompleteSignature: (detail: string) => new CloudError('IncompleteSignature', `The request signature does not conform to Aliyun standards. ${detail}`, 400),
  invalidSignatureMethod: () => new CloudError('InvalidSignatureMethod', 'Specified signature method is not valid.', 400),
  invalidSignatureVersion: () => new CloudError('InvalidSignatureVersion', 'Specified signature version is not valid.', 400),
  nonceUsed: () => new CloudError('SignatureNonceUsed', 'Specified signature nonce was used already.', 400),
  timestampFormat: () => new CloudError('InvalidTimeStamp.Format', 'Specified time stamp or date value is not well formatted.', 400),
  timestampExpired: () => new CloudError('InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.', 400),
  throttlingUser: () => new CloudError('Throttling.User', 'Request was denied due to user flow control.', 400),
  serviceUnavailable: () => new CloudError('ServiceUnavailable', 'The request has failed due to a temporary failure of the server.', 503),
  internalError: () => new CloudError('InternalError', 'The request processing has failed due to some unknown error, exception or failure.', 500),
} as const;
