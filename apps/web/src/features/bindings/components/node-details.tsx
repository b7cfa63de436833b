import type { ReactNode } from 'react';
import { Badge, Button, CloseButton, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { findingLabel, resourceKindLabel, type Finding, type InventoryResource } from '@portico/contracts/bindings';
import { StageBadge } from '@/components/ui/stage-badge';
import type { FilterKey } from '../utils/filters';
import { pairLabel, type GraphNodeData } from '../utils/graph-model';
import { apisOf, findingsOf, type InventoryIndex } from '../utils/inventory-index';
import { useResourceImpact } from '../api/get-resource-impact';
import { boundLabel, cloudLabels, detailFields, kindColors, severityColors, type ResourceHref } from '../utils/labels';
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

function Findings({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No findings.
      </Text>
    );
  }
  return (
    <List size="sm" spacing={4}>
      {findings.slice(0, 20).map((finding, i) => (
        <List.Item key={`${finding.kind}-${i}`}>
          <Badge size="xs" color={severityColors[finding.severity]} variant="light" radius="sm" mr={6}>
            {finding.severity}
          </Badge>
          <Text span size="sm" title={findingLabel[finding.kind]}>
            {finding.message}
          </Text>
        </List.Item>
      ))}
      {findings.length > 20 ? <List.Item>… and {findings.length - 20} more</List.Item> : null}
    </List>
  );
}

function ResourceDetails({ resource, index, resourceHref }: { resource: InventoryResource; index: InventoryIndex; resourceHref: ResourceHref }) {
  const href = resourceHref(resource);
  const impact = useResourceImpact(resource.key);
  return (
    <>
      <Text size="sm" fw={500} data-testid="node-impact-sentence">
        {impact.data
          ? `${impact.data.sentence}${impact.data.summary.apiCount > 0 ? ' depend on it: listed under Impact.' : ''}`
          : resource.kind === 'endpoint-service'
            ? boundLabel(resource)
            : ' '}
      </Text>
      <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing={4}>
        <Table.Tbody>
          <Field label="Type">
            <Badge color={kindColors[resource.kind]} variant="light" size="sm" radius="sm" tt="none">
              {resourceKindLabel[resource.kind]}
            </Badge>
            {resource.subtype ? ` ${resource.subtype}` : ''}
          </Field>
          <Field label="Cloud">{cloudLabels[resource.cloud]}</Field>
          <Field label="ID">
            <Text span ff="monospace" size="xs">
              {resource.id}
            </Text>
          </Field>
          {detailFields(resource).map((field) => (
            <Field key={field.label} label={field.label}>
              <Text span size="xs" ff={field.mono ? 'monospace' : undefined} style={{ wordBreak: 'break-all' }}>
                {field.value}
              </Text>
            </Field>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={4} fz="sm">
        Findings
      </Title>
      <Findings findings={findingsOf(index, resource.key)} />
      {href ? (
        <Button component={Link} to={href} variant="light" size="xs">
          Open {resourceKindLabel[resource.kind]}
        </Button>
      ) : null}
    </>
  );
}

/** The side panel of the graph: what the chosen node is, and where to go from it. */
export function NodeDetails({ data, index, resourceHref, onFilter, onClose }: Props) {
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
              <Field label="Type">Published API</Field>
              <Field label="Group">{row.api.groupName}</Field>
              <Field label="Stage">
                <StageBadge stage={row.stage} />
              </Field>
              <Field label="Request">
                <Text span ff="monospace" size="xs">
                  {[row.api.method, row.api.path].filter(Boolean).join(' ') || '—'}
                </Text>
              </Field>
              <Field label="VPC">
                <ResourceLinks resources={row.vpcAuthorizations} resourceHref={resourceHref} />
              </Field>
              <Field label="ACLs">
                <ResourceLinks resources={row.ipControls} resourceHref={resourceHref} />
              </Field>
              <Field label="Backend">
                <ResourceLinks resources={row.backends} resourceHref={resourceHref} />
              </Field>
            </Table.Tbody>
          </Table>
          <Title order={4} fz="sm">
            Findings
          </Title>
          <Findings findings={row.findings} />
          <Button variant="light" size="xs" onClick={() => onFilter({ api: row.key })}>
            Show only this API
          </Button>
        </>
      );
      break;
    }
    case 'pair':
      title = pairLabel(data.groupName, data.stage);
      body = (
        <>
          <Text size="sm">
            {data.apiCount.toLocaleString()} published API{data.apiCount === 1 ? '' : 's'} of group {data.groupName} in {data.stage}, with {data.findingCount.toLocaleString()}{' '}
            finding{data.findingCount === 1 ? '' : 's'}.
          </Text>
          <Button variant="light" size="xs" onClick={() => onFilter({ group: data.groupId, stage: data.stage })}>
            Show only this group and stage
          </Button>
        </>
      );
      break;
    case 'resource-kind':
      title = resourceKindLabel[data.kind];
      body = (
        <>
          <Text size="sm">
            {data.count.toLocaleString()} {data.count === 1 ? 'resource' : 'resources'} of this type, {data.boundCount.toLocaleString()} bound in all.
          </Text>
          <Button variant="light" size="xs" onClick={() => onFilter({ type: data.kind })}>
            Show only {resourceKindLabel[data.kind]} resources
          </Button>
        </>
      );
      break;
    case 'stage':
      title = data.stage;
      body = (
        <>
          <Text size="sm">
            {data.apiCount.toLocaleString()} published APIs in {data.pairCount.toLocaleString()} groups.
          </Text>
          <Button variant="light" size="xs" onClick={() => onFilter({ stage: data.stage })}>
            Show only {data.stage}
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
        <CloseButton size="sm" aria-label="Close details" onClick={onClose} />
      </Group>
      {unused ? (
        <Text size="xs" c="dimmed">
          Bound to no published API.
        </Text>
      ) : null}
      {body}
    </Stack>
  );
}
