import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { ErrorCode, fieldMessages } from '@portico/contracts/errors';
import { accessOf, type RouteDef } from '@portico/contracts/routes';
import { AppError } from './app-error.ts';
import { authorize } from './auth.ts';

export interface HandleOptions {
  /** Parse every response with its contract (development and tests). */
  checkResponses: boolean;
}

type Infer<T> = T extends z.ZodType ? z.output<T> : undefined;

export interface RouteInput<R extends RouteDef> {
  params: Infer<R['params']>;
  query: Infer<R['query']>;
  body: Infer<R['body']>;
}

export type RouteHandler<R extends RouteDef> = (input: RouteInput<R>, req: Request, res: Response) => Promise<z.input<R['response']>>;

/** Parses one part of a request; a failure names every field with a message a person can act on. */
export function parsePart<T extends z.ZodType>(schema: T, value: unknown, where: 'params' | 'query' | 'body'): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = fieldMessages(result.error);
  const summary = Object.entries(fields)
    .slice(0, 3)
    .map(([path, message]) => `${path}: ${message}`)
    .join('; ');
  throw new AppError(ErrorCode.validation, `Invalid ${where}: ${summary}`, 400, { fields });
}

const parseIf = <T>(schema: z.ZodType | undefined, value: unknown, where: 'params' | 'query' | 'body') => (schema ? parsePart(schema, value, where) : undefined) as T;

/**
 * Registers an endpoint from its contract: everything the client sent is parsed before the
 * handler runs (Express 5 sends a rejected promise to the error middleware by itself).
 */
export function handle<R extends RouteDef>(router: Router, def: R, handler: RouteHandler<R>, options: HandleOptions): void {
  const method = def.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  const access = accessOf(def);
  router[method](def.path, async (req: Request, res: Response) => {
    authorize(req, access, { beforePasswordChange: def.beforePasswordChange === true });
    if (def.body && !req.is('application/json')) {
      throw new AppError(ErrorCode.unsupportedMediaType, 'Send the body as application/json.', 415);
    }
    const input = {
      params: parseIf<Infer<R['params']>>(def.params, req.params, 'params'),
      query: parseIf<Infer<R['query']>>(def.query, req.query, 'query'),
      body: parseIf<Infer<R['body']>>(def.body, req.body, 'body'),
    };
    const result = await handler(input, req, res);
    // Catches contract drift in development and tests; production trusts the types.
    const payload = options.checkResponses ? def.response.parse(result) : result;
    // A handler may set its own status (health's 503); otherwise the contract's success status.
    res.status(res.statusCode === 200 ? (def.status ?? 200) : res.statusCode).json(payload);
  });
}
