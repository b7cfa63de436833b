import { memo, useMemo } from 'react';
import { Button, Group, NativeSelect, Pill, Select, SimpleGrid, Text } from '@mantine/core';
import { FindingKind, ResourceKind, findingLabel, resourceKindLabel } from '@portico/contracts/bindings';
import { StageName } from '@portico/contracts/published-apis';
import { hasFilters, type BindingFilters, type FilterKey } from '../utils/filters';
import type { GroupOption } from '../utils/inventory-index';
import { cloudLabels } from '../utils/labels';

const ANY = '';
const cloudOptions = [{ value: ANY, label: 'Any' }, ...(['alibaba', 'huawei'] as const).map((cloud) => ({ value: cloud, label: cloudLabels[cloud] }))];
const typeOptions = [{ value: ANY, label: 'Any' }, ...ResourceKind.options.map((kind) => ({ value: kind, label: resourceKindLabel[kind] }))];
const stageOptions = [{ value: ANY, label: 'Any' }, ...StageName.options.map((stage) => ({ value: stage, label: stage }))];
const findingOptions = [{ value: ANY, label: 'Any' }, ...FindingKind.options.map((kind) => ({ value: kind, label: findingLabel[kind] }))];

interface Props {
  filters: BindingFilters;
  groups: GroupOption[];
  /** The name of the one API filtered to, when there is one. */
  apiName: string | undefined;
  onChange: (key: FilterKey, value: string | undefined) => void;
  onClear: () => void;
}

/** Cloud, resource type, group, stage and finding; all kept in the URL, applied to graph and tables. */
export const BindingsFilters = memo(function BindingsFilters({ filters, groups, apiName, onChange, onClear }: Props) {
  const groupOptions = useMemo(() => groups.map((group) => ({ value: group.id, label: group.name })), [groups]);
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm" style={{ flex: 1 }}>
        <NativeSelect label="Cloud" data={cloudOptions} value={filters.cloud ?? ANY} onChange={(event) => onChange('cloud', event.currentTarget.value)} />
        <NativeSelect label="Resource type" data={typeOptions} value={filters.type ?? ANY} onChange={(event) => onChange('type', event.currentTarget.value)} />
        <Select
          label="Group"
          placeholder="Any"
          data={groupOptions}
          value={filters.group ?? null}
          onChange={(value) => onChange('group', value ?? undefined)}
          searchable
          clearable
          nothingFoundMessage="No group by that name"
          limit={200}
          comboboxProps={{ withinPortal: true }}
        />
        <NativeSelect label="Stage" data={stageOptions} value={filters.stage ?? ANY} onChange={(event) => onChange('stage', event.currentTarget.value)} />
        <NativeSelect label="Finding" data={findingOptions} value={filters.finding ?? ANY} onChange={(event) => onChange('finding', event.currentTarget.value)} />
      </SimpleGrid>
      {filters.api !== undefined ? (
        <Pill size="lg" withRemoveButton onRemove={() => onChange('api', undefined)} removeButtonProps={{ 'aria-label': 'Show every API again' }}>
          API: {apiName ?? filters.api}
        </Pill>
      ) : null}
      {hasFilters(filters) ? (
        <Button variant="subtle" onClick={onClear}>
          Clear filters
        </Button>
      ) : (
        <Text size="xs" c="dimmed" pb={8} visibleFrom="md">
          Filters apply to the graph and the tables.
        </Text>
      )}
    </Group>
  );
});
