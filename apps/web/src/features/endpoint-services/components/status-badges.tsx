import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const serviceStatusColors = { available: 'teal', creating: 'blue', failed: 'red', deleting: 'orange' } as const;
type ServiceStatus = keyof typeof serviceStatusColors;
const isServiceStatus = (status: string): status is ServiceStatus => status in serviceStatusColors;

/** An endpoint service's status (the cloud's available, creating, failed, deleting) in the reader's language. */
export function ServiceStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const known = isServiceStatus(status) ? status : undefined;
  return (
    <Badge
      color={known ? serviceStatusColors[known] : 'gray'}
      variant="light"
      radius="sm"
      size="sm"
      tt="none"
      miw="max-content"
      title={known ? t(`endpointServices.serviceStatus.meaning.${known}`) : undefined}
      data-status={status}
    >
      {known ? t(`endpointServices.serviceStatus.${known}`) : status || t('endpointServices.unknown')}
    </Badge>
  );
}

const connectionStatusColors = {
  accepted: 'teal',
  pendingAcceptance: 'yellow',
  creating: 'blue',
  rejected: 'gray',
  failed: 'red',
  deleting: 'orange',
} as const;
type ConnectionStatus = keyof typeof connectionStatusColors;
const isConnectionStatus = (status: string): status is ConnectionStatus => status in connectionStatusColors;

/** An endpoint connection's status (the cloud's pendingAcceptance, accepted, …) in the reader's language. */
export function ConnectionStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const known = isConnectionStatus(status) ? status : undefined;
  return (
    <Badge
      color={known ? connectionStatusColors[known] : 'gray'}
      variant="light"
      radius="sm"
      size="sm"
      tt="none"
      miw="max-content"
      title={known ? t(`endpointServices.connectionStatus.meaning.${known}`) : undefined}
      data-status={status}
    >
      {known ? t(`endpointServices.connectionStatus.${known}`) : status || t('endpointServices.unknown')}
    </Badge>
  );
}

const serverTypes = ['VM', 'VIP', 'LB'] as const;
const isServerType = (type: string): type is (typeof serverTypes)[number] => (serverTypes as readonly string[]).includes(type);

/** What the backend of a service is (server_type VM, VIP or LB), in words. */
export function useServerTypeMeaning(): (type: string) => string {
  const { t } = useTranslation();
  return (type) => (isServerType(type) ? t(`endpointServices.serverType.${type}`) : '');
}

export function ServerTypeBadge({ type }: { type: string }) {
  const meaning = useServerTypeMeaning();
  return (
    <Badge color="gray" variant="outline" radius="sm" size="sm" miw="max-content" title={meaning(type) || undefined}>
      {type || '—'}
    </Badge>
  );
}

export function ApprovalBadge({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={enabled ? 'blue' : 'gray'}
      variant={enabled ? 'light' : 'outline'}
      radius="sm"
      size="sm"
      miw="max-content"
      title={enabled ? t('endpointServices.approval.on') : t('endpointServices.approval.off')}
    >
      {enabled ? t('endpointServices.approval.onShort') : t('endpointServices.approval.offShort')}
    </Badge>
  );
}
