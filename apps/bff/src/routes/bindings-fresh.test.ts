import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AddIpControlPolicyItemRequest, SetVpcAccessRequest } from '@alicloud/cloudapi20160714';
import { sdkClient } from '@portico/cloud-emulator/testing/alibaba';
import { AuditList } from '@portico/contracts/audit';
import { SEED } from '@portico/cloud-emulator/services/apigateway/seed';
import { Inventory, resourceKeyOf } from '@portico/contracts/bindings';
import { routes } from '@portico/contracts/routes';
import { startHarness, type Harness } from '../testing/harness.ts';
import { buildInventory } from '../testing/inventory.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  expect((await buildInventory(h.admin)).at(-1)?.status).toBe('completed');
});
afterAll(() => h.close());

const calls = async () => ((await h.emulatorHook('GET', '/__emulator/stats')) as { calls: Record<string, number> }).calls;
const latest = async () => Inventory.parse((await h.admin.request('GET', routes.getInventory.path)).body);

/** Reads the inventory until `done` holds (the update runs after the change's answer). */
async function until(done: (inventory: Inventory) => boolean, timeoutMs = 5_000): Promise<{ inventory: Inventory; ms: number }> {
  const started = performance.now();
  for (;;) {
    const inventory = await latest();
    if (done(inventory)) return { inventory, ms: performance.now() - started };
    if (performance.now() - started > timeoutMs) throw new Error('the inventory did not follow the change');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The outside-Portico events once there are `count` of them (or what there is after 5 s). */
async function outsideEvents(count: number, timeoutMs = 5_000) {
  const started = performance.now();
  for (;;) {
    const items = AuditList.parse((await h.admin.request('GET', `${routes.listAudit.path}?category=outside&pageSize=100`)).body).items;
    if (items.length >= count || performance.now() - started > timeoutMs) return items;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the inventory follows the console', () => {
  it('when an ACL entry is added through the console, then the inventory shows it within seconds, from a few calls and no crawl', async () => {
    const acl = SEED.ipControls.partners;
    const key = resourceKeyOf('ip-control', acl.ipControlId);
    const before = await latest();
    await h.emulatorHook('POST', '/__emulator/stats/reset');
    const added = await h.admin.request('POST', `/api/ip-controls/${acl.ipControlId}/policy-items`, { cidrs: ['198.18.7.0/24'] });
    expect(added.status).toBe(201);
    const { inventory } = await until((i) => ((i.resources.find((r) => r.key === key)?.details?.cidrs as string[] | undefined) ?? []).includes('198.18.7.0/24'));
    expect(inventory.asOf).toBe(before.asOf);
    expect(inventory.updatedAt).toBeDefined();
    expect(inventory.updates).toBe(1);
    // Its bindings are as before; the rest of the inventory is untouched.
    expect(inventory.bindings.filter((b) => b.resource === key)).toEqual(before.bindings.filter((b) => b.resource === key));
    expect(inventory.apis).toEqual(before.apis);
    const seen = await calls();
    // The change itself, then this ACL's own reads only: no list of groups, APIs or other resources.
    expect(seen).not.toHaveProperty('DescribeApiGroups');
    expect(seen).not.toHaveProperty('DescribeDeployedApis');
    expect(seen).not.toHaveProperty('DescribeVpcAccesses');
    expect(seen).not.toHaveProperty('DescribeBackendList');
    const total = Object.values(seen).reduce((n, c) => n + c, 0);
    expect(total).toBeLessThanOrEqual(6);
    expect(before.cloudCalls).toBeGreaterThan(40);
  });

  it('when VPC authorizations are created through the console, then each is in the inventory as unused, and gone after its removal', async () => {
    const names = ['fresh-auth-1', 'fresh-auth-2', 'fresh-auth-3'];
    for (const [i, name] of names.entries()) {
      const created = await h.admin.request('POST', '/api/vpc-authorizations', { name, vpcId: 'vpc-fresh0001', instanceId: 'i-fresh0001', port: 8443 + i });
      expect(created.status, created.text).toBe(201);
    }
    const { inventory } = await until((i) => names.every((name) => i.resources.some((r) => r.name === name)));
    const unused = inventory.findings.filter((f) => f.kind === 'unused-authorization').map((f) => f.subjectName);
    expect(unused).toEqual(expect.arrayContaining([...names, SEED.vpcAccess.idle.name]));

    const removed = await h.admin.request('DELETE', `/api/vpc-authorizations/${names[0]}`);
    expect(removed.status).toBe(200);
    const after = await until((i) => !i.resources.some((r) => r.name === names[0]));
    expect(after.inventory.findings.some((f) => f.subjectName === names[0])).toBe(false);
  });

  it("when changes are made on the cloud with the official SDK, then the next refresh records them as made outside Portico, and never the console's own", async () => {
    const { blocklist, sandbox } = SEED.ipControls;
    const sdk = sdkClient(h.emulator);
    await sdk.addIpControlPolicyItem(new AddIpControlPolicyItemRequest({ ipControlId: blocklist.ipControlId, cidrIp: '198.51.100.99' }));
    await sdk.setVpcAccess(new SetVpcAccessRequest({ name: 'made-outside', vpcId: 'vpc-outside0001', instanceId: 'i-outside0001', port: 9443 }));
    // And one through the console, between the two refreshes.
    const added = await h.admin.request('POST', `/api/ip-controls/${sandbox.ipControlId}/policy-items`, { cidrs: ['198.18.9.0/24'] });
    expect(added.status).toBe(201);
    const sandboxKey = resourceKeyOf('ip-control', sandbox.ipControlId);
    await until((i) => ((i.resources.find((r) => r.key === sandboxKey)?.details?.cidrs as string[] | undefined) ?? []).includes('198.18.9.0/24'));

    expect((await buildInventory(h.admin)).at(-1)?.status).toBe('completed');
    // Recorded right after the build is stored; on PostgreSQL another watcher can see "completed" a moment before.
    const outside = await outsideEvents(2);
    const summary = outside.map((e) => `${e.operation} ${e.resourceType} ${e.target}`).sort();
    expect(summary).toEqual(
      [
        `ChangedOutsidePortico ip-control ${blocklist.name} (${blocklist.ipControlId})`,
        expect.stringMatching(/^CreatedOutsidePortico vpc-authorization made-outside \(/),
      ].sort(),
    );
    const changed = outside.find((e) => e.operation === 'ChangedOutsidePortico')!;
    expect(changed.actor.name).toBe('outside Portico');
    expect(changed.via).toBe('outside-portico');
    expect((changed.after as { changedFields: string[] }).changedFields).toEqual(expect.arrayContaining(['details.cidrs']));
    expect(JSON.stringify(changed.after)).toContain('198.51.100.99');
    // The console's changes in this file (partners, sandbox, the created and removed authorizations) are Portico's own.
    expect(outside.some((e) => e.target.includes(sandbox.name) || e.target.includes(SEED.ipControls.partners.name) || e.target.includes('fresh-auth'))).toBe(false);
    // Portico's own changes list does not hold them; everything does.
    const changes = AuditList.parse((await h.admin.request('GET', `${routes.listAudit.path}?category=changes&pageSize=100`)).body).items;
    expect(changes.some((e) => e.via === 'outside-portico')).toBe(false);

    // A refresh with nothing new finds nothing more.
    expect((await buildInventory(h.admin)).at(-1)?.status).toBe('completed');
    const again = AuditList.parse((await h.admin.request('GET', `${routes.listAudit.path}?category=outside&pageSize=100`)).body);
    expect(again.items).toHaveLength(outside.length);
  });

  it('when a finding is suppressed with an owner, a reason and an expiry, then it is marked until it expires, and both ends are audited', async () => {
    const subject = resourceKeyOf('vpc-authorization', SEED.vpcAccess.idle.vpcAccessId);
    const path = routes.createSuppression.path;
    // Bad input: a field message each, nothing stored.
    const past = await h.admin.request('POST', path, {
      kind: 'unused-authorization',
      subject,
      owner: 'sec',
      reason: 'kept for the DR drill',
      expiresAt: '2020-01-01T00:00:00Z',
    });
    expect(past.status).toBe(400);
    expect((past.body as { error: { fields: Record<string, string> } }).error.fields.expiresAt).toBe('must be in the future');
    const noOwner = await h.admin.request('POST', path, { kind: 'unused-authorization', subject, reason: 'kept', expiresAt: new Date(Date.now() + 60_000).toISOString() });
    expect(Object.keys((noOwner.body as { error: { fields: Record<string, string> } }).error.fields)).toEqual(['owner']);

    const expiresAt = new Date(Date.now() + 2_000).toISOString();
    const created = await h.admin.request('POST', path, { kind: 'unused-authorization', subject, owner: 'network team', reason: 'kept for the DR drill', expiresAt });
    expect(created.status, created.text).toBe(201);
    const marked = (await latest()).findings.find((f) => f.kind === 'unused-authorization' && f.subject === subject)!;
    expect(marked.suppressed).toMatchObject({ owner: 'network team', reason: 'kept for the DR drill' });
    const audit = AuditList.parse((await h.admin.request('GET', `${routes.listAudit.path}?operation=SuppressFinding`)).body).items;
    expect(audit.map((e) => e.target)).toEqual([`unused-authorization ${subject}`]);

    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const after = (await latest()).findings.find((f) => f.kind === 'unused-authorization' && f.subject === subject)!;
    expect(after.suppressed).toBeUndefined();
    const listed = (await h.admin.request('GET', routes.listSuppressions.path)).body as { items: { expired: boolean }[] };
    expect(listed.items.map((i) => i.expired)).toEqual([true]);
  });
});
