import { Alert, List, ScrollArea, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ReviewDialog } from '@/components/review/review-dialog';
import { IconAlert } from '@/components/ui/icons';
import { formatNumber } from '@/lib/format';
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
        {formatNumber(value)}
      </Text>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}

function MappingList({ title, mappings, color }: { title: string; mappings: ServiceChanges['ports']['added']; color: string }) {
  const { t } = useTranslation();
  if (mappings.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('endpointServices.review.listTitle', { title, count: mappings.length })}
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

/** The last look before the PUT: which fields change, and the mappings added, removed and kept. */
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
      errorTitle={t('endpointServices.review.notSaved')}
      title={t('components.review.title', { name: serviceName })}
      size="xl"
      returnFocus={returnFocus}
      ready={Boolean(changes && ports)}
      fields={changes?.fields}
      fieldsLabel={t('endpointServices.review.changedFields')}
      confirmDisabled={!changes?.changed}
    >
      {changes && ports ? (
        <>
          <Stack gap="xs" component="section" aria-labelledby="mapping-changes-title">
            <Title id="mapping-changes-title" order={3} fz="sm" fw={600}>
              {t('endpointServices.portMappings')}
            </Title>
            <SimpleGrid cols={3} spacing="xs">
              <Count label={t('endpointServices.review.added')} value={ports.added.length} color="green" />
              <Count label={t('endpointServices.review.removed')} value={ports.removed.length} color="red" />
              <Count label={t('endpointServices.review.unchanged')} value={ports.unchanged} color="gray" />
            </SimpleGrid>
            {ports.changed ? (
              <>
                <MappingList title={t('endpointServices.review.addedMappings')} mappings={ports.added} color="green" />
                <MappingList title={t('endpointServices.review.removedMappings')} mappings={ports.removed} color="red" />
              </>
            ) : (
              <Text size="sm" c="dimmed">
                {ports.reordered ? t('endpointServices.review.reordered') : t('endpointServices.review.same')}
              </Text>
            )}
          </Stack>

          {ports.removed.length > 0 && connectionCount > 0 ? (
            <Alert color="orange" variant="light" role="note" icon={<IconAlert />} title={t('endpointServices.review.losePorts', { count: connectionCount })}>
              {t('endpointServices.review.callsStop')}
            </Alert>
          ) : null}

          {!changes.changed ? (
            <Text size="sm" c="dimmed">
              {t('endpointServices.review.nothing')}
            </Text>
          ) : null}
        </>
      ) : null}
    </ReviewDialog>
  );
}
