import type { ReactNode } from 'react';
import { DataList, Text } from '@mantine/core';
import type { IpControl } from '@portico/contracts/ip-controls';
import { CopyableCode } from '@/components/ui/copyable-code';
import { formatDateTime } from '@/lib/format';
import { IpControlTypeBadge, typeMeaning } from './ip-control-type-badge';

const none = (
  <Text span c="dimmed">
    —
  </Text>
);

export function IpControlAttributes({ ipControl }: { ipControl: IpControl }) {
  const rows: [string, ReactNode][] = [
    ['Name', ipControl.name],
    ['ACL ID', <CopyableCode key="id" value={ipControl.id} label="ACL ID" />],
    [
      'Type',
      <Text key="type" span size="sm">
        <IpControlTypeBadge type={ipControl.type} />{' '}
        <Text span size="sm" c="dimmed">
          {typeMeaning[ipControl.type]}
        </Text>
      </Text>,
    ],
    ['Description', ipControl.description || none],
    ['Region', ipControl.regionId || none],
    ['Created', formatDateTime(ipControl.createdAt)],
  ];
  return (
    <DataList orientation="horizontal" labelWidth={160} size="sm" withDivider aria-label="Attributes">
      {rows.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel>{label}</DataList.ItemLabel>
          <DataList.ItemValue>{value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
