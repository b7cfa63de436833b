import type { ResourceKind } from '@portico/contracts/grants';

export const kindLabels: Record<ResourceKind, string> = {
  'vpc-authorization': 'VPC authorizations',
  'ip-control': 'IP access control lists',
  'backend-model': 'Backend models',
  'endpoint-service': 'Endpoint services',
};
