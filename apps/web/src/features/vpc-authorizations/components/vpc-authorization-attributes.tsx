import type { ReactNode } from 'react';
import { DataList, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VpcAuthorization } from '@portico/contracts/vpc-authorizations';
import { CopyableCode } from '@/components/ui/copyable-code';
import { formatDateTime } from '@/lib/format';

const none = (
  <Text span c="dimmed">
    —
  </Text>
);

export function VpcAuthorizationAttributes({ authorization }: { authorization: VpcAuthorization }) {
  const { t } = useTranslation();
  const rows: [string, ReactNode][] = [
    [t('vpcAuthorizations.fields.name'), authorization.name],
    [t('vpcAuthorizations.fields.id'), authorization.id ? <CopyableCode value={authorization.id} label={t('vpcAuthorizations.fields.id')} /> : none],
    [t('vpcAuthorizations.fields.vpcId'), <CopyableCode key="vpc" value={authorization.vpcId} label={t('vpcAuthorizations.fields.vpcId')} />],
    [t('vpcAuthorizations.fields.instanceId'), <CopyableCode key="instance" value={authorization.instanceId} label={t('vpcAuthorizations.fields.instanceId')} />],
    [t('vpcAuthorizations.fields.port'), authorization.port],
    [t('vpcAuthorizations.fields.vpcTargetHostName'), authorization.vpcTargetHostName || none],
    [t('vpcAuthorizations.fields.description'), authorization.description || none],
    [t('vpcAuthorizations.fields.region'), authorization.regionId || none],
    [t('vpcAuthorizations.fields.created'), formatDateTime(authorization.createdAt)],
  ];
  return (
    <DataList orientation="horizontal" labelWidth={160} size="sm" withDivider aria-label={t('vpcAuthorizations.detail.attributes')}>
      {rows.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel>{label}</DataList.ItemLabel>
          <DataList.ItemValue>{value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
