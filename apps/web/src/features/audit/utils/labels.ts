import type { AuditResult, ResourceType } from '@portico/contracts/audit';

export const resourceTypeLabels: Record<ResourceType, string> = {
  'vpc-authorization': 'VPC authorization',
  'ip-control': 'IP access control',
  'backend-model': 'Backend model',
  backend: 'Backend',
  finding: 'Finding (suppression)',
  'endpoint-service': 'Endpoint service',
  user: 'Person',
  session: 'Sign-in and access',
  'api-token': 'API token',
  'demo-cloud': 'Demo cloud',
  settings: 'Console setting',
  grant: 'Grant',
  'change-request': 'Change request',
};

export const resultColors: Record<AuditResult, string> = {
  pending: 'blue',
  succeeded: 'teal',
  failed: 'red',
  unknown: 'orange',
};

export const resultMeanings: Record<AuditResult, string> = {
  pending: 'The cloud has not answered yet.',
  succeeded: 'The change was made.',
  failed: 'The change was refused; nothing changed.',
  unknown: 'The console lost track before the cloud answered: the change may or may not have been made.',
};

export const cloudLabels: Record<string, string> = { alibaba: 'Alibaba Cloud', huawei: 'Huawei Cloud', portico: 'Portico' };

/**
 * Operations the BFF records today, offered as suggestions for the Operation filter (which
 * matches a name exactly). Anything else can still be typed.
 */
export const knownOperations = [
  'SetVpcAccess',
  'ModifyVpcAccessAndUpdateApis',
  'RemoveVpcAccess',
  'AddIpControlPolicyItem',
  'ModifyIpControlPolicyItem',
  'RemoveIpControlPolicyItem',
  'CreateUser',
  'UpdateUser',
  'ResetDemoCloud',
];
