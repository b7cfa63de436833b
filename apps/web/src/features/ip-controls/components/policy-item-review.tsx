import { Alert, Button, Group, List, ScrollArea, Stack, Text, Title } from '@mantine/core';
import type { IpControl } from '@portico/contracts/ip-controls';
import type { PublishedApi } from '@portico/contracts/published-apis';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { IconAlert } from '@/components/ui/icons';
import { plural } from '@/lib/format';
import type { PolicyItemChanges } from '../utils/policy-item-changes';
import { CidrChips } from './cidr-chips';
import { GuardedApisTable } from './guarded-apis-table';

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

const appIdText = (value: string) => value || 'none (any application)';

/** The last look before the item is saved: what changes, and on how many APIs at once. */
export function PolicyItemReview({ ipControl, changes, warnings = [], isNew, boundApis, saving, error, onBack, onConfirm }: Props) {
  const apiCount = boundApis.length;
  const effect =
    ipControl.type === 'ALLOW' ? 'Only calls from the addresses of this list reach these APIs.' : 'Calls from the addresses of this list are refused by these APIs.';
  return (
    <Stack gap="md">
      <Title order={3} fz="md" fw={600}>
        {isNew ? 'The new item' : 'What changes'}
      </Title>
      {isNew ? (
        <Stack gap="sm">
          <EntryGroup title="Entries" cidrs={changes.added} color="green" />
          {ipControl.type === 'ALLOW' ? (
            <Text size="sm">
              <b>AppId:</b>{' '}
              <Text span ff={changes.appId.after ? 'monospace' : undefined}>
                {appIdText(changes.appId.after)}
              </Text>
            </Text>
          ) : null}
        </Stack>
      ) : changes.changed ? (
        <Stack gap="sm">
          <EntryGroup title="Entries added" cidrs={changes.added} color="green" />
          <EntryGroup title="Entries removed" cidrs={changes.removed} color="red" />
          {changes.rewritten.length > 0 ? (
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                Written differently, same network ({changes.rewritten.length})
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
          <EntryGroup title="Entries unchanged" cidrs={changes.unchanged} color="gray" />
          {changes.appId.changed ? (
            <Text size="sm">
              <b>AppId:</b>{' '}
              <Text span td="line-through" c="dimmed">
                {appIdText(changes.appId.before)}
              </Text>{' '}
              →{' '}
              <Text span fw={600} ff={changes.appId.after ? 'monospace' : undefined}>
                {appIdText(changes.appId.after)}
              </Text>
            </Text>
          ) : ipControl.type === 'ALLOW' ? (
            <Text size="sm" c="dimmed">
              AppId stays {appIdText(changes.appId.after)}.
            </Text>
          ) : null}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          Nothing changes: the entries and the AppId are the same as now. Go back to edit them.
        </Text>
      )}

      {warnings.length > 0 ? (
        <Alert color="yellow" variant="light" role="note" icon={<IconAlert />} title={warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`}>
          <List size="sm" spacing={2} aria-label="Warnings">
            {warnings.map((warning) => (
              <List.Item key={warning}>{warning}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}

      <Alert color={apiCount > 0 ? 'orange' : 'blue'} variant="light" role="note" icon={<IconAlert />} title={`Takes effect at once on ${plural(apiCount, 'API')}`}>
        <Stack gap="xs">
          <Text size="sm">
            {apiCount > 0
              ? `There is no staged rollout: every API bound to “${ipControl.name}” uses the new item as soon as it is saved. ${effect}`
              : `No published API is bound to “${ipControl.name}”, so the change guards nothing yet.`}
          </Text>
          {apiCount > 0 ? (
            <ScrollArea.Autosize mah={260} type="auto">
              <GuardedApisTable apis={boundApis} compact label="APIs this change reaches" />
            </ScrollArea.Autosize>
          ) : null}
        </Stack>
      </Alert>

      {error ? <ApiErrorAlert error={error} title="The policy item was not saved" onRetry={onConfirm} retrying={saving} /> : null}

      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onBack} disabled={saving}>
          Back to edit
        </Button>
        <Button onClick={onConfirm} loading={saving} disabled={!changes.changed}>
          Confirm and save
        </Button>
      </Group>
    </Stack>
  );
}
