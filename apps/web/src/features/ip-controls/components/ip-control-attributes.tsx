import type { ReactNode } from 'react';
import { DataList, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
  const rows: [string, ReactNode][] = [
    [t('ipControls.fields.name'), ipControl.name],
    [t('ipControls.fields.id'), <CopyableCode key="id" value={ipControl.id} label={t('ipControls.fields.id')} />],
    [
      t('ipControls.fields.type'),
      <Text key="type" span size="sm">
        <IpControlTypeBadge type={ipControl.type} />{' '}
        <Text span size="sm" c="dimmed">
          {typeMeaning(t, ipControl.type)}
        </Text>
      </Text>,
    ],
    [t('ipControls.fields.description'), ipControl.description || none],
    [t('ipControls.fields.region'), ipControl.regionId || none],
    [t('ipControls.fields.created'), formatDateTime(ipControl.createdAt)],
  ];
  return (
    <DataList orientation="horizontal" labelWidth={160} size="sm" withDivider aria-label={t('ipControls.detail.attributes')}>
      {rows.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel>{label}</DataList.ItemLabel>
          <DataList.ItemValue>{value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
