import { useEffect, useState, type KeyboardEvent } from 'react';
import { Autocomplete, Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { AuditQuery, AuditResult, ResourceType } from '@portico/contracts/audit';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '@/components/form/server-errors';
import { fromLocalInput, hasFilters, toLocalInput, type FilterKey } from '../utils/filters';
import { knownOperations } from '../utils/labels';

const TYPING_DEBOUNCE_MS = 350;

/** The choices of the three menus, in the reader's language. */
function useOptions() {
  const { t } = useTranslation();
  const any = { value: '', label: t('audit.filters.any') };
  return {
    resourceTypes: [any, ...ResourceType.options.map((type) => ({ value: type, label: t(`audit.resourceTypes.${type}`) }))],
    categories: [
      { value: '', label: t('audit.filters.everything') },
      { value: 'changes', label: t('audit.filters.changesOnly') },
      { value: 'access', label: t('audit.filters.access') },
      { value: 'outside', label: t('audit.filters.outside') },
    ],
    results: [any, ...AuditResult.options.map((result) => ({ value: result, label: t(`audit.results.${result}`) }))],
  };
}

interface Props {
  query: AuditQuery;
  onChange: (key: FilterKey, value: string | undefined) => void;
  onClear: () => void;
}

interface TextFilterProps {
  name: 'actor' | 'operation' | 'target';
  label: string;
  placeholder: string;
  value: string;
  onCommit: (value: string) => void;
  suggestions?: string[];
}

/** A typed filter: applied a moment after typing stops (or on Enter), checked with the contract. */
function TextFilter({ name, label, placeholder, value, onCommit, suggestions }: TextFilterProps) {
  const [text, setText] = useState(value);
  const schema = AuditQuery.shape[name];
  const error = fieldMessage(label, schema.safeParse(text).error?.issues[0]?.message);
  const commit = useDebouncedCallback((next: string) => {
    if (schema.safeParse(next).success) onCommit(next);
  }, TYPING_DEBOUNCE_MS);

  // Back/forward or "Clear filters" changed the URL: show it in the box.
  useEffect(() => {
    setText((typed) => (typed.trim() === value ? typed : value));
  }, [value]);

  const common = {
    label,
    placeholder,
    value: text,
    error,
    autoComplete: 'off',
    spellCheck: false,
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key === 'Enter') commit.flush();
    },
  };
  if (suggestions) {
    return (
      <Autocomplete
        {...common}
        data={suggestions}
        onChange={(next) => {
          setText(next);
          commit(next);
        }}
        onOptionSubmit={(next) => {
          setText(next);
          commit(next);
          commit.flush();
        }}
      />
    );
  }
  return (
    <TextInput
      {...common}
      type="search"
      onChange={(event) => {
        setText(event.currentTarget.value);
        commit(event.currentTarget.value);
      }}
    />
  );
}

/**
 * A point in time, typed in local time. A value is applied once complete; emptying the field
 * applies when leaving it (a half-typed date also reads as empty, and must not wipe the filter).
 */
function DateFilter({ label, value, onCommit, error }: { label: string; value: string | undefined; onCommit: (iso: string | undefined) => void; error?: string }) {
  const shown = toLocalInput(value);
  const [text, setText] = useState(shown);
  useEffect(() => setText(shown), [shown]);
  // Typing a year digit by digit makes a valid date at every step: apply the last one.
  const commit = useDebouncedCallback(onCommit, TYPING_DEBOUNCE_MS);
  return (
    <TextInput
      type="datetime-local"
      label={label}
      value={text}
      error={error}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const iso = fromLocalInput(next);
        if (iso) commit(iso);
      }}
      onBlur={() => {
        if (!text && value) {
          commit.cancel();
          onCommit(undefined);
        } else commit.flush();
      }}
    />
  );
}

/** What to show (changes, sign-ins), person, resource type, operation, target, result and a time window; all kept in the URL. */
export function AuditFilters({ query, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const options = useOptions();
  const inverted = query.from !== undefined && query.to !== undefined && query.from > query.to;
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="xs">
        <NativeSelect
          label={t('audit.filters.show')}
          data={options.categories}
          value={query.category ?? ''}
          onChange={(event) => onChange('category', event.currentTarget.value)}
        />
        <TextFilter
          name="actor"
          label={t('audit.filters.person')}
          placeholder={t('audit.filters.personPlaceholder')}
          value={query.actor ?? ''}
          onCommit={(v) => onChange('actor', v)}
        />
        <NativeSelect
          label={t('audit.filters.resourceType')}
          data={options.resourceTypes}
          value={query.resourceType ?? ''}
          onChange={(event) => onChange('resourceType', event.currentTarget.value)}
        />
        <TextFilter
          name="operation"
          label={t('audit.filters.operation')}
          placeholder={t('audit.filters.operationPlaceholder')}
          value={query.operation ?? ''}
          onCommit={(v) => onChange('operation', v)}
          suggestions={knownOperations}
        />
        <NativeSelect
          label={t('audit.filters.result')}
          data={options.results}
          value={query.result ?? ''}
          onChange={(event) => onChange('result', event.currentTarget.value)}
        />
        <TextFilter
          name="target"
          label={t('audit.filters.target')}
          placeholder={t('audit.filters.targetPlaceholder')}
          value={query.target ?? ''}
          onCommit={(v) => onChange('target', v)}
        />
        <DateFilter label={t('audit.filters.from')} value={query.from} onCommit={(iso) => onChange('from', iso)} />
        <DateFilter label={t('audit.filters.to')} value={query.to} onCommit={(iso) => onChange('to', iso)} error={inverted ? t('audit.filters.inverted') : undefined} />
        <Group align="flex-end">
          {hasFilters(query) ? (
            <Button variant="subtle" onClick={onClear}>
              {t('audit.filters.clear')}
            </Button>
          ) : (
            <Text size="xs" c="dimmed" pb={8}>
              {t('audit.filters.localTime')}
            </Text>
          )}
        </Group>
      </SimpleGrid>
    </Stack>
  );
}
