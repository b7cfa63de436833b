/**
 * An error answered to the client in the cloud's own words: its error Code, its
 * message and the HTTP status the cloud uses. Providers and protocol layers throw
 * subclasses of it; the wire layer renders it.
 */
export class CloudError extends Error {
  readonly code: string;
  readonly status: number;

  constructor(code: string, message: string, status: number) {
    super(message);
    this.name = 'CloudError';
    this.code = code;
    this.status = status;
  }
}
