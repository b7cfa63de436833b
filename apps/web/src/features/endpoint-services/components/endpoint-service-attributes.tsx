import type { ReactNode } from 'react';
import { Code, DataList, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EndpointService } from '@portico/contracts/endpoint-services';
import { CopyableCode } from '@/components/ui/copyable-code';
import { formatDateTime } from '@/lib/format';
import { approvalMeaning, tcpProxyMeaningOf } from '../utils/changes';
import { ApprovalBadge, ServerTypeBadge, ServiceStatusBadge, useServerTypeMeaning } from './status-badges';

const none = (
  <Text span c="dimmed">
    —
  </Text>
);

const idOrNone = (value: string | undefined, label: string) => (value ? <CopyableCode value={value} label={label} /> : none);

export function EndpointServiceAttributes({ service }: { service: EndpointService }) {
  const { t } = useTranslation();
  const serverTypeMeaning = useServerTypeMeaning();
  const rows: [string, ReactNode][] = [
    [t('endpointServices.attributes.serviceName'), service.serviceName || none],
    [t('endpointServices.attributes.serviceId'), <CopyableCode key="id" value={service.id} label={t('endpointServices.attributes.serviceIdLabel')} />],
    [t('endpointServices.attributes.portId'), idOrNone(service.portId, t('endpointServices.attributes.portIdLabel'))],
    ...(service.vipPortId
      ? ([[t('endpointServices.attributes.vipPortId'), idOrNone(service.vipPortId, t('endpointServices.attributes.vipPortId'))]] as [string, ReactNode][])
      : []),
    [t('endpointServices.attributes.vpcId'), idOrNone(service.vpcId, t('endpointServices.attributes.vpcId'))],
    [
      t('endpointServices.attributes.serverType'),
      <Group key="type" gap="xs">
        <ServerTypeBadge type={service.serverType} />
        <Text span size="sm" c="dimmed">
          {serverTypeMeaning(service.serverType)}
        </Text>
      </Group>,
    ],
    [t('endpointServices.attributes.serviceType'), service.serviceType || none],
    [t('endpointServices.attributes.status'), <ServiceStatusBadge key="status" status={service.status} />],
    [
      t('endpointServices.attributes.approval'),
      <Group key="approval" gap="xs">
        <ApprovalBadge enabled={service.approvalEnabled} />
        <Text span size="sm" c="dimmed">
          {approvalMeaning(service.approvalEnabled)}
        </Text>
      </Group>,
    ],
    [
      t('endpointServices.attributes.tcpProxy'),
      service.tcpProxy ? (
        <Group key="proxy" gap="xs">
          <Code>{service.tcpProxy}</Code>
          <Text span size="sm" c="dimmed">
            {tcpProxyMeaningOf(service.tcpProxy) ?? ''}
          </Text>
        </Group>
      ) : (
        none
      ),
    ],
    [t('endpointServices.attributes.description'), service.description || none],
    [t('endpointServices.attributes.created'), formatDateTime(service.createdAt)],
    [t('endpointServices.attributes.updated'), formatDateTime(service.updatedAt)],
  ];
  return (
    <DataList orientation="horizontal" labelWidth={200} size="sm" withDivider aria-label={t('endpointServices.attributes.title')}>
      {rows.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel>{label}</DataList.ItemLabel>
          <DataList.ItemValue>{value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
