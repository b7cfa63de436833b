import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditList } from '@portico/contracts/audit';
import { GrantList } from '@portico/contracts/grants';
import { parseAccessFile } from './services/access/access-file.ts';
import { startHarness, type Harness } from './testing/harness.ts';

const FILE = parseAccessFile('grants:\n  - group: orders-operators\n    role: operator\n    scope: { kinds: [backend-model], stages: [TEST] }\n', '/etc/portico/access.yaml');

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ bff: { accessFile: { path: '/etc/portico/access.yaml', grants: FILE.grants } } });
});
afterAll(() => h.close());

describe('PORTICO_ACCESS_FILE', () => {
  it('when the console starts with an access file, then its grants are in force, marked as from the file, and the load is audited', async () => {
    const grants = GrantList.parse((await h.admin.request('GET', '/api/grants')).body).items;
    expect(grants).toEqual([expect.objectContaining({ subject: { type: 'group', group: 'orders-operators' }, role: 'operator', source: 'file' })]);
    const [load] = AuditList.parse((await h.admin.request('GET', '/api/audit?operation=LoadAccessFile')).body).items;
    expect(load).toMatchObject({ actor: { name: 'system' }, target: '/etc/portico/access.yaml', result: 'succeeded', before: { grants: [] } });
  });

  it('when an admin tries to change or remove a grant from the file, then 409 says to change the file', async () => {
    const [grant] = GrantList.parse((await h.admin.request('GET', '/api/grants')).body).items;
    const removed = await h.admin.request('DELETE', `/api/grants/${grant!.id}`);
    expect(removed.status).toBe(409);
    expect(removed.text).toContain('change it there');
    const changed = await h.admin.request('PUT', `/api/grants/${grant!.id}`, { subject: grant!.subject, role: 'admin', scope: {} });
    expect(changed.status).toBe(409);
    expect(GrantList.parse((await h.admin.request('GET', '/api/grants')).body).items[0]?.role).toBe('operator');
  });
});
