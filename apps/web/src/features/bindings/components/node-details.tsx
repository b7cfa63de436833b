import type { ReactNode } from 'react';
import { Badge, Button, CloseButton, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Finding, InventoryResource } from '@portico/contracts/bindings';
import { StageBadge } from '@/components/ui/stage-badge';
import type { FilterKey } from '../utils/filters';
import { pairLabel, type GraphNodeData } from '../utils/graph-model';
import { apisOf, findingsOf, type InventoryIndex } from '../utils/inventory-index';
import { useResourceImpact } from '../api/get-resource-impact';
import { impactSentence } from '../utils/impact-sentence';
import { boundLabel, cloudLabel, detailFields, findingKindLabel, findingText, kindColors, kindLabel, severityColors, severityLabel, type ResourceHref } from '../utils/labels';
import { ResourceLinks } from './resource-links';

interface Props {
  data: GraphNodeData;
  index: InventoryIndex;
  resourceHref: ResourceHref;
  onFilter: (changes: Partial<Record<FilterKey, string | undefined>>) => void;
  onClose: () => void;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={110} fw={500} c="dimmed" fz="xs" style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td fz="sm">{children}</Table.Td>
    </Table.Tr>
  );
}

/** Findings listed in the panel; the rest are counted. */
const SHOWN_FINDINGS = 20;

function Findings({ findings }: { findings: readonly Finding[] }) {
  const { t } = useTranslation();
  if (findings.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('bindings.node.noFindings')}
      </Text>
    );
  }
  return (
    <List size="sm" spacing={4}>
      {findings.slice(0, SHOWN_FINDINGS).map((finding, i) => (
        <List.Item key={`${finding.kind}-${i}`}>
          <Badge size="xs" color={severityColors[finding.severity]} variant="light" radius="sm" mr={6}>
            {severityLabel(finding.severity)}
          </Badge>
          <Text span size="sm" title={findingKindLabel(finding.kind)}>
            {findingText(finding)}
          </Text>
        </List.Item>
      ))}
      {findings.length > SHOWN_FINDINGS ? <List.Item>{t('bindings.node.more', { count: findings.length - SHOWN_FINDINGS })}</List.Item> : null}
    </List>
  );
}

