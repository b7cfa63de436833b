import { useCallback, useMemo, useState } from 'react';
import { Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import '@xyflow/react/dist/style.css';
import { useTranslation } from 'react-i18next';
import { ResourceKind } from '@portico/contracts/bindings';
import type { FilterKey, FilteredInventory } from '../utils/filters';
import type { InventoryIndex } from '../utils/inventory-index';
import { kindColors, type ResourceHref } from '../utils/labels';
import { neighbourhood, type OverviewModel } from '../utils/overview-model';
import { DetailGraph } from './detail-graph';
import { OverviewGraph } from './overview-graph';

interface Props {
  index: InventoryIndex;
  filtered: FilteredInventory;
  /** No filter applies: the first view is the overview of clusters. */
  overview: boolean;
  resourceHref: ResourceHref;
  onFilter: (changes: Partial<Record<FilterKey, string | undefined>>) => void;
  /** A resource was picked: the page opens its impact. */
  onSelectResource?: (key: string) => void;
  height?: number;
}

function Legend() {
  const { t } = useTranslation();
  return (
    <Group gap="md" wrap="wrap" aria-hidden>
      {ResourceKind.options.map((kind) => (
        <Group key={kind} gap={6} wrap="nowrap">
          <Box w={10} h={10} bg={`${kindColors[kind]}.6`} style={{ borderRadius: 2 }} />
          <Text size="xs" c="dimmed">
            {t(`bindings.kinds.${kind}`)}
          </Text>
        </Group>
      ))}
      <Group gap={6} wrap="nowrap">
        <Box w={14} h={10} bg="var(--mantine-color-blue-light)" style={{ border: '1px dashed var(--mantine-color-blue-outline)', borderRadius: 2 }} />
        <Text size="xs" c="dimmed">
          {t('bindings.graph.groupStage')}
        </Text>
      </Group>
    </Group>
  );
}

/**
 * The bindings as a graph, in three modes: the overview of clusters with counts (the first view,
 * whatever the size; a click opens a cluster), the detailed graph of what the filters leave, and
 * focus on one resource's neighbourhood (the APIs that hang on it and what else they hang on).
 */
export function BindingsGraph({ index, filtered, overview, resourceHref, onFilter, onSelectResource, height = 560 }: Props) {
  const { t } = useTranslation();
  const [focus, setFocus] = useState<string | undefined>(undefined);
  const [overviewModel, setOverviewModel] = useState<OverviewModel | undefined>(undefined);
  const focused = focus !== undefined ? index.resourceByKey.get(focus) : undefined;
  const around = useMemo(() => (focus !== undefined ? neighbourhood(index, focus) : undefined), [index, focus]);
  const focusOn = useCallback(
    (key: string) => {
      setFocus(key);
      onSelectResource?.(key);
    },
    [onSelectResource],
  );
  const onPair = useCallback((group: string, stage: string) => onFilter({ group, stage }), [onFilter]);
  const onKind = useCallback((kind: ResourceKind) => onFilter({ type: kind }), [onFilter]);

  let view;
  let note;
  if (focused && around) {
    note = t('bindings.graph.focusNote', { name: focused.name, apis: around.apis.length, resources: around.resources.length - 1 });
    view = <DetailGraph index={index} filtered={around} resourceHref={resourceHref} onFilter={onFilter} onSelectResource={focusOn} height={height} />;
  } else if (overview) {
    note = overviewModel ? t('bindings.graph.overviewNote', { resources: overviewModel.resourceCount, apis: overviewModel.apiCount, groups: overviewModel.groupCount }) : null;
    view = <OverviewGraph index={index} filtered={filtered} height={height} onFocus={focusOn} onPair={onPair} onKind={onKind} onModel={setOverviewModel} />;
  } else {
    view = <DetailGraph index={index} filtered={filtered} resourceHref={resourceHref} onFilter={onFilter} onSelectResource={focusOn} height={height} />;
  }

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('bindings.graph.label')}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2}>
            <Title order={2} fz="md" fw={600}>
              {t('bindings.graph.title')}
            </Title>
            {note ? (
              <Text size="sm" c="dimmed" data-testid="graph-mode" data-mode={focused ? 'focus' : overview ? 'overview' : 'detail'}>
                {note}
              </Text>
            ) : null}
          </Stack>
          <Group gap="sm" wrap="wrap">
            {focused ? (
              <Button variant="light" size="compact-sm" onClick={() => setFocus(undefined)}>
                {t('bindings.graph.leaveFocus')}
              </Button>
            ) : null}
            <Legend />
          </Group>
        </Group>
        {view}
      </Stack>
    </Paper>
  );
}
