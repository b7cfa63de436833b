import { Alert, List, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IpControl } from '@portico/contracts/ip-controls';
import type { PublishedApi } from '@portico/contracts/published-apis';
import { ReviewPanel, type ReviewField } from '@/components/review/review-panel';
import { IconAlert } from '@/components/ui/icons';
import { PublishedApisTable } from '@/components/ui/published-apis-table';
import type { PolicyItemChanges } from '../utils/policy-item-changes';
import { CidrChips } from './cidr-chips';

interface Props {
  ipControl: IpControl;
  changes: PolicyItemChanges;
  /** The editor's warnings (overlaps, duplicates across items, wide blocks), each once. */
  warnings?: readonly string[];
  /** A new item: its entries and AppId are simply listed. */
  isNew: boolean;
  boundApis: PublishedApi[];
  saving: boolean;
  error: unknown;
  onBack: () => void;
  onConfirm: () => void;
}

function EntryGroup({ title, cidrs, color }: { title: string; cidrs: string[]; color: string }) {
  if (cidrs.length === 0) return null;
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        {title} ({cidrs.length})
      </Text>
      <CidrChips cidrs={cidrs} color={color} label={title} />
    </Stack>
  );
}

function EntryChanges({ changes, isNew }: { changes: PolicyItemChanges; isNew: boolean }) {
  const { t } = useTranslation();
  if (isNew) return <EntryGroup title={t('ipControls.review.entries')} cidrs={changes.added} color="green" />;
  if (!changes.changed) {
    return (
      <Text size="sm" c="dimmed">
        {t('ipControls.review.nothing')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <EntryGroup title={t('ipControls.review.added')} cidrs={changes.added} color="green" />
      <EntryGroup title={t('ipControls.review.removed')} cidrs={changes.removed} color="red" />
      {changes.rewritten.length > 0 ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('ipControls.review.rewritten', { count: changes.rewritten.length })}
          </Text>
          <List size="sm" spacing={2}>
            {changes.rewritten.map(({ from, to }) => (
              <List.Item key={from} ff="monospace">
                {from} → {to}
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
      <EntryGroup title={t('ipControls.review.unchanged')} cidrs={changes.unchanged} color="gray" />
    </Stack>
  );
}

/** The last look before the item is saved: what changes, the editor's warnings again, and on how many APIs at once. */
export function PolicyItemReview({ ipControl, changes, warnings = [], isNew, boundApis, saving, error, onBack, onConfirm }: Props) {
  const { t } = useTranslation();
  const apiCount = boundApis.length;
  const appIdText = (value: string) => value || t('ipControls.appId.any');
  // AppId is a field like any other: Current and New (a REFUSE list has none, unless the item carried one).
  const fields: ReviewField[] =
    ipControl.type === 'ALLOW' || changes.appId.changed
      ? [
          {
            key: 'appId',
            label: t('ipControls.appId.label'),
            current: isNew ? '' : appIdText(changes.appId.before),
            next: appIdText(changes.appId.after),
            changed: isNew || changes.appId.changed,
          },
        ]
      : [];
  const effect = ipControl.type === 'ALLOW' ? t('ipControls.review.effectAllow') : t('ipControls.review.effectRefuse');
  return (
    <ReviewPanel
      fields={fields}
      warnings={warnings}
      error={error}
      errorTitle={t('ipControls.review.notSaved')}
      saving={saving}
      onBack={onBack}
      onConfirm={onConfirm}
      confirmDisabled={!changes.changed}
    >
      <Title order={3} fz="md" fw={600}>
        {isNew ? t('ipControls.review.newItem') : t('ipControls.review.whatChanges')}
      </Title>
      <EntryChanges changes={changes} isNew={isNew} />
      <Alert color={apiCount > 0 ? 'orange' : 'blue'} variant="light" role="note" icon={<IconAlert />} title={t('ipControls.review.atOnce', { count: apiCount })}>
        <Stack gap="xs">
          <Text size="sm">
            {apiCount > 0 ? `${t('ipControls.review.noRollout', { name: ipControl.name })} ${effect}` : t('ipControls.review.guardsNothing', { name: ipControl.name })}
          </Text>
          {apiCount > 0 ? (
            <ScrollArea.Autosize mah={260} type="auto">
              <PublishedApisTable apis={boundApis} compact label={t('ipControls.review.apisTable')} empty={t('ipControls.guardedApis.none')} />
            </ScrollArea.Autosize>
          ) : null}
        </Stack>
      </Alert>
    </ReviewPanel>
  );
}
