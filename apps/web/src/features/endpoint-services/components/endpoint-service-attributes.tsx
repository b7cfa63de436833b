import type { ReactNode } from 'react';
import { Code, DataList, Group, Text } from '@mantine/core';
import type { EndpointService } from '@portico/contracts/endpoint-services';
import { CopyableCode } from '@/components/ui/copyable-code';
import { formatDateTime } from '@/lib/format';
import { approvalMeaning, tcpProxyMeaningOf } from '../utils/changes';
import { ApprovalBadge, ServerTypeBadge, serverTypeMeaning, ServiceStatusBadge } from './status-badges';

const none = (
  <Text span c="dimmed">
    —
  </Text>
);

const idOrNone = (value: string | undefined, label: string) => (value ? <CopyableCode value={value} label={label} /> : none);

export function EndpointServiceAttributes({ service }: { service: EndpointService }) {
  const rows: [string, ReactNode][] = [
    ['Service name', service.serviceName || none],
    ['Service ID', <CopyableCode key="id" value={service.id} label="service ID" />],
    ['Backend port ID (port_id)', idOrNone(service.portId, 'backend port ID')],
    ...(service.vipPortId ? ([['VIP port ID', idOrNone(service.vipPortId, 'VIP port ID')]] as [string, ReactNode][]) : []),
    ['VPC ID', idOrNone(service.vpcId, 'VPC ID')],
    [
      'Server type',
      <Group key="type" gap="xs">
        <ServerTypeBadge type={service.serverType} />
        <Text span size="sm" c="dimmed">
          {serverTypeMeaning[service.serverType] ?? ''}
        </Text>
      </Group>,
    ],
    ['Service type', service.serviceType || none],
    ['Status', <ServiceStatusBadge key="status" status={service.status} />],
    [
      'Approval required',
      <Group key="approval" gap="xs">
        <ApprovalBadge enabled={service.approvalEnabled} />
        <Text span size="sm" c="dimmed">
          {approvalMeaning(service.approvalEnabled)}
        </Text>
      </Group>,
    ],
    [
      'TCP proxy',
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
    ['Description', service.description || none],
    ['Created', formatDateTime(service.createdAt)],
    ['Updated', formatDateTime(service.updatedAt)],
  ];
  return (
    <DataList orientation="horizontal" labelWidth={200} size="sm" withDivider aria-label="Attributes">
      {rows.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel>{label}</DataList.ItemLabel>
          <DataList.ItemValue>{value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
