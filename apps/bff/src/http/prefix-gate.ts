import type { Request, RequestHandler, Router } from 'express';

interface RouteLayer {
  route?: { path?: unknown } | undefined;
}

/**
 * The first two path segments, lower-cased (Express matches paths case-insensitively), with a
 * missing second segment as '' so `/livez` and `/livez/` have the same key. Every request passes
 * a dozen gates, so this slices the path rather than splitting it.
 */
function keyOf(path: string): string {
  const second = path.indexOf('/', 1);
  if (second === -1) return `${path.slice(1)}/`.toLowerCase();
  const third = path.indexOf('/', second + 1);
  return (third === -1 ? path.slice(1) : path.slice(1, third)).toLowerCase();
}

/** A segment a route fills in (`:name`, `*rest`, `{…}`, `(…)`): it cannot be a fixed key. */
const variable = /[:*{}()]/;

/** The keys of every route in the router, or undefined when any layer could match another path. */
function routeKeys(router: Router): Set<string> | undefined {
  const keys = new Set<string>();
  for (const layer of router.stack as RouteLayer[]) {
    const path = layer.route?.path;
    // Middleware (router.use) or a pattern route may match any path: such a router is not gated.
    if (typeof path !== 'string' || !path.startsWith('/')) return undefined;
    const [, first = '', second = ''] = path.split('/', 3);
    if (variable.test(first) || variable.test(second)) return undefined;
    keys.add(keyOf(path));
  }
  return keys;
}

/**
 * Enters a router only for a path one of its routes can match. Express walks every router
 * mounted before the one that answers, testing each route, and leaves each unmatched router
 * through a `setImmediate`: a list page crossed nine routers (and as many turns of the event
 * loop) before its own. A router with middleware or pattern routes is returned as it is.
 */
export function gateByPrefix(router: Router): RequestHandler {
  const keys = routeKeys(router);
  if (keys === undefined) return router;
  const gate: RequestHandler = (req: Request, res, next) => (keys.has(keyOf(req.path)) ? router(req, res, next) : next());
  // The router's routes stay visible to whoever walks the app's stack (the OpenAPI test does).
  return Object.assign(gate, { stack: router.stack });
}
