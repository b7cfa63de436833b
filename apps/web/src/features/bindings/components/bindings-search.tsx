import { useState } from 'react';
import { Badge, Group, Loader, Paper, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '@portico/contracts/bindings';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useBindingsSearch } from '../api/search-bindings';
import { i18n } from '@/lib/i18n/i18n';
import { kindColors, kindLabel } from '../utils/labels';

interface Props {
  /** Where a hit lands: a resource's impact (an ACL entry within it), or an API's chain. */
  onPick: (hit: SearchHit) => void;
}

const typeLabel = (hit: SearchHit) =>
  hit.type === 'api'
    ? i18n.t('bindings.search.api')
    : hit.type === 'acl-entry'
      ? i18n.t('bindings.search.aclEntry')
      : hit.kind
        ? kindLabel(hit.kind)
        : i18n.t('bindings.search.resource');

/** Where a hit is, in the reader's language: a resource's kind, an entry's list; an API's group · stage is names only. */
function contextText(hit: SearchHit): string {
  if (hit.list) return i18n.t('bindings.search.aclContext', { type: hit.list.type ?? '', name: hit.list.name }).trim();
  if (hit.type === 'resource' && hit.kind) return kindLabel(hit.kind);
  return hit.context;
}

/** What matched, in the reader's language; a BFF from before `match` sends the English words only. */
const matchedText = (hit: SearchHit) => (hit.match ? i18n.t(`bindings.search.matched.${hit.match.key}`, { value: hit.match.value ?? '' }) : hit.matched);

function resultText(result: { q: string; total: number; hits: readonly SearchHit[] }): string {
  if (result.total === 0) return i18n.t('bindings.search.nothing', { q: result.q });
  if (result.total > result.hits.length) return i18n.t('bindings.search.matchesFirst', { count: result.total, shown: result.hits.length });
  return i18n.t('bindings.search.matches', { count: result.total });
}

function Hit({ hit, onPick }: { hit: SearchHit; onPick: (hit: SearchHit) => void }) {
  // Subscribes to the language, so the words below follow a switch.
  useTranslation();
  return (
    <UnstyledButton onClick={() => onPick(hit)} className="portico-search-hit" data-testid="search-hit" data-type={hit.type} p={6} w="100%">
      <Group gap="xs" wrap="nowrap">
        <Badge size="xs" variant="light" radius="sm" tt="none" color={hit.kind ? kindColors[hit.kind] : 'gray'} miw={110}>
          {typeLabel(hit)}
        </Badge>
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm" fw={500} ff={hit.type === 'acl-entry' ? 'monospace' : undefined} truncate>
            {hit.title}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {contextText(hit)} · {matchedText(hit)}
          </Text>
        </Stack>
      </Group>
    </UnstyledButton>
  );
}

/**
 * One box for everything: API name, path or id; resource name or id; VPC or instance id; a port;
 * an address (the ACL entries that hold it). The BFF searches; only the hits come back.
 */
export function BindingsSearch({ onPick }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 200);
  const search = useBindingsSearch(q);
  const result = q ? search.data : undefined;
  const pick = (hit: SearchHit) => {
    onPick(hit);
    setText('');
  };
  return (
    <Stack gap={4} pos="relative">
      <TextInput
        label={t('bindings.search.label')}
        placeholder={t('bindings.search.placeholder')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && result?.hits[0]) pick(result.hits[0]);
          if (event.key === 'Escape') setText('');
        }}
        rightSection={search.isFetching ? <Loader size={14} /> : null}
        aria-describedby="bindings-search-help"
      />
      {text.trim() && result ? (
        <Paper withBorder radius="sm" p={4} shadow="sm" component="section" aria-label={t('bindings.search.results')} mah={360} style={{ overflowY: 'auto' }}>
          <Text size="xs" c="dimmed" px={6} id="bindings-search-help">
            {resultText(result)}
          </Text>
          {result.hits.map((hit) => (
            <Hit key={`${hit.type}-${hit.key}-${hit.entryId ?? ''}-${hit.cidr ?? ''}`} hit={hit} onPick={pick} />
          ))}
        </Paper>
      ) : null}
      {search.isError ? <ApiErrorAlert error={search.error} title={t('bindings.search.error')} /> : null}
    </Stack>
  );
}
