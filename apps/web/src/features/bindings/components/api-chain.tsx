import type { ReactNode } from 'react';
import { Anchor, Badge, CloseButton, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { resourceKindLabel, type ApiStageChain, type InventoryResource } from '@portico/contracts/bindings';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { StageBadge } from '@/components/ui/stage-badge';
import { useApiChain } from '../api/get-api-chain';
import { detailFields, kindColors, severityColors } from '../utils/labels';

interface Props {
  apiKey: string;
  /** Opens a resource's impact. */
  onShowResource: (key: string) => void;
  onClose: () => void;
}

function Step({ title, resources, empty, onShowResource }: { title: string; resources: InventoryResource[]; empty: string; onShowResource: (key: string) => void }) {
  return (
    <Stack gap={4} data-testid="chain-step" data-step={title}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {title}
      </Text>
      {resources.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        resources.map((resource) => (
          <Stack key={resource.key} gap={0}>
            <Group gap={6} wrap="nowrap">
              {/* The step names the kind; the badge says the subtype (ALLOW, VPC, MOCK…) when there is one. */}
              <Badge color={kindColors[resource.kind]} variant="dot" size="xs" tt="none" title={resourceKindLabel[resource.kind]}>
                {resource.subtype ?? ''}
              </Badge>
              <Anchor component="button" type="button" size="sm" onClick={() => onShowResource(resource.key)} title="What else depends on it">
                {resource.name}
              </Anchor>
            </Group>
            {detailFields(resource)
              .filter((f) => f.label !== 'Addresses and blocks' || f.value.length < 120)
              .map((field) => (
                <Text key={field.label} size="xs" c="dimmed" pl={18} style={{ wordBreak: 'break-all' }}>
                  {field.label}: <span style={{ fontFamily: field.mono ? 'var(--mantine-font-family-monospace)' : undefined }}>{field.value}</span>
                </Text>
              ))}
          </Stack>
        ))
      )}
    </Stack>
  );
}

function StageChain({ chain, onShowResource }: { chain: ApiStageChain; onShowResource: (key: string) => void }): ReactNode {
  const { api } = chain;
  return (
    <Paper withBorder radius="sm" p="sm" data-testid="chain-stage" data-stage={api.stageName.toUpperCase()}>
      <Stack gap="xs">
        <Group gap="xs">
          <StageBadge stage={api.stageName.toUpperCase()} />
          <Text ff="monospace" size="sm">
            {[api.method, api.path].filter(Boolean).join(' ')}
          </Text>
        </Group>
        <SimpleGrid cols={{ base: 1, md: 4 }} spacing="sm">
          <Step title="Who may call" resources={chain.ipControls} empty="Anyone: no IP access control" onShowResource={onShowResource} />
          <Step title="Backend" resources={chain.backends} empty="No backend service" onShowResource={onShowResource} />
          <Step title="VPC authorization" resources={chain.vpcAuthorizations} empty="None: not through a VPC" onShowResource={onShowResource} />
          <Step title="Endpoint service on the port" resources={chain.endpointServices} empty="No endpoint service exposes it" onShowResource={onShowResource} />
        </SimpleGrid>
        {chain.findings.map((finding, i) => (
          <Group key={`${finding.kind}-${i}`} gap={6}>
            <Badge size="xs" color={severityColors[finding.severity]} variant="light" radius="sm">
              {finding.severity}
            </Badge>
            <Text size="sm">{finding.message}</Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

/** One API's chain per stage: who may call it, what serves it, through which VPC and port. */
export function ApiChainPanel({ apiKey, onShowResource, onClose }: Props) {
  const chain = useApiChain(apiKey);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="API chain" data-testid="api-chain">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2}>
            <Title order={2} fz="md" fw={600}>
              {chain.data ? `${chain.data.apiName} in ${chain.data.groupName}` : 'Published API'}
            </Title>
            {chain.data ? (
              <Text size="sm" c="dimmed">
                Published in {chain.data.stages.map((s) => s.api.stageName.toUpperCase()).join(', ')} · API id{' '}
                <Text span ff="monospace" size="xs">
                  {chain.data.apiId}
                </Text>
              </Text>
            ) : null}
          </Stack>
          <CloseButton aria-label="Close the API chain" onClick={onClose} />
        </Group>
        {chain.isPending ? <Skeleton height={120} radius="sm" /> : null}
        {chain.isError ? <ApiErrorAlert error={chain.error} title="Could not read this API's chain" onRetry={() => void chain.refetch()} /> : null}
        {chain.data?.stages.map((stage) => (
          <StageChain key={stage.api.key} chain={stage} onShowResource={onShowResource} />
        ))}
      </Stack>
    </Paper>
  );
}
