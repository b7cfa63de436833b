import type { Request, Response, Router } from 'express';
import type { z } from 'zod';
import { ErrorCode } from '@portico/contracts/errors';
import { accessOf, type DownloadRouteDef, type RouteDef, type StreamRouteDef } from '@portico/contracts/routes';
import { AppError, parsePart } from '../errors.ts';
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

const parseIf = <T>(schema: z.ZodType | undefined, value: unknown, where: 'params' | 'query' | 'body') => (schema ? parsePart(schema, value, where) : undefined) as T;

/**
 * Registers an endpoint from its contract: everything the client sent is parsed before the
 * handler runs (Express 5 sends a rejected promise to the error middleware by itself).
 */
export function handle<R extends RouteDef>(router: Router, def: R, handler: RouteHandler<R>, options: HandleOptions): void {
  const method = def.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  const access = accessOf(def);
  router[method](def.path, async (req: Request, res: Response) => {
    authorize(req, access, { beforePasswordChange: def.beforePasswordChange === true, sessionOnly: def.sessionOnly === true });
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

export type RawRouteDef = StreamRouteDef | DownloadRouteDef;

/** What a stream or download handler gets: its params and query, parsed by the contract. */
export interface RawInput<R extends RawRouteDef> {
  params: Infer<R['params']>;
  query: Infer<R['query']>;
}

/**
 * Registers a stream or a download from its table entry: the access is checked and params and
 * query are parsed as for JSON routes, then the handler writes the response (events or a file).
 */
export function handleRaw<R extends RawRouteDef>(router: Router, def: R, handler: (input: RawInput<R>, req: Request, res: Response) => Promise<void>): void {
  const access = accessOf(def);
  router.get(def.path, async (req: Request, res: Response) => {
    authorize(req, access);
    const input = {
      params: parseIf<Infer<R['params']>>(def.params, req.params, 'params'),
      query: parseIf<Infer<R['query']>>(def.query, req.query, 'query'),
    };
    await handler(input, req, res);
  });
}
