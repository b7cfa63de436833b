import { pino, type Logger } from 'pino';
import { safeErrorSerializer } from './log-errors.ts';

/** Every path where a credential or session could appear is censored before a line is written. */
export const redactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.accessKeySecret',
  '*.secret',
  '*.password',
  '*.token',
  'accessKeySecret',
  'password',
];

/**
 * The provider's redirect back carries the authorization code and state in its query: request
 * lines for that path keep the path only.
 */
export function requestSerializer<R extends { url?: string }>(req: R): R {
  if (req.url?.startsWith('/api/auth/oidc/callback')) return { ...req, url: '/api/auth/oidc/callback?[redacted]', query: '[redacted]' };
  return req;
}

export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  const level = options.level ?? process.env.LOG_LEVEL ?? 'info';
  const config = { level, redact: { paths: redactPaths, censor: '[redacted]' }, serializers: { err: safeErrorSerializer } };
  return options.destination ? pino(config, options.destination) : pino(config);
}
export type { Logger };
