import { Alert, List, ScrollArea, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ReviewDialog } from '@/components/review/review-dialog';
import { IconAlert } from '@/components/ui/icons';
import { plural } from '@/lib/format';
import { mappingText, type ServiceChanges } from '../utils/changes';

interface Props {
  opened: boolean;
  onClose: () => void;
  onConfirm: () => void;
  saving: boolean;
  error: unknown;
  serviceName: string;
  changes: ServiceChanges | null;
  /** Endpoints attached now: a removed mapping stops working for them at once. */
  connectionCount: number;
  /** Off when the modal closes to show field messages: focus goes to the first of them instead. */
  returnFocus: boolean;
}

function Count({ label, value, color }: { label: string; value: number; color: string }) {
  return (
    <Stack gap={0} align="center" p="xs" bg={value > 0 ? `var(--mantine-color-${color}-light)` : 'var(--mantine-color-default-hover)'} bdrs="sm">
      <Text fz={22} fw={650} c={value > 0 ? `${color}.8` : 'dimmed'}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}

function MappingList({ title, mappings, color }: { title: string; mappings: ServiceChanges['ports']['added']; color: string }) {
  if (mappings.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {title} ({mappings.length})
      </Text>
      <ScrollArea.Autosize mah={180} type="auto">
        <List size="sm" spacing={2} aria-label={title} c={`var(--mantine-color-${color}-light-color)`} ff="monospace">
          {mappings.map((m, i) => (
            <List.Item key={`${mappingText(m)}#${i}`}>{mappingText(m)}</List.Item>
          ))}
        </List>
      </ScrollArea.Autosize>
    </Stack>
  );
}

/**
 * The last look before the PUT: which fields change, and the mappings added, removed and kept.
 * Its own words stay in English until endpoint-services.json has them (that catalogue is another area's).
 */
export function ReviewChangesModal({ opened, onClose, onConfirm, saving, error, serviceName, changes, connectionCount, returnFocus }: Props) {
  const { t } = useTranslation();
  const ports = changes?.ports;
  return (
    <ReviewDialog
      opened={opened}
      onClose={onClose}
      onConfirm={onConfirm}
      saving={saving}
      error={error}
      errorTitle="The changes were not saved"
      title={t('components.review.title', { name: serviceName })}
      size="xl"
      returnFocus={returnFocus}
      ready={Boolean(changes && ports)}
      fields={changes?.fields}
      fieldsLabel="Changed fields"
      confirmDisabled={!changes?.changed}
    >
      {changes && ports ? (
        <>
          <Stack gap="xs" component="section" aria-labelledby="mapping-changes-title">
            <Title id="mapping-changes-title" order={3} fz="sm" fw={600}>
              Port mappings
            </Title>
            <SimpleGrid cols={3} spacing="xs">
              <Count label="added" value={ports.added.length} color="green" />
              <Count label="removed" value={ports.removed.length} color="red" />
              <Count label="unchanged" value={ports.unchanged} color="gray" />
            </SimpleGrid>
            {ports.changed ? (
              <>
                <MappingList title="Added mappings" mappings={ports.added} color="green" />
                <MappingList title="Removed mappings" mappings={ports.removed} color="red" />
              </>
            ) : (
              <Text size="sm" c="dimmed">
                {ports.reordered ? 'Only their order changed; the order is not saved, so they are not sent.' : 'The mappings stay as they are.'}
              </Text>
            )}
          </Stack>

          {ports.removed.length > 0 && connectionCount > 0 ? (
            <Alert
              color="orange"
              variant="light"
              role="note"
              icon={<IconAlert />}
              title={`${plural(connectionCount, 'connected endpoint')} ${connectionCount === 1 ? 'loses' : 'lose'} the removed ports`}
            >
              Calls to the removed client ports stop as soon as the change is saved.
            </Alert>
          ) : null}

          {!changes.changed ? (
            <Text size="sm" c="dimmed">
              Nothing changes: the service is the same as now. Go back to edit it.
            </Text>
          ) : null}
        </>
      ) : null}
    </ReviewDialog>
  );
}
