import type { Request, Response, Router } from 'express';
import type { z } from 'zod';
import { ErrorCode } from '@portico/contracts/errors';
import { accessOf, type AnyRouteDef, type DownloadRouteDef, type RouteDef, type StreamRouteDef } from '@portico/contracts/routes';
import type { ResourceKind } from '@portico/contracts/grants';
import type { StageName } from '@portico/contracts/published-apis';
import { AppError, parsePart } from '../errors.ts';
import { authorize } from './auth.ts';

export interface HandleOptions {
  /** Parse every response with its contract (development and tests). */
  checkResponses: boolean;
  /** The profile a request speaks to (its `profile` query, or the cloud's first), for grants scoped to profiles. */
  resolveProfile?: (kind: ResourceKind | undefined, profile: string | undefined) => string | undefined;
}

type Infer<T> = T extends z.ZodType ? z.output<T> : undefined;

export interface RouteInput<R extends RouteDef> {
  params: Infer<R['params']>;
  query: Infer<R['query']>;
  body: Infer<R['body']>;
}

export type RouteHandler<R extends RouteDef> = (input: RouteInput<R>, req: Request, res: Response) => Promise<z.input<R['response']>>;

interface ScopeInput {
  params?: { stage?: StageName; name?: string } | undefined;
  query?: { profile?: string } | undefined;
}

/**
 * The route-level grant decision, once params and query are parsed: the route's resource kind,
 * the profile it speaks to, the stage (`:stage`) and the name (`:name`) when the path holds them.
 * A resource known only after a read (its tags, a name behind an id) is decided by its service.
 */
function authorizeScope(req: Request, def: AnyRouteDef, input: ScopeInput, options: Pick<HandleOptions, 'resolveProfile'>): void {
  const need = accessOf(def);
  if (need === 'public' || need === 'admin' || !req.auth) return;
  const given = input.query?.profile;
  if (!def.resource && !def.wholeProfile && given === undefined) return;
  const profile = options.resolveProfile?.(def.resource, given) ?? given;
  const wholeProfile = def.wholeProfile === true;
  req.auth.permissions.require({ need, kind: def.resource, profile, stage: input.params?.stage, name: input.params?.name, wholeProfile });
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
    authorize(req, access, { beforePasswordChange: def.beforePasswordChange === true, sessionOnly: def.sessionOnly === true, resource: def.resource });
    if (def.body && !req.is('application/json')) {
      throw new AppError(ErrorCode.unsupportedMediaType, 'Send the body as application/json.', 415);
    }
    const input = {
      params: parseIf<Infer<R['params']>>(def.params, req.params, 'params'),
      query: parseIf<Infer<R['query']>>(def.query, req.query, 'query'),
      body: parseIf<Infer<R['body']>>(def.body, req.body, 'body'),
    };
    authorizeScope(req, def, input as ScopeInput, options);
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
export function handleRaw<R extends RawRouteDef>(
  router: Router,
  def: R,
  handler: (input: RawInput<R>, req: Request, res: Response) => Promise<void>,
  options: Pick<HandleOptions, 'resolveProfile'> = {},
): void {
  const access = accessOf(def);
  router.get(def.path, async (req: Request, res: Response) => {
    authorize(req, access, { resource: def.resource });
    const input = {
      params: parseIf<Infer<R['params']>>(def.params, req.params, 'params'),
      query: parseIf<Infer<R['query']>>(def.query, req.query, 'query'),
    };
    authorizeScope(req, def, input as ScopeInput, options);
    await handler(input, req, res);
  });
}
