import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express, { Router, type RequestHandler } from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { gateByPrefix } from './prefix-gate.ts';

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A router whose routes answer their own name, and a count of the requests that entered it. */
function thingsRouter() {
  const router = Router();
  const entered = { count: 0 };
  const answer =
    (name: string): RequestHandler =>
    (_req, res) =>
      void res.json({ name });
  router.get('/api/things', answer('list'));
  router.get('/api/things/:id', answer('one'));
  router.get('/livez', answer('live'));
  // Counted from the outside, so a request the gate keeps out is seen not to enter.
  const counting: RequestHandler = (req, res, next) => {
    entered.count++;
    router(req, res, next);
  };
  Object.assign(counting, { stack: router.stack });
  return { router: counting as unknown as Router, entered };
}

async function serve(handler: RequestHandler): Promise<string> {
  const app = express();
  app.use(handler);
  app.use((_req, res) => void res.status(404).json({ name: 'not found' }));
  server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server!.once('listening', r));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

const nameAt = async (base: string, path: string) => ((await (await fetch(`${base}${path}`)).json()) as { name: string }).name;

describe('gateByPrefix', () => {
  it('when a path can match one of the routes, then the router answers it as Express would (any case, trailing slash, parameters)', async () => {
    const { router } = thingsRouter();
    const base = await serve(gateByPrefix(router));
    expect(await nameAt(base, '/api/things')).toBe('list');
    expect(await nameAt(base, '/API/Things/')).toBe('list');
    expect(await nameAt(base, '/api/things/42')).toBe('one');
    expect(await nameAt(base, '/livez')).toBe('live');
    expect(await nameAt(base, '/livez/')).toBe('live');
  });

  it('when no route of the router can match the path, then the request passes by without entering it', async () => {
    const { router, entered } = thingsRouter();
    const base = await serve(gateByPrefix(router));
    expect(await nameAt(base, '/api/other')).toBe('not found');
    expect(await nameAt(base, '/api')).toBe('not found');
    expect(await nameAt(base, '/livez/more')).toBe('not found');
    expect(entered.count).toBe(0);
    expect(await nameAt(base, '/api/things/7')).toBe('one');
    expect(entered.count).toBe(1);
  });

  it('when a router is gated, then its routes stay listed on the gate, for whoever walks the app', () => {
    const { router } = thingsRouter();
    expect((gateByPrefix(router) as unknown as { stack: unknown[] }).stack).toBe(router.stack);
  });

  it('when a router has middleware or a route whose first segments are parameters, then it is not gated', () => {
    const withMiddleware = Router();
    withMiddleware.use((_req, _res, next) => next());
    withMiddleware.get('/api/things', (_req, res) => void res.end());
    expect(gateByPrefix(withMiddleware)).toBe(withMiddleware);
    const withParameter = Router();
    withParameter.get('/api/:kind', (_req, res) => void res.end());
    expect(gateByPrefix(withParameter)).toBe(withParameter);
  });
});
