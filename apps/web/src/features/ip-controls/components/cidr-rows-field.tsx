import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { ActionIcon, Box, Button, Fieldset, Group, Stack, Text, Textarea, TextInput, Tooltip, VisuallyHidden } from '@mantine/core';
import type { SiblingItem } from '@portico/contracts/cidr';
import type { IpControlType, PolicyItemFormValues, PolicyItemInput } from '@portico/contracts/ip-controls';
import { get, useFormContext, useFormState, useWatch, type FieldError } from 'react-hook-form';
import { fieldMessage } from '@/components/form/server-errors';
import { IconAlert, IconX } from '@/components/ui/icons';
import { plural } from '@/lib/format';
import { addRow, checkRows, fillRows, removeRow, rowCounter, rowMessage, showRowError, updateRow } from '../utils/cidr-rows';

const monospaceInput = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

/**
 * The item's addresses and blocks, one row each, held in the form as `cidrs: string[]`.
 * Messages are worked out as the person types from the contract's rules (`checkRows`); the
 * form's own errors (a failed submit, the BFF's `cidrs.N` fields) show where those are silent.
 */
export function CidrRowsField({ type, otherItems = [] }: { type: IpControlType; otherItems?: readonly SiblingItem[] }) {
  const { control, setValue, clearErrors } = useFormContext<PolicyItemFormValues, unknown, PolicyItemInput>();
  const rows = useWatch({ control, name: 'cidrs' });
  const { errors, submitCount } = useFormState({ control, name: 'cidrs' });
  const [pasted, setPasted] = useState('');
  const [filled, setFilled] = useState<string | null>(null);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const counterId = useId();
  const listErrorId = useId();

  useEffect(() => {
    if (focusRow === null) return;
    inputs.current[focusRow]?.focus();
    setFocusRow(null);
  }, [focusRow]);

  const check = checkRows(rows, type, otherItems);
  // A save that did not go through: take the person to the first thing to fix.
  const focusFirstProblem = useEffectEvent(() => {
    const row = check.errors.findIndex(Boolean);
    if (row !== -1) inputs.current[row]?.focus();
    else if (check.listError) document.getElementById(listErrorId)?.focus();
  });
  useEffect(() => {
    if (submitCount > 0) focusFirstProblem();
  }, [submitCount]);
  // The BFF's `cidrs.N` messages arrive when the review hands back to the form: to that row.
  const serverRow = rows.findIndex((_, i) => (get(errors, `cidrs.${i}`) as FieldError | undefined)?.type === 'server');
  useEffect(() => {
    if (serverRow !== -1) inputs.current[serverRow]?.focus();
  }, [serverRow]);

  const counter = rowCounter(rows);
  const formErrors = errors.cidrs as (FieldError & { root?: FieldError }) | undefined;
  // The list's message: ours while typing, else what a submit or the BFF said about the whole list.
  const listMessage = check.listError ?? formErrors?.root?.message ?? formErrors?.message;
  const submitted = submitCount > 0;

  /** Every change replaces the array; messages set by a submit belong to the old rows, so they go. */
  const setRows = (next: string[]) => {
    setValue('cidrs', next, { shouldDirty: true });
    clearErrors('cidrs');
  };

  const add = () => {
    setRows(addRow(rows));
    setFocusRow(rows.length);
  };
  const remove = (index: number) => {
    setRows(removeRow(rows, index));
    setFocusRow(Math.max(0, Math.min(index, rows.length - 2)));
  };
  const fill = () => {
    const result = fillRows(rows, pasted);
    setRows(result.rows);
    setPasted('');
    setFilled(`Filled ${plural(result.added, 'row')} from the pasted list.`);
  };

  const full = rows.length >= counter.max;
  return (
    <Fieldset legend="Addresses and CIDR blocks" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="center" wrap="nowrap">
          <Text size="sm" c="dimmed">
            IPv4 or IPv6 addresses and CIDR blocks, one per row.
          </Text>
          <Group gap={6} wrap="nowrap" id={counterId} aria-live="polite">
            <Text span size="sm" c="dimmed">
              Entries
            </Text>
            <Text span size="sm" fw={600} ff="monospace" c={counter.over ? 'red.7' : undefined} data-over={counter.over || undefined}>
              {counter.text}
            </Text>
          </Group>
        </Group>

        {listMessage ? (
          <Text id={listErrorId} size="sm" c="red" role="alert" tabIndex={-1}>
            {fieldMessage('A policy item', listMessage)}
          </Text>
        ) : null}

        <Stack gap="xs" component="ol" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Entries">
          {rows.map((row, index) => {
            const label = `Entry ${index + 1}`;
            const formError = (get(errors, `cidrs.${index}`) as FieldError | undefined)?.message;
            const message = showRowError(rows, index, submitted) ? (check.errors[index] ?? formError) : formError;
            const warnings = check.errors[index] ? [] : (check.warnings[index] ?? []);
            return (
              <Box component="li" key={index}>
                <Group gap="xs" align="flex-start" wrap="nowrap">
                  <Text size="sm" c="dimmed" w={24} ta="right" pt={7} aria-hidden>
                    {index + 1}.
                  </Text>
                  <TextInput
                    ref={(element) => {
                      inputs.current[index] = element;
                    }}
                    aria-label={label}
                    aria-describedby={listMessage ? listErrorId : undefined}
                    value={row}
                    onChange={(event) => setRows(updateRow(rows, index, event.currentTarget.value))}
                    onKeyDown={(event) => {
                      // Enter moves on to the next row (adding one at the end) instead of submitting.
                      if (event.key !== 'Enter') return;
                      event.preventDefault();
                      if (index + 1 < rows.length) setFocusRow(index + 1);
                      else if (!full) add();
                    }}
                    error={rowMessage(label, row, message)}
                    description={
                      warnings.length > 0 ? (
                        <Stack gap={2} component="span">
                          {warnings.map((warning) => (
                            <Text key={warning} span size="xs" c="orange">
                              <IconAlert size={12} style={{ verticalAlign: '-2px', marginRight: 4 }} />
                              {warning}
                            </Text>
                          ))}
                        </Stack>
                      ) : undefined
                    }
                    inputWrapperOrder={['label', 'input', 'description', 'error']}
                    placeholder={index === 0 ? '203.0.113.0/24' : undefined}
                    styles={monospaceInput}
                    flex={1}
                    autoComplete="off"
                    spellCheck={false}
                  />
                  <Tooltip label={`Remove entry ${index + 1}`} withArrow>
                    <ActionIcon variant="subtle" color="gray" size="lg" onClick={() => remove(index)} disabled={rows.length === 1 && row === ''}>
                      <IconX size={16} />
                      {/* Named by its text, not aria-label: a label "Remove entry 1" would also answer to "Entry 1". */}
                      <VisuallyHidden>Remove entry {index + 1}</VisuallyHidden>
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Box>
            );
          })}
        </Stack>

        <Group gap="sm" pl={32}>
          <Button variant="light" size="xs" onClick={add} disabled={full}>
            Add entry
          </Button>
          {full ? (
            <Text size="xs" c="dimmed">
              A policy item holds at most {counter.max} entries; add another item for more.
            </Text>
          ) : null}
        </Group>

        <Stack gap={6} pl={32}>
          <Textarea
            label="Paste addresses"
            description="Separate them with semicolons, commas, spaces or new lines; they are added after the rows above."
            value={pasted}
            onChange={(event) => {
              setPasted(event.currentTarget.value);
              setFilled(null);
            }}
            autosize
            minRows={2}
            maxRows={6}
            styles={monospaceInput}
            spellCheck={false}
            autoComplete="off"
          />
          <Group gap="sm">
            <Button variant="default" size="xs" onClick={fill} disabled={pasted.trim() === ''}>
              Fill rows
            </Button>
            <Text size="xs" c="dimmed" aria-live="polite">
              {filled}
            </Text>
          </Group>
        </Stack>
      </Stack>
    </Fieldset>
  );
}
