import type { ResourceType } from '@portico/contracts/audit';
import type { CloudClients } from '../../clouds/cloud-clients.ts';
import type { AuditLog } from '../audit/audit-log.ts';
import type { DriftChange } from './drift.ts';

const operations = { created: 'CreatedOutsidePortico', changed: 'ChangedOutsidePortico', removed: 'RemovedOutsidePortico' } as const;

/** Each change a refresh found becomes an audit event of its own kind, beside Portico's own. */
export async function recordDrift(audit: AuditLog, clouds: CloudClients, profile: string, changes: DriftChange[]): Promise<void> {
  for (const change of changes) {
    const entry = change.after ?? change.before;
    if (!entry) continue;
    const account = entry.cloud === 'huawei' ? clouds.profiles.find('huawei') : clouds.profiles.find('alibaba', profile);
    const resourceType: ResourceType = entry.kind;
    await audit.recordOutside(
      {
        cloud: entry.cloud,
        profile: account?.id ?? profile,
        region: account?.region ?? '-',
        operation: operations[change.change],
        resourceType,
        target: entry.name === entry.id ? entry.id : `${entry.name} (${entry.id})`,
      },
      { before: change.before ?? null, after: change.after ? { ...change.after, ...(change.fields.length > 0 ? { changedFields: change.fields } : {}) } : null },
    );
  }
}
