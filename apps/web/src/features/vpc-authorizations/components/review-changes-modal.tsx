import { Alert, Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import type { PublishedApi } from '@portico/contracts/published-apis';
import type { ModifyVpcAuthorization, VpcAuthorization } from '@portico/contracts/vpc-authorizations';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { IconAlert } from '@/components/ui/icons';
import { plural } from '@/lib/format';
import { changedFields, diffAuthorization } from '../utils/changes';
import { BoundApisTable } from './bound-apis-table';

interface Props {
  opened: boolean;
  onClose: () => void;
  onConfirm: () => void;
  saving: boolean;
  error: unknown;
  current: VpcAuthorization;
  next: ModifyVpcAuthorization | null;
  boundApis: PublishedApi[];
}

const onOff = (value: boolean) => (value ? 'On' : 'Off');

/** The last look before ModifyVpcAccessAndUpdateApis: what changes, and which APIs it touches. */
export function ReviewChangesModal({ opened, onClose, onConfirm, saving, error, current, next, boundApis }: Props) {
  const changes = next ? diffAuthorization(current, next) : [];
  const changed = changedFields(changes);
  const apiCount = boundApis.length;

  return (
    <Modal opened={opened} onClose={saving ? () => undefined : onClose} title={`Review changes to “${current.name}”`} size="lg">
      {next ? (
        <Stack gap="md">
          <Table verticalSpacing="xs" withTableBorder aria-label="Changes">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Field</Table.Th>
                <Table.Th>Current</Table.Th>
                <Table.Th>New</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changes.map((change) => (
                <Table.Tr
                  key={change.key}
                  data-changed={change.changed}
                  bg={change.changed ? 'var(--mantine-color-yellow-light)' : undefined}
                  c={change.changed ? undefined : 'dimmed'}
                >
                  <Table.Td fw={change.changed ? 600 : 400}>
                    <Group gap={6} wrap="nowrap">
                      {change.label}
                      {change.changed ? (
                        <Badge size="xs" color="yellow" variant="filled">
                          changed
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td ff="monospace" fz="sm" td={change.changed ? 'line-through' : undefined}>
                    {change.current || '—'}
                  </Table.Td>
                  <Table.Td ff="monospace" fz="sm" fw={change.changed ? 600 : 400}>
                    {change.next || '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>

          {changed.length === 0 ? (
            <Text size="sm" c="dimmed">
              No attribute changed.{' '}
              {next.refresh || next.needBatchWork ? 'Saving still re-applies the authorization with the options below.' : 'Saving will not change anything.'}
            </Text>
          ) : null}

          <Group gap="lg">
            <Text size="sm">
              Update bound APIs (NeedBatchWork): <b>{onOff(next.needBatchWork)}</b>
            </Text>
            <Text size="sm">
              Refresh: <b>{onOff(next.refresh)}</b>
            </Text>
          </Group>

          {next.needBatchWork ? (
            <Alert color="blue" variant="light" role="note" title={`This change touches ${plural(apiCount, 'published API')}`}>
              {apiCount > 0
                ? 'Each of them is updated to the new settings, one by one; you can follow the progress after saving.'
                : 'No published API is bound to this authorization, so none needs updating.'}
            </Alert>
          ) : (
            <Alert color="orange" variant="light" role="note" icon={<IconAlert />} title={`${plural(apiCount, 'published API')} will not be re-synced`}>
              Update bound APIs is off: the backends of the published APIs bound to this authorization keep the old settings until they are published again.
            </Alert>
          )}

          {apiCount > 0 ? <BoundApisTable apis={boundApis} compact label="Published APIs this change touches" /> : null}

          {error ? <ApiErrorAlert error={error} title="The changes were not saved" onRetry={onConfirm} retrying={saving} /> : null}

          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={saving}>
              Back to edit
            </Button>
            <Button onClick={onConfirm} loading={saving}>
              Confirm and save
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
