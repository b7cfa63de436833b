import { memo, useMemo } from 'react';
import { Button, Group, NativeSelect, Pill, Select, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FindingKind, ResourceKind } from '@portico/contracts/bindings';
import { StageName } from '@portico/contracts/published-apis';
import { hasFilters, type BindingFilters, type FilterKey } from '../utils/filters';
import type { GroupOption } from '../utils/inventory-index';

const ANY = '';

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
  const { t } = useTranslation();
  const groupOptions = useMemo(() => groups.map((group) => ({ value: group.id, label: group.name })), [groups]);
  const options = useMemo(() => {
    const any = { value: ANY, label: t('bindings.filters.any') };
    return {
      cloud: [any, { value: 'alibaba', label: t('bindings.filters.alibaba') }, { value: 'huawei', label: t('bindings.filters.huawei') }],
      type: [any, ...ResourceKind.options.map((kind) => ({ value: kind, label: t(`bindings.kinds.${kind}`) }))],
      stage: [any, ...StageName.options.map((stage) => ({ value: stage, label: stage }))],
      finding: [any, ...FindingKind.options.map((kind) => ({ value: kind, label: t(`bindings.findingKinds.${kind}`) }))],
    };
  }, [t]);
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm" style={{ flex: 1 }}>
        <NativeSelect
          label={t('bindings.filters.cloud')}
          data={options.cloud}
          value={filters.cloud ?? ANY}
          onChange={(event) => onChange('cloud', event.currentTarget.value)}
        />
        <NativeSelect label={t('bindings.filters.type')} data={options.type} value={filters.type ?? ANY} onChange={(event) => onChange('type', event.currentTarget.value)} />
        <Select
          label={t('bindings.filters.group')}
          placeholder={t('bindings.filters.any')}
          data={groupOptions}
          value={filters.group ?? null}
          onChange={(value) => onChange('group', value ?? undefined)}
          searchable
          clearable
          nothingFoundMessage={t('bindings.filters.noGroup')}
          limit={200}
          comboboxProps={{ withinPortal: true }}
        />
        <NativeSelect
          label={t('bindings.filters.stage')}
          data={options.stage}
          value={filters.stage ?? ANY}
          onChange={(event) => onChange('stage', event.currentTarget.value)}
        />
        <NativeSelect
          label={t('bindings.filters.finding')}
          data={options.finding}
          value={filters.finding ?? ANY}
          onChange={(event) => onChange('finding', event.currentTarget.value)}
        />
      </SimpleGrid>
      {filters.api !== undefined ? (
        <Pill size="lg" withRemoveButton onRemove={() => onChange('api', undefined)} removeButtonProps={{ 'aria-label': t('bindings.findings.showAll') }}>
          {t('bindings.filters.api', { name: apiName ?? filters.api })}
        </Pill>
      ) : null}
      {hasFilters(filters) ? (
        <Button variant="subtle" onClick={onClear}>
          {t('bindings.filters.clear')}
        </Button>
      ) : (
        <Text size="xs" c="dimmed" pb={8} visibleFrom="md">
          {t('bindings.filters.hint')}
        </Text>
      )}
    </Group>
  );
});
