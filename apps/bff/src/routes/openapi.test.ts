import type { Express, IRouter } from 'express';
import { validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiPath } from '@portico/contracts/openapi';
import { ApiClient } from '../testing/client.ts';
import { startHarness, type Harness } from '../testing/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every `METHOD /api/…` the running Express app answers, walked from its router stacks. */
function registeredRoutes(app: Express): string[] {
  const found: string[] = [];
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const path of [layer.route.path].flat()) {
          for (const method of Object.keys(layer.route.methods)) if (path.startsWith('/api/')) found.push(`${method.toUpperCase()} ${openApiPath(path)}`);
        }
      } else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk((app as unknown as { router: IRouter & { stack: Layer[] } }).router.stack);
  return [...new Set(found)].sort();
}

describe('the API, described', () => {
  it('when the document is fetched, then it is valid OpenAPI 3.1 with both ways to authenticate and the error envelope', async () => {
    const response = await h.admin.request('GET', '/api/openapi.json');
    expect(response.status).toBe(200);
    const document = response.body as { openapi: string; components: { securitySchemes: Record<string, unknown>; schemas: Record<string, unknown> } };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(['bearerToken', 'csrfHeader', 'sessionCookie']);
    expect(document.components.schemas.ErrorEnvelope).toBeDefined();
    const result = await validate(structuredClone(document) as never);
    expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it.skip('when a route is registered in the BFF, then the document describes it', async () => {
    const document = (await h.admin.request('GET', '/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const described = new Set(Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((m) => `${m.toUpperCase()} ${path}`)));
    const app = h.bff.server.listeners('request')[0] as Express;
    const registered = registeredRoutes(app);
    expect(registered.length).toBeGreaterThan(30);
    expect(registered.filter((route) => !described.has(route))).toEqual([]);
  });

  it('when a token is used, then it can read the document too', async () => {
    const operator = await h.signedInAs('operator');
    const created = (await operator.request('POST', '/api/tokens', { name: 'docs', expiresInDays: 1, access: 'read' })).body as { token: string };
    const script = Object.assign(new ApiClient(h.bff.url), { defaultHeaders: { authorization: `Bearer ${created.token}` } });
    expect((await script.request('GET', '/api/openapi.json')).status).toBe(200);
  });
});
