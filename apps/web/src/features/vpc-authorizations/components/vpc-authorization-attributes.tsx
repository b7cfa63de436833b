import type { ReactNode } from 'react';
import { DataList, Text } from '@mantine/core';
import type { VpcAuthorization } from '@portico/contracts/vpc-authorizations';
import { CopyableCode } from '@/components/ui/copyable-code';
import { formatDateTime } from '@/lib/format';

const none = (
  <Text span c="dimmed">
    —
  </Text>
);

export function VpcAuthorizationAttributes({ authorization }: { authorization: VpcAuthorization }) {
  const rows: [string, ReactNode][] = [
    ['Name', authorization.name],
    ['Authorization ID', authorization.id ? <CopyableCode value={authorization.id} label="authorization ID" /> : none],
    ['VPC ID', <CopyableCode key="vpc" value={authorization.vpcId} label="VPC ID" />],
    ['Instance ID', <CopyableCode key="instance" value={authorization.instanceId} label="instance ID" />],
    ['Port', authorization.port],
    ['Target host name', authorization.vpcTargetHostName || none],
    ['Description', authorization.description || none],
    ['Region', authorization.regionId || none],
    ['Created', formatDateTime(authorization.createdAt)],
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