function ResourceDetails({ resource, index, resourceHref }: { resource: InventoryResource; index: InventoryIndex; resourceHref: ResourceHref }) {
  const { t } = useTranslation();
  const href = resourceHref(resource);
  const impact = useResourceImpact(resource.key);
  return (
    <>
      <Text size="sm" fw={500} data-testid="node-impact-sentence">
        {impact.data
          ? impact.data.summary.apiCount > 0
            ? t('bindings.node.underImpact', { sentence: impactSentence(impact.data.summary) })
            : impactSentence(impact.data.summary)
          : resource.kind === 'endpoint-service'
            ? boundLabel(resource)
            : ' '}
      </Text>
      <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing={4}>
        <Table.Tbody>
          <Field label={t('bindings.node.type')}>
            <Badge color={kindColors[resource.kind]} variant="light" size="sm" radius="sm" tt="none">
              {kindLabel(resource.kind)}
            </Badge>
            {resource.subtype ? ` ${resource.subtype}` : ''}
          </Field>
          <Field label={t('bindings.node.cloud')}>{cloudLabel(resource.cloud)}</Field>
          <Field label={t('bindings.node.id')}>
            <Text span ff="monospace" size="xs">
              {resource.id}
            </Text>
          </Field>
          {detailFields(resource).map((field) => (
            <Field key={field.key} label={field.label}>
              <Text span size="xs" ff={field.mono ? 'monospace' : undefined} style={{ wordBreak: 'break-all' }} translate={field.mono ? 'no' : undefined}>
                {field.value}
              </Text>
            </Field>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={4} fz="sm">
        {t('bindings.node.findings')}
      </Title>
      <Findings findings={findingsOf(index, resource.key)} />
      {href ? (
        <Button component={Link} to={href} variant="light" size="xs">
          {t('bindings.node.open', { kind: kindLabel(resource.kind) })}
        </Button>
      ) : null}
    </>
  );
}

/** The side panel of the graph: what the chosen node is, and where to go from it. */
export function NodeDetails({ data, index, resourceHref, onFilter, onClose }: Props) {
  const { t } = useTranslation();
  let title: string;
  let body: ReactNode;
  switch (data.type) {
    case 'resource':
      title = data.resource.name;
      body = <ResourceDetails resource={data.resource} index={index} resourceHref={resourceHref} />;
      break;
    case 'api': {
      const { row } = data;
      title = row.api.apiName;
      body = (
        <>
          <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing={4}>
            <Table.Tbody>
              <Field label={t('bindings.node.type')}>{t('bindings.node.publishedApi')}</Field>
              <Field label={t('bindings.node.group')}>{row.api.groupName}</Field>
              <Field label={t('bindings.node.stage')}>
                <StageBadge stage={row.stage} />
              </Field>
              <Field label={t('bindings.node.request')}>
                <Text span ff="monospace" size="xs">
                  {[row.api.method, row.api.path].filter(Boolean).join(' ') || '—'}
                </Text>
              </Field>
              <Field label={t('bindings.node.vpc')}>
                <ResourceLinks resources={row.vpcAuthorizations} resourceHref={resourceHref} />
              </Field>
              <Field label={t('bindings.node.acls')}>
                <ResourceLinks resources={row.ipControls} resourceHref={resourceHref} />
              </Field>
              <Field label={t('bindings.node.backend')}>
                <ResourceLinks resources={row.backends} resourceHref={resourceHref} />
              </Field>
            </Table.Tbody>
          </Table>
          <Title order={4} fz="sm">
            {t('bindings.node.findings')}
          </Title>
          <Findings findings={row.findings} />
          <Button variant="light" size="xs" onClick={() => onFilter({ api: row.key })}>
            {t('bindings.node.showApi')}
          </Button>
        </>
      );
      break;
    }
    case 'pair':
      title = pairLabel(data.groupName, data.stage);
      body = (
        <>
          <Text size="sm">{t('bindings.node.pair', { count: data.apiCount, group: data.groupName, stage: data.stage, findings: data.findingCount })}</Text>
          <Button variant="light" size="xs" onClick={() => onFilter({ group: data.groupId, stage: data.stage })}>
            {t('bindings.node.showPair')}
          </Button>
        </>
      );
      break;
    case 'resource-kind':
      title = kindLabel(data.kind);
      body = (
        <>
          <Text size="sm">{t('bindings.node.kind', { count: data.count, bound: data.boundCount })}</Text>
          <Button variant="light" size="xs" onClick={() => onFilter({ type: data.kind })}>
            {t('bindings.node.showKind', { kind: kindLabel(data.kind) })}
          </Button>
        </>
      );
      break;
    case 'stage':
      title = data.stage;
      body = (
        <>
          <Text size="sm">{t('bindings.node.stageText', { count: data.apiCount, groups: t('bindings.impact.groups', { count: data.pairCount }) })}</Text>
          <Button variant="light" size="xs" onClick={() => onFilter({ stage: data.stage })}>
            {t('bindings.node.showStage', { stage: data.stage })}
          </Button>
        </>
      );
      break;
  }
  const unused = data.type === 'resource' && data.resource.kind !== 'endpoint-service' && apisOf(index, data.resource.key).length === 0;
  return (
    <Stack gap="xs" data-testid="node-details">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Title order={3} fz="md" style={{ wordBreak: 'break-word' }}>
          {title}
        </Title>
        <CloseButton size="sm" aria-label={t('bindings.node.close')} onClick={onClose} />
      </Group>
      {unused ? (
        <Text size="xs" c="dimmed">
          {t('bindings.node.unused')}
        </Text>
      ) : null}
      {body}
    </Stack>
  );
}
