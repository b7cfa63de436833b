import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ErrorCode, type ErrorEnvelope } from '@portico/contracts/errors';
import type { Logger } from '../logger.ts';
import { AppError } from '../errors.ts';
import type { RefusalHook } from './refusals.ts';

export const notFound: RequestHandler = (req, _res, next) => {
  next(new AppError(ErrorCode.notFound, `No route for ${req.method} ${req.path}.`, 404));
};

/** What body-parser and friends throw: an http status and a type. */
interface HttpishError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
}

function fromHttpError(error: HttpishError): AppError | undefined {
  const status = error.status ?? error.statusCode;
  if (!status || status < 400 || status >= 500) return undefined;
  if (error.type === 'entity.parse.failed')
    return new AppError(ErrorCode.validation, 'The body is not valid JSON.', 400, {
      fields: { _: 'is not valid JSON' },
      issues: [{ path: '_', key: 'notJson', params: {}, message: 'is not valid JSON' }],
    });
  if (error.type === 'entity.too.large') return new AppError(ErrorCode.payloadTooLarge, 'The body is too large.', 413);
  if (status === 415 || error.type === 'encoding.unsupported' || error.type === 'charset.unsupported') {
    return new AppError(ErrorCode.unsupportedMediaType, 'Unsupported body encoding.', 415);
  }
  return new AppError(ErrorCode.validation, 'The request could not be read.', status);
}

/** The one place an error becomes a response: the envelope, and never an internal detail. */
export function errorHandler(logger: Logger, onRefused?: RefusalHook): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const known = error instanceof AppError ? error : typeof error === 'object' && error !== null ? fromHttpError(error as HttpishError) : undefined;
    const appError = known ?? new AppError(ErrorCode.internal, 'Something went wrong on our side. It has been logged.', 500);
    if (!known) logger.error({ err: error, method: req.method, path: req.path }, 'unhandled error');
    if (appError.status === 401 || appError.status === 403) onRefused?.(req, appError);
    if (res.headersSent) return void res.end();
    if (appError.details.retryAfterSeconds) res.setHeader('Retry-After', String(appError.details.retryAfterSeconds));
    const body: ErrorEnvelope = {
      error: {
        code: appError.code,
        message: appError.message,
        ...(appError.details.fields ? { fields: appError.details.fields } : {}),
        ...(appError.details.issues ? { issues: appError.details.issues } : {}),
        ...(appError.details.upstream ? { upstream: appError.details.upstream } : {}),
        ...(appError.details.outsideScope ? { outsideScope: appError.details.outsideScope } : {}),
        ...(appError.details.change ? { change: appError.details.change } : {}),
      },
    };
    res.status(appError.status).json(body);
  };
}
