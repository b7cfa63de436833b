import { memo, useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { ActionIcon, Box, Button, Grid, Group, Stack, TextInput, Table, Text, VisuallyHidden } from '@mantine/core';
import type { UpdateEndpointService, UpdateEndpointServiceInput } from '@portico/contracts/endpoint-services';
import { get, useFormContext, useFormState, type FieldError } from 'react-hook-form';
import { IconX } from '@/components/ui/icons';
import { plural } from '@/lib/format';
import {
  addRow,
  appendRows,
  cellMessage,
  cellValue,
  isBlankRow,
  isSorted,
  mappingCounter,
  removeRow,
  showCellError,
  sortRows,
  updateCell,
  type PortField,
  type PortRow,
  type RowsCheck,
} from '../utils/port-rows';
import { BulkAddMappings } from './bulk-add-mappings';

const monospace = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };
const cellKey = (index: number, field: PortField) => `${index}:${field}`;

interface RowProps {
  index: number;
  clientPort: number;
  serverPort: number;
  protocol: string;
  clientError: string | undefined;
  serverError: string | undefined;
  /** Part of a repeated client port: this row or the one it repeats. */
  duplicate: boolean;
  /** On the first of repeated rows: where it is repeated ("row 5"). */
  repeatedIn: string | undefined;
  blank: boolean;
  onCell: (index: number, field: PortField, value: number) => void;
  onRemove: (index: number) => void;
  onEnter: (index: number, field: PortField) => void;
  registerInput: (key: string, element: HTMLInputElement | null) => void;
}

/**
 * One mapping. Memoized on plain values, so typing in one cell re-renders that row (and rows
 * whose messages change), not all 200.
 */
const MappingRow = memo(function MappingRow({
  index,
  clientPort,
  serverPort,
  protocol,
  clientError,
  serverError,
  duplicate,
  repeatedIn,
  blank,
  onCell,
  onRemove,
  onEnter,
  registerInput,
}: RowProps) {
  const n = index + 1;
  const enter = (field: PortField) => (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter moves on (server port, then the next row) instead of submitting the form.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    onEnter(index, field);
  };
  return (
    // Plain cells (styled by the table's class): 200 rows of Mantine Td components cost more than they give.
    <tr className="portico-port-row" data-duplicate={duplicate || undefined} data-invalid={Boolean(clientError || serverError) || undefined}>
      <td className="portico-port-index" aria-hidden>
        {n}
      </td>
      <td>
        <TextInput
          ref={(element) => registerInput(cellKey(index, 'clientPort'), element)}
          aria-label={`Client port ${n}`}
          value={Number.isNaN(clientPort) ? '' : clientPort}
          onChange={(event) => onCell(index, 'clientPort', cellValue(event.currentTarget.value.replace(/\D/g, '')))}
          onKeyDown={enter('clientPort')}
          error={clientError}
          description={repeatedIn ? `Mapped again in ${repeatedIn}` : undefined}
          inputWrapperOrder={['label', 'input', 'error', 'description']}
          placeholder={blank ? '8080' : undefined}
          inputMode="numeric"
          autoComplete="off"
          styles={monospace}
        />
      </td>
      <td className="portico-port-arrow" aria-hidden>
        →
      </td>
      <td>
        <TextInput
          ref={(element) => registerInput(cellKey(index, 'serverPort'), element)}
          aria-label={`Server port ${n}`}
          value={Number.isNaN(serverPort) ? '' : serverPort}
          onChange={(event) => onCell(index, 'serverPort', cellValue(event.currentTarget.value.replace(/\D/g, '')))}
          onKeyDown={enter('serverPort')}
          error={serverError}
          placeholder={blank ? '80' : undefined}
          inputMode="numeric"
          autoComplete="off"
          styles={monospace}
        />
      </td>
      <td className="portico-port-protocol">{protocol}</td>
      <td className="portico-port-remove">
        <ActionIcon variant="subtle" color="gray" size="lg" onClick={() => onRemove(index)}>
          <IconX size={16} />
          {/* Named by its text, not aria-label, like the other row editors. */}
          <VisuallyHidden>Remove mapping {n}</VisuallyHidden>
        </ActionIcon>
      </td>
    </tr>
  );
});

