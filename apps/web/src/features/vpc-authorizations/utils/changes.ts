import type { ModifyVpcAuthorization, VpcAuthorization } from '@portico/contracts/vpc-authorizations';

/** The attributes ModifyVpcAccessAndUpdateApis can change, in the order people read them (labels: vpcAuthorizations.fields.<key>). */
export const editableFields = ['vpcId', 'instanceId', 'port', 'vpcTargetHostName'] as const;

export type EditableField = (typeof editableFields)[number];
type Editable = Pick<VpcAuthorization, EditableField>;

export interface FieldChange {
  key: EditableField;
  current: string;
  next: string;
  changed: boolean;
}

/** Absent and empty are the same value; surrounding blanks are not a change. */
function normalize(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  return String(value).trim();
}

/** Current vs new value of every editable attribute, each marked changed or not. */
export function diffAuthorization(current: Editable, next: Pick<ModifyVpcAuthorization, EditableField>): FieldChange[] {
  return editableFields.map((key) => {
    const before = normalize(current[key]);
    const after = normalize(next[key]);
    return { key, current: before, next: after, changed: before !== after };
  });
}

export function changedFields(changes: readonly FieldChange[]): FieldChange[] {
  return changes.filter((change) => change.changed);
}

/** The edit form's starting values: the authorization as it is, bound APIs re-synced. */
export function editDefaults(authorization: Editable) {
  return {
    vpcId: authorization.vpcId,
    instanceId: authorization.instanceId,
    port: authorization.port,
    vpcTargetHostName: authorization.vpcTargetHostName ?? '',
    refresh: false,
    needBatchWork: true,
  };
}
