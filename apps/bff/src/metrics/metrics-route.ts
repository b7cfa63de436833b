import { createHash, timingSafeEqual } from 'node:crypto';
import { Router, type Request } from 'express';
import type { Metrics } from './metrics.ts';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Compares digests, so neither the token's content nor its length shows in the timing. */
function bearerMatches(req: Request, token: string): boolean {
  const header = req.get('authorization') ?? '';
  const offered = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
  return timingSafeEqual(digest(offered), digest(token));
}

/** `GET /metrics` in Prometheus' text format; with a token set, only for who presents it. */
export function metricsRouter(metrics: Metrics, token: string | undefined): Router {
  const router = Router();
  router.get('/metrics', async (req, res) => {
    if (token !== undefined && !bearerMatches(req, token)) {
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer realm="metrics"')
        .json({ error: { code: 'UNAUTHENTICATED', message: 'Send the metrics token as a bearer token.' } });
      return;
    }
    const body = await metrics.registry.metrics();
    res.set('Cache-Control', 'no-store').type(metrics.registry.contentType).send(body);
  });
  return router;
}
