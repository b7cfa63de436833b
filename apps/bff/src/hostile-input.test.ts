import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorEnvelope } from '@portico/contracts/errors';
import { pathOf, routes, type AnyRouteDef } from '@portico/contracts/routes';
import { startHarness, type Harness } from './testing/harness.ts';

let h: Harness;
beforeAll(async () => {
  // Hundreds of sign-in attempts come from one address here; the limiter has its own test.
  h = await startHarness({ bff: { signInLimits: { windowMs: 60_000, perAddress: 10_000, perAccountAndAddress: 10_000 } } });
});
afterAll(() => h.close());

const allRoutes = Object.entries(routes) as [string, AnyRouteDef][];
const hasBody = (def: AnyRouteDef) => 'body' in def && def.body !== undefined;
const withBody = allRoutes.filter(([, def]) => hasBody(def));
const withParams = allRoutes.filter(([, def]) => def.params);

const totalCloudCalls = async () => {
  const { calls } = (await h.emulatorHook('GET', '/__emulator/stats')) as { calls: Record<string, number> };
  return Object.values(calls).reduce((a, b) => a + b, 0);
};

/** Strings that have broken path handling somewhere before. */
const nastyString = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('..', '../..', '%2e%2e%2f', '\u0000', ' ', 'a/b', 'x'.repeat(300), '<script>', "' OR 1=1 --", '${jndi:x}'),
);

/** Params that fill a route's `:name` segments with anything. */
const paramsFor = (def: AnyRouteDef) => {
  const names = [...def.path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);
  return fc.record(Object.fromEntries(names.map((n) => [n, nastyString])) as Record<string, fc.Arbitrary<string>>);
};

/** Fills path params with values that at least pass the route's param schema when one is required. */
const safePath = (def: AnyRouteDef) =>
  pathOf(def.path, { name: 'vpc-core-backend', id: '00000000-0000-4000-8000-000000000000', itemId: 'P000', stage: 'TEST', key: 'backend:nope' });

/** Answers a hostile request must get: a 4xx with the envelope, never a 5xx. */
async function expectRefusedCleanly(method: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const before = await totalCloudCalls();
  const response = await h.admin.request(method, path, body, headers);
  expect(response.status, `${method} ${path} → ${response.status} ${response.text.slice(0, 200)}`).toBeLessThan(500);
  if (response.status >= 400) {
    expect(ErrorEnvelope.safeParse(response.body).success, response.text.slice(0, 200)).toBe(true);
  }
  // Input the contracts refuse never becomes a cloud call.
  if ([400, 413, 415].includes(response.status)) expect(await totalCloudCalls()).toBe(before);
  return response.status;
}

describe('hostile input against every route', () => {
  it.each(withBody)('when %s gets random JSON bodies, then a clean 4xx and no cloud call', async (_name, def) => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (body) => {
        const status = await expectRefusedCleanly(def.method, safePath(def), body === undefined ? null : body);
        expect(status).not.toBe(500);
      }),
      { numRuns: 25 },
    );
  });

  it.each(withBody)('when %s gets unknown fields, wrong types, huge strings or arrays, then 4xx', async (_name, def) => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue({ maxDepth: 1 }), { minKeys: 1, maxKeys: 5 }).map((o) => ({ ...o, __proto__x: 1 })),
          fc.record({ port: fc.oneof(fc.string(), fc.double(), fc.boolean()), cidrs: fc.anything(), data: fc.oneof(fc.string(), fc.integer()) }),
          fc.constant({ name: 'x'.repeat(60_000) }),
          fc.constant({ cidrs: Array.from({ length: 5_000 }, (_, i) => `10.0.${i % 256}.1`) }),
        ),
        async (body) => {
          expect(await expectRefusedCleanly(def.method, safePath(def), body)).toBeGreaterThanOrEqual(400);
        },
      ),
      { numRuns: 12 },
    );
  });

  it.each(withBody)('when %s gets bad JSON, the wrong content type or an oversized body, then 400/415/413', async (_name, def) => {
    expect(await expectRefusedCleanly(def.method, safePath(def), '{"broken": ', {})).toBe(400);
    expect(await expectRefusedCleanly(def.method, safePath(def), 'a=1&b=2', { 'content-type': 'application/x-www-form-urlencoded' })).toBe(415);
    expect(await expectRefusedCleanly(def.method, safePath(def), `{"x":"${'y'.repeat(300_000)}"}`, {})).toBe(413);
  });

  it.each(withParams)('when %s gets strange path parameters, then never a 5xx and nothing unchecked reaches the cloud', async (_name, def) => {
    await fc.assert(
      fc.asyncProperty(paramsFor(def), async (params) => {
        const path = def.path.replace(/:([A-Za-z]+)/g, (_, key: string) => encodeURIComponent(params[key] ?? ''));
        await expectRefusedCleanly(def.method, path, hasBody(def) ? {} : undefined);
      }),
      { numRuns: 20 },
    );
  });

  // A refresh starts a background build whose cloud calls would blur the per-request count.
  const queried = allRoutes.filter(([name, def]) => def.query && name !== 'refreshInventory');
  it.each(queried)('when %s gets random query strings, then never a 5xx', async (_name, def) => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom('page', 'pageSize', 'profile', 'search', 'type', 'status', 'from', 'to', 'result', 'x'), nastyString, { maxKeys: 4 }),
        async (query) => {
          const qs = new URLSearchParams(query).toString();
          await expectRefusedCleanly(def.method, `${safePath(def)}?${qs}`, hasBody(def) ? {} : undefined);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('when a refresh names a malformed profile, then 400 and no build starts', async () => {
    expect(await expectRefusedCleanly('POST', '/api/bindings/refresh?profile=..', undefined)).toBe(400);
  });

  it('when the same query key is repeated (an array), then 400, not a crash', async () => {
    expect(await expectRefusedCleanly('GET', '/api/vpc-authorizations?page=1&page=2', undefined)).toBe(400);
  });
});
