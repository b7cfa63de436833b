import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Inventory } from '@portico/contracts/bindings';
import { BindingRows, type BindingRow } from '@portico/contracts/bindings-rows';
import { routes } from '@portico/contracts/routes';
import { startHarness, type Harness } from '../testing/harness.ts';
import { buildInventory } from '../testing/inventory.ts';

let h: Harness;
let inventory: Inventory;
beforeAll(async () => {
  h = await startHarness();
  expect((await buildInventory(h.admin)).at(-1)?.status).toBe('completed');
  inventory = Inventory.parse((await h.admin.request('GET', routes.getInventory.path)).body);
});
afterAll(() => h.close());

const page = async (query: string) => {
  const response = await h.admin.request('GET', `${routes.listBindingRows.path}?${query}`);
  expect(response.status, response.text).toBe(200);
  return BindingRows.parse(response.body);
};

describe('GET /api/bindings/rows', () => {
  it('when the table reads page after page, then the pages join into every API once, sorted by group', async () => {
    const rows: BindingRow[] = [];
    for (let offset = 0; ; offset += 10) {
      const next = await page(`offset=${offset}&limit=10`);
      expect(next.total).toBe(inventory.apis.length);
      expect(next.all).toBe(inventory.apis.length);
      rows.push(...next.rows);
      if (next.rows.length < 10) break;
    }
    expect(rows.map((r) => r.key).sort()).toEqual(inventory.apis.map((a) => a.key).sort());
    const groups = rows.map((r) => r.api.groupName);
    expect(groups).toEqual(groups.toSorted((a, b) => a.localeCompare(b)));
  });

  it('when a row is sent, then it carries what the API hangs on, as the bindings say, without resource details', async () => {
    const { rows } = await page('limit=500');
    for (const row of rows.slice(0, 20)) {
      const bound = inventory.bindings.filter((b) => b.api === row.key).map((b) => b.resource);
      const sent = [...row.vpcAuthorizations, ...row.ipControls, ...row.backends].map((r) => r.key);
      expect(new Set(sent)).toEqual(new Set(bound.filter((key) => !key.startsWith('endpoint-service:'))));
      for (const resource of row.ipControls) expect(resource).not.toHaveProperty('details');
    }
  });

  it('when filtered to a stage and sorted by API name descending, then only that stage comes, in that order', async () => {
    const release = inventory.apis.filter((a) => a.stageName.toUpperCase() === 'RELEASE');
    const result = await page('stage=RELEASE&sort=api&desc=true&limit=500');
    expect(result.total).toBe(release.length);
    expect(result.rows.every((r) => r.stage === 'RELEASE')).toBe(true);
    const names = result.rows.map((r) => r.api.apiName);
    expect(names).toEqual(names.toSorted((a, b) => b.localeCompare(a)));
  });

  it('when a finding of an API is suppressed, then its row marks it', async () => {
    const finding = inventory.findings.find((f) => f.kind === 'unprotected-api')!;
    const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
    const created = await h.admin.request('POST', routes.createSuppression.path, {
      kind: finding.kind,
      subject: finding.subject,
      owner: 'api team',
      reason: 'internal only',
      expiresAt,
    });
    expect(created.status, created.text).toBe(201);
    const { rows } = await page(`api=${encodeURIComponent(finding.subject)}`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.findings.find((f) => f.kind === 'unprotected-api')?.suppressed).toMatchObject({ owner: 'api team', reason: 'internal only' });
  });

  it('when the page asks for nonsense, then a 400 names each field', async () => {
    const response = await h.admin.request('GET', `${routes.listBindingRows.path}?limit=0&offset=-1&sort=colour&stage=PROD`);
    expect(response.status).toBe(400);
    const fields = (response.body as { error: { fields: Record<string, string> } }).error.fields;
    expect(Object.keys(fields).sort()).toEqual(['limit', 'offset', 'sort', 'stage']);
    expect(fields.limit).toBe('must be 1 or more');
  });
});
