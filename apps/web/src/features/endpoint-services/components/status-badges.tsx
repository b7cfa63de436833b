import { Badge } from '@mantine/core';

const serviceStatusColors: Record<string, string> = { available: 'teal', creating: 'blue', failed: 'red', deleting: 'orange' };

const serviceStatusMeaning: Record<string, string> = {
  available: 'The service can be connected to',
  creating: 'The service is being created',
  failed: 'The service could not be created',
  deleting: 'The service is being deleted',
};

/** An endpoint service's status as the cloud names it: available, creating, failed, deleting. */
export function ServiceStatusBadge({ status }: { status: string }) {
  return (
    <Badge color={serviceStatusColors[status] ?? 'gray'} variant="light" radius="sm" size="sm" tt="none" miw="max-content" title={serviceStatusMeaning[status]}>
      {status || 'unknown'}
    </Badge>
  );
}

const connectionStatusColors: Record<string, string> = {
  accepted: 'teal',
  pendingAcceptance: 'yellow',
  creating: 'blue',
  rejected: 'gray',
  failed: 'red',
  deleting: 'orange',
};

const connectionStatusMeaning: Record<string, string> = {
  accepted: 'Connected',
  pendingAcceptance: 'Waits for your approval',
  creating: 'Being connected',
  rejected: 'Refused by the service owner',
  failed: 'Could not connect',
  deleting: 'Being removed',
};

/** An endpoint connection's status, in the cloud's words (pendingAcceptance, accepted, …). */
export function ConnectionStatusBadge({ status }: { status: string }) {
  return (
    <Badge color={connectionStatusColors[status] ?? 'gray'} variant="light" radius="sm" size="sm" tt="none" miw="max-content" title={connectionStatusMeaning[status]}>
      {status || 'unknown'}
    </Badge>
  );
}

/** What the backend of a service is: server_type VM, VIP or LB. */
export const serverTypeMeaning: Record<string, string> = {
  VM: 'Cloud server',
  VIP: 'Virtual IP address',
  LB: 'Shared load balancer',
};

export function ServerTypeBadge({ type }: { type: string }) {
  return (
    <Badge color="gray" variant="outline" radius="sm" size="sm" miw="max-content" title={serverTypeMeaning[type]}>
      {type || '—'}
    </Badge>
  );
}

export function ApprovalBadge({ enabled }: { enabled: boolean }) {
  return (
    <Badge
      color={enabled ? 'blue' : 'gray'}
      variant={enabled ? 'light' : 'outline'}
      radius="sm"
      size="sm"
      miw="max-content"
      title={enabled ? 'New endpoint connections wait for approval' : 'Endpoints connect at once'}
    >
      {enabled ? 'On' : 'Off'}
    </Badge>
  );
}
