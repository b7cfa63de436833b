import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditList } from '@portico/contracts/audit';
import { ChangePolicyList } from '@portico/contracts/changes';
import { GrantList } from '@portico/contracts/grants';
import { parseAccessFile } from './services/access/access-file.ts';
import { startHarness, type Harness } from './testing/harness.ts';

const FILE = parseAccessFile(
  [
    'grants:',
    '  - group: orders-operators',
    '    role: operator',
    '    scope: { kinds: [backend-model], stages: [TEST] }',
    'changePolicies:',
    '  - name: Production release',
    '    scope: { stages: [RELEASE] }',
    '    approvals: 2',
    '    windows: [{ days: [1, 2, 3, 4, 5], from: "20:00", to: "23:00", timeZone: Asia/Shanghai }]',
  ].join('\n'),
  '/etc/portico/access.yaml',
);

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ bff: { accessFile: { path: '/etc/portico/access.yaml', grants: FILE.grants, changePolicies: FILE.changePolicies } } });
});
afterAll(() => h.close());

describe('PORTICO_ACCESS_FILE', () => {
  it('when the file holds change policies, then they are in force, marked as from the file, and refused to the API', async () => {
    const policies = ChangePolicyList.parse((await h.admin.request('GET', '/api/change-policies')).body).items;
    const release = policies.find((p) => p.name === 'Production release');
    expect(release).toMatchObject({ source: 'file', approvals: 2, scope: { stages: ['RELEASE'] }, windows: [{ timeZone: 'Asia/Shanghai' }] });
    const edit = await h.admin.request('DELETE', `/api/change-policies/${release!.id}`);
    expect(edit.status).toBe(409);
  });

  it('when a change policy in the file has a wrong field, then loading names it', () => {
    expect(() => parseAccessFile('changePolicies:\n  - name: x\n    approvals: 9\n', '/etc/a.yaml')).toThrow(/changePolicies\.0\.approvals must be between 1 and 5/);
  });

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
