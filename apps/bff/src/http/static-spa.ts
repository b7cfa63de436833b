import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type RequestHandler, Router } from 'express';

/**
 * Serves the built SPA: hashed assets cached for a year, and index.html (never cached) for any
 * other GET outside /api so client-side routes survive a reload.
 */
export function spaRouter(distDir: string): Router {
  const router = Router();
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) {
    router.get('/', (_req, res) => {
      res.type('text/plain').send('The web console is not built. Run `pnpm --filter @portico/web build`.');
    });
    return router;
  }
  // Source maps are never served: the build keeps them outside this folder, and a stray one stays private.
  router.get(/\.map$/i, (_req, _res, next) => next('router'));
  router.use('/assets', express.static(join(distDir, 'assets'), { immutable: true, maxAge: '1y', index: false }));
  router.use(express.static(distDir, { index: false, maxAge: '1h' }));
  const sendIndex: RequestHandler = (req, res, next) => {
    if (req.path.startsWith('/api/') || req.path === '/api') return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  };
  router.get('/*splat', sendIndex);
  router.get('/', sendIndex);
  return router;
}