interface Props {
  rows: PortRow[];
  check: RowsCheck;
}

/**
 * The service's port mappings, one row each, held in the form as `ports`. Messages are worked
 * out as the person types (`checkRows`, from the contract); the form's own errors (the BFF's
 * `ports.N.clientPort` / `ports.N.serverPort`) show where those are silent.
 */
export function PortMappingEditor({ rows, check }: Props) {
  const { control, setValue, getValues, clearErrors } = useFormContext<UpdateEndpointServiceInput, unknown, UpdateEndpointService>();
  const { errors } = useFormState({ control, name: 'ports' });
  // Clearing errors that are not there would still re-render every field of the form.
  const hasErrors = useRef(false);
  hasErrors.current = errors.ports !== undefined;
  const [announcement, setAnnouncement] = useState('');
  const [focusCell, setFocusCell] = useState<string | null>(null);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const counterId = useId();

  const registerInput = useCallback((key: string, element: HTMLInputElement | null) => {
    if (element) inputs.current.set(key, element);
    else inputs.current.delete(key);
  }, []);

  useEffect(() => {
    if (focusCell === null) return;
    inputs.current.get(focusCell)?.focus();
    setFocusCell(null);
  }, [focusCell]);

  /** Every change replaces the array; messages set by a submit or the BFF belong to the old rows, so they go. */
  const setRows = useCallback(
    (next: PortRow[]) => {
      setValue('ports', next, { shouldDirty: true });
      if (hasErrors.current) clearErrors('ports');
    },
    [setValue, clearErrors],
  );
  const current = useCallback((): PortRow[] => getValues('ports') ?? [], [getValues]);

  const onCell = useCallback((index: number, field: PortField, value: number) => setRows(updateCell(current(), index, field, value)), [setRows, current]);

  const add = useCallback(() => {
    const rowsNow = current();
    setRows(addRow(rowsNow));
    setFocusCell(cellKey(rowsNow.length, 'clientPort'));
    setAnnouncement(`Added mapping ${rowsNow.length + 1}.`);
  }, [setRows, current]);

  const onRemove = useCallback(
    (index: number) => {
      const rowsNow = current();
      setRows(removeRow(rowsNow, index));
      // Focus goes to the row that took its place, or the one before when it was the last.
      const next = Math.min(index, rowsNow.length - 2);
      if (next >= 0) setFocusCell(cellKey(next, 'clientPort'));
      setAnnouncement(`Removed mapping ${index + 1}.`);
    },
    [setRows, current],
  );

  const onEnter = useCallback(
    (index: number, field: PortField) => {
      if (field === 'clientPort') setFocusCell(cellKey(index, 'serverPort'));
      else if (index + 1 < current().length) setFocusCell(cellKey(index + 1, 'clientPort'));
      else add();
    },
    [current, add],
  );

  const sort = () => {
    const rowsNow = current();
    if (isSorted(rowsNow)) {
      setAnnouncement('The mappings are already sorted by client port.');
      return;
    }
    setRows(sortRows(rowsNow));
    setAnnouncement('Sorted by client port.');
  };

  const bulkAdd = useCallback(
    (added: PortRow[], what: string) => {
      const kept = current().filter((row) => !isBlankRow(row)).length;
      setRows(appendRows(current(), added));
      setAnnouncement(`${what} Rows ${kept + 1}–${kept + added.length}.`);
    },
    [setRows, current],
  );

  // The BFF's messages arrive when the review hands back to the form: to the first such cell.
  const formMessage = (index: number, field: PortField) => (get(errors, `ports.${index}.${field}`) as FieldError | undefined)?.message;
  const serverCell = rows.flatMap((_, i) =>
    (['clientPort', 'serverPort'] as const)
      .filter((field) => (get(errors, `ports.${i}.${field}`) as FieldError | undefined)?.type === 'server')
      .map((field) => cellKey(i, field)),
  )[0];
  useEffect(() => {
    if (serverCell) inputs.current.get(serverCell)?.focus();
  }, [serverCell]);

  const counter = mappingCounter(rows);
  const formErrors = errors.ports as (FieldError & { root?: FieldError }) | undefined;
  const listMessage = check.listError ?? formErrors?.root?.message ?? formErrors?.message;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center" wrap="nowrap">
        <Text size="sm" c="dimmed">
          Client port on the VPC endpoint → server port on the backend. TCP only; a client port maps once.
        </Text>
        <Group gap={6} wrap="nowrap" id={counterId} aria-live="polite">
          <Text span size="sm" c="dimmed">
            Mappings
          </Text>
          <Text span size="sm" fw={600} ff="monospace" className="portico-nowrap" c={counter.over ? 'red.7' : undefined} data-over={counter.over || undefined}>
            {counter.text}
          </Text>
        </Group>
      </Group>

      {listMessage ? (
        <Text size="sm" c="red" role="alert">
          {cellMessage('An endpoint service', listMessage)}
          {counter.over ? `: remove ${plural(counter.count - counter.max, 'mapping')} to save.` : ''}
        </Text>
      ) : null}

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
                aria-label="Port mappings"
                aria-describedby={counterId}
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={44} ta="right">
                      #
                    </Table.Th>
                    <Table.Th>Client port</Table.Th>
                    <Table.Th w={32} aria-hidden />
                    <Table.Th>Server port</Table.Th>
                    <Table.Th w={80}>Protocol</Table.Th>
                    <Table.Th w={56}>
                      <VisuallyHidden>Remove</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row, index) => {
                    const live = showCellError(row) ? check.errors[index] : undefined;
                    const first = check.duplicateOf[index];
                    const later = check.repeatedIn[index] ?? [];
                    return (
                      <MappingRow
                        key={index}
                        index={index}
                        clientPort={row.clientPort}
                        serverPort={row.serverPort}
                        protocol={row.protocol ?? 'TCP'}
                        clientError={cellMessage(`Row ${index + 1}: client port`, live?.clientPort ?? formMessage(index, 'clientPort'))}
                        serverError={cellMessage(`Row ${index + 1}: server port`, live?.serverPort ?? formMessage(index, 'serverPort'))}
                        duplicate={first !== undefined || later.length > 0}
                        repeatedIn={later.length > 0 ? `${later.length === 1 ? 'row' : 'rows'} ${later.map((i) => i + 1).join(', ')}` : undefined}
                        blank={isBlankRow(row)}
                        onCell={onCell}
                        onRemove={onRemove}
                        onEnter={onEnter}
                        registerInput={registerInput}
                      />
                    );
                  })}
                </Table.Tbody>
              </Table>
              {rows.length === 0 ? (
                <Text size="sm" c="dimmed" p="md" ta="center">
                  No port mappings: endpoints could reach nothing on this service. Add one, or several at once.
                </Text>
              ) : null}
            </Box>

            <Group gap="sm" justify="space-between" wrap="wrap">
              <Group gap="sm">
                <Button variant="light" size="xs" onClick={add} disabled={counter.count >= counter.max}>
                  Add mapping
                </Button>
                <Button variant="default" size="xs" onClick={sort} title="Sort the rows by client port">
                  Sort
                </Button>
                {counter.count >= counter.max ? (
                  <Text size="xs" c="dimmed">
                    A service holds at most {counter.max} mappings.
                  </Text>
                ) : null}
              </Group>
              <Text size="xs" c="dimmed" aria-live="polite">
                {announcement}
              </Text>
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }} style={{ position: 'sticky', top: 72 }}>
          <BulkAddMappings onAdd={bulkAdd} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
