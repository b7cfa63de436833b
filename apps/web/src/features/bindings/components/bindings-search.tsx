import { useState } from 'react';
import { Badge, Group, Loader, Paper, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { resourceKindLabel, type SearchHit } from '@portico/contracts/bindings';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useBindingsSearch } from '../api/search-bindings';
import { kindColors } from '../utils/labels';

interface Props {
  /** Where a hit lands: a resource's impact (an ACL entry within it), or an API's chain. */
  onPick: (hit: SearchHit) => void;
}

const typeLabel = (hit: SearchHit) => (hit.type === 'api' ? 'Published API' : hit.type === 'acl-entry' ? 'ACL entry' : hit.kind ? resourceKindLabel[hit.kind] : 'Resource');

function Hit({ hit, onPick }: { hit: SearchHit; onPick: (hit: SearchHit) => void }) {
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
            {hit.context} · {hit.matched}
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
        label="Search"
        placeholder="API name, path or id · resource name or id · VPC or instance id · address (203.0.113.7) · port"
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
        <Paper withBorder radius="sm" p={4} shadow="sm" component="section" aria-label="Search results" mah={360} style={{ overflowY: 'auto' }}>
          <Text size="xs" c="dimmed" px={6} id="bindings-search-help">
            {result.total === 0
              ? `Nothing matches “${result.q}”.`
              : `${result.total.toLocaleString()} match${result.total === 1 ? '' : 'es'}${result.total > result.hits.length ? `, the first ${result.hits.length} shown` : ''}. Enter opens the first.`}
          </Text>
          {result.hits.map((hit) => (
            <Hit key={`${hit.type}-${hit.key}-${hit.entryId ?? ''}-${hit.cidr ?? ''}`} hit={hit} onPick={pick} />
          ))}
        </Paper>
      ) : null}
      {search.isError ? <ApiErrorAlert error={search.error} title="Could not search" /> : null}
    </Stack>
  );
}
