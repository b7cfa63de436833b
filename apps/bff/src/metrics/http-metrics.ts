import type { Request, RequestHandler } from 'express';
import type { Metrics } from './metrics.ts';

/**
 * The route template (`/api/vpc-authorizations/:name`), never the path itself, so that names and
 * ids do not make a series each. Anything no route matched (the SPA's files, 404s) is one label.
 */
function routeOf(req: Request): string {
  const path: unknown = req.route?.path;
  return typeof path === 'string' ? `${req.baseUrl}${path}` : 'unmatched';
}

/** Times every request from arrival to the last byte handed to the socket (or the socket closing). */
export function httpMetrics(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const end = metrics.httpDuration.startTimer();
    res.once('close', () => end({ method: req.method, route: routeOf(req), status: String(res.statusCode) }));
    next();
  };
}
