import type { ReactNode } from 'react';
import { Anchor, Badge, CloseButton, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiStageChain, InventoryResource } from '@portico/contracts/bindings';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { StageBadge } from '@/components/ui/stage-badge';
import { useApiChain } from '../api/get-api-chain';
import { detailFields, findingText, kindColors, kindLabel, severityColors, severityLabel } from '../utils/labels';

interface Props {
  apiKey: string;
  /** Opens a resource's impact. */
  onShowResource: (key: string) => void;
  onClose: () => void;
}

/** Long lists of addresses are left to the impact panel: the chain stays a summary. */
const LONG_VALUE = 120;

function Step({
  step,
  title,
  resources,
  empty,
  onShowResource,
}: {
  step: string;
  title: string;
  resources: InventoryResource[];
  empty: string;
  onShowResource: (key: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} data-testid="chain-step" data-step={step}>
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
              <Badge color={kindColors[resource.kind]} variant="dot" size="xs" tt="none" title={kindLabel(resource.kind)}>
                {resource.subtype ?? ''}
              </Badge>
              {/* A long name wraps inside its column rather than running into the next one. */}
              <Anchor
                component="button"
                type="button"
                size="sm"
                ta="left"
                style={{ overflowWrap: 'anywhere', minWidth: 0 }}
                onClick={() => onShowResource(resource.key)}
                title={t('bindings.chain.dependsHint')}
              >
                {resource.name}
              </Anchor>
            </Group>
            {detailFields(resource)
              .filter((f) => f.key !== 'cidrs' || f.value.length < LONG_VALUE)
              .map((field) => (
                <Text key={field.key} size="xs" c="dimmed" pl={18} style={{ wordBreak: 'break-all' }}>
                  {field.label}:{' '}
                  <span style={{ fontFamily: field.mono ? 'var(--mantine-font-family-monospace)' : undefined }} translate={field.mono ? 'no' : undefined}>
                    {field.value}
                  </span>
                </Text>
              ))}
          </Stack>
        ))
      )}
    </Stack>
  );
}

function StageChain({ chain, onShowResource }: { chain: ApiStageChain; onShowResource: (key: string) => void }): ReactNode {
  const { t } = useTranslation();
  const { api } = chain;
  return (
    <Paper withBorder radius="sm" p="sm" data-testid="chain-stage" data-stage={api.stageName.toUpperCase()}>
      <Stack gap="xs">
        <Group gap="xs">
          <StageBadge stage={api.stageName.toUpperCase()} />
          <Text ff="monospace" size="sm" translate="no">
            {[api.method, api.path].filter(Boolean).join(' ')}
          </Text>
        </Group>
        <SimpleGrid cols={{ base: 1, md: 4 }} spacing="sm">
          <Step step="who-may-call" title={t('bindings.chain.whoMayCall')} resources={chain.ipControls} empty={t('bindings.chain.anyone')} onShowResource={onShowResource} />
          <Step step="backend" title={t('bindings.chain.backend')} resources={chain.backends} empty={t('bindings.chain.noBackend')} onShowResource={onShowResource} />
          <Step
            step="vpc-authorization"
            title={t('bindings.chain.vpc')}
            resources={chain.vpcAuthorizations}
            empty={t('bindings.chain.noVpc')}
            onShowResource={onShowResource}
          />
          <Step
            step="endpoint-service"
            title={t('bindings.chain.endpointService')}
            resources={chain.endpointServices}
            empty={t('bindings.chain.noEndpointService')}
            onShowResource={onShowResource}
          />
        </SimpleGrid>
        {chain.findings.map((finding, i) => (
          <Group key={`${finding.kind}-${i}`} gap={6}>
            <Badge size="xs" color={severityColors[finding.severity]} variant="light" radius="sm">
              {severityLabel(finding.severity)}
            </Badge>
            <Text size="sm">{findingText(finding)}</Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

/** One API's chain per stage: who may call it, what serves it, through which VPC and port. */
export function ApiChainPanel({ apiKey, onShowResource, onClose }: Props) {
  const { t } = useTranslation();
  const chain = useApiChain(apiKey);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('bindings.chain.label')} data-testid="api-chain">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2}>
            <Title order={2} fz="md" fw={600}>
              {chain.data ? t('bindings.chain.title', { api: chain.data.apiName, group: chain.data.groupName }) : t('bindings.chain.untitled')}
            </Title>
            {chain.data ? (
              <Text size="sm" c="dimmed">
                {t('bindings.chain.publishedIn', { stages: chain.data.stages.map((s) => s.api.stageName.toUpperCase()).join(', ') })}{' '}
                <Text span ff="monospace" size="xs">
                  {chain.data.apiId}
                </Text>
              </Text>
            ) : null}
          </Stack>
          <CloseButton aria-label={t('bindings.chain.close')} onClick={onClose} />
        </Group>
        {chain.isPending ? <Skeleton height={120} radius="sm" /> : null}
        {chain.isError ? <ApiErrorAlert error={chain.error} title={t('bindings.chain.loadError')} onRetry={() => void chain.refetch()} /> : null}
        {chain.data?.stages.map((stage) => (
          <StageChain key={stage.api.key} chain={stage} onShowResource={onShowResource} />
        ))}
      </Stack>
    </Paper>
  );
}
