import { useId } from 'react';
import { Box, Button, Grid, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePortMappingEditor } from '../hooks/use-port-mapping-editor';
import { cellMessage, isBlankRow, listMessage, mappingCounter, showCellError, type PortRow, type RowsCheck } from '../utils/port-rows';
import { BulkAddMappings } from './bulk-add-mappings';
import { MappingRow } from './mapping-row';

interface Props {
  rows: PortRow[];
  check: RowsCheck;
}

/** What the mappings are, how many against the limit, and the list's own message. */
function MappingsSummary({ rows, check, formListMessage, counterId }: Props & { formListMessage: string | undefined; counterId: string }) {
  const { t } = useTranslation();
  const counter = mappingCounter(rows);
  const message = check.listError ?? formListMessage;
  return (
    <>
      <Group justify="space-between" align="center" wrap="wrap" gap="xs">
        <Text size="sm" c="dimmed">
          {t('endpointServices.editor.intro')}
        </Text>
        <Group gap={6} wrap="nowrap" id={counterId} aria-live="polite">
          <Text span size="sm" c="dimmed">
            {t('endpointServices.editor.mappings')}
          </Text>
          <Text span size="sm" fw={600} ff="monospace" className="portico-nowrap" c={counter.over ? 'red.7' : undefined} data-over={counter.over || undefined}>
            {counter.text}
          </Text>
        </Group>
      </Group>
      {message ? (
        <Text size="sm" c="red" role="alert">
          {listMessage(message)}
          {counter.over ? t('endpointServices.editor.removeToSave', { count: counter.count - counter.max }) : ''}
        </Text>
      ) : null}
    </>
  );
}

/**
 * The service's port mappings, one row each, held in the form as `ports`. Messages are worked
 * out as the person types (`checkRows`, from the contract); the form's own errors (the BFF's
 * `ports.N.clientPort` / `ports.N.serverPort`) show where those are silent. The editing state
 * lives in `usePortMappingEditor`.
 */
export function PortMappingEditor({ rows, check }: Props) {
  const { t } = useTranslation();
  const editor = usePortMappingEditor(rows.length);
  const counterId = useId();
  const counter = mappingCounter(rows);

  return (
    <Stack gap="sm">
      <MappingsSummary rows={rows} check={check} formListMessage={editor.formListMessage} counterId={counterId} />
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="sm">
            <Box>
              <Table
                stickyHeader
                stickyHeaderOffset={56}
                layout="fixed"
                verticalSpacing={6}
                className="portico-port-table"
                aria-label={t('endpointServices.portMappings')}
                aria-describedby={counterId}
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th ta="right" className="portico-port-index-col">
                      #
                    </Table.Th>
                    <Table.Th>{t('endpointServices.clientPort')}</Table.Th>
                    <Table.Th aria-hidden className="portico-port-arrow-col" />
                    <Table.Th>{t('endpointServices.serverPort')}</Table.Th>
                    <Table.Th className="portico-port-protocol">{t('endpointServices.protocol')}</Table.Th>
                    <Table.Th className="portico-port-remove-col">
                      <VisuallyHidden>{t('endpointServices.editor.remove')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row, index) => {
                    const live = showCellError(row) ? check.errors[index] : undefined;
                    const later = check.repeatedIn[index] ?? [];
                    return (
                      <MappingRow
                        key={index}
                        index={index}
                        clientPort={row.clientPort}
                        serverPort={row.serverPort}
                        protocol={row.protocol ?? 'TCP'}
                        clientError={cellMessage(index + 1, 'clientPort', live?.clientPort ?? editor.formMessage(index, 'clientPort'))}
                        serverError={cellMessage(index + 1, 'serverPort', live?.serverPort ?? editor.formMessage(index, 'serverPort'))}
                        duplicate={check.duplicateOf[index] !== undefined || later.length > 0}
                        repeatedIn={later.length > 0 ? later.map((i) => i + 1).join(', ') : undefined}
                        repeatedCount={later.length}
                        blank={isBlankRow(row)}
                        onCell={editor.onCell}
                        onRemove={editor.onRemove}
                        onEnter={editor.onEnter}
                        registerInput={editor.registerInput}
                      />
                    );
                  })}
                </Table.Tbody>
              </Table>
              {rows.length === 0 ? (
                <Text size="sm" c="dimmed" p="md" ta="center">
                  {t('endpointServices.editor.empty')}
                </Text>
              ) : null}
            </Box>

            <Group gap="sm" justify="space-between" wrap="wrap">
              <Group gap="sm">
                <Button variant="light" size="xs" onClick={editor.add} disabled={counter.count >= counter.max}>
                  {t('endpointServices.editor.add')}
                </Button>
                <Button variant="default" size="xs" onClick={editor.sort} title={t('endpointServices.editor.sortHint')}>
                  {t('endpointServices.editor.sort')}
                </Button>
                {counter.count >= counter.max ? (
                  <Text size="xs" c="dimmed">
                    {t('endpointServices.editor.atMost', { max: counter.max })}
                  </Text>
                ) : null}
              </Group>
              <Text size="xs" c="dimmed" aria-live="polite">
                {editor.announcement}
              </Text>
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }} style={{ position: 'sticky', top: 72 }}>
          <BulkAddMappings onAdd={editor.bulkAdd} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
