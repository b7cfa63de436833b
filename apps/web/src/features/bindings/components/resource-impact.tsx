import { Accordion, Anchor, Badge, Button, CloseButton, Group, List, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Finding, ImpactApi, ImpactGroup, ResourceImpact, ResourceRef } from '@portico/contracts/bindings';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { StageBadge } from '@/components/ui/stage-badge';
import { useOutsideChanges } from '../api/get-outside-changes';
import { useResourceImpact } from '../api/get-resource-impact';
import { formatDateTime, formatNumber } from '@/lib/format';
import { impactSentence } from '../utils/impact-sentence';
import { cloudLabel, detailFields, findingKindLabel, findingText, kindColors, kindLabel, severityColors, severityLabel, type ResourceHref } from '../utils/labels';

interface Props {
  resourceKey: string;
  /** An ACL entry (policy item id) to point at, as a search for an address lands on it. */
  entryId?: string | undefined;
  resourceHref: ResourceHref;
  /** Opens one API's chain (the per-API view). */
  onShowApi: (apiKey: string) => void;
  onClose: () => void;
}

/** Groups past this many APIs start folded: the sentence and the counts say the size first. */
const OPEN_UP_TO = 40;

function KindBadge({ kind }: { kind: ResourceRef['kind'] }) {
  return (
    <Badge color={kindColors[kind]} variant="light" size="sm" radius="sm" tt="none">
      {kindLabel(kind)}
    </Badge>
  );
}

function RefLinks({ refs, resourceHref }: { refs: ResourceRef[]; resourceHref: ResourceHref }) {
  const { t } = useTranslation();
  if (refs.length === 0) {
    return (
      <Text span size="xs" c="dimmed">
        {t('bindings.impact.nothingElse')}
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="wrap">
      {refs.map((ref) => {
        const href = resourceHref(ref);
        return (
          <Group key={ref.key} gap={4} wrap="nowrap">
            <Badge color={kindColors[ref.kind]} variant="dot" size="xs" tt="none">
              {kindLabel(ref.kind)}
            </Badge>
            {href ? (
              <Anchor component={Link} to={href} size="xs">
                {ref.name}
              </Anchor>
            ) : (
              <Text span size="xs">
                {ref.name}
              </Text>
            )}
          </Group>
        );
      })}
    </Group>
  );
}

function ApiRows({ apis, resourceHref, onShowApi }: { apis: ImpactApi[]; resourceHref: ResourceHref; onShowApi: (key: string) => void }) {
  const { t } = useTranslation();
  return (
    <Table verticalSpacing={4} horizontalSpacing="xs" fz="sm" layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="30%">{t('bindings.impact.api')}</Table.Th>
          <Table.Th w="30%">{t('bindings.impact.request')}</Table.Th>
          <Table.Th>{t('bindings.impact.alsoDependsOn')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {apis.map((api) => (
          <Table.Tr key={api.key} data-testid="impact-api">
            <Table.Td>
              <Anchor component="button" type="button" size="sm" onClick={() => onShowApi(api.key)} title={t('bindings.impact.showChain')}>
                {api.apiName}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Text span ff="monospace" size="xs" style={{ wordBreak: 'break-all' }}>
                {[api.method, api.path].filter(Boolean).join(' ') || '—'}
              </Text>
            </Table.Td>
            <Table.Td>
              <RefLinks refs={api.alsoDependsOn} resourceHref={resourceHref} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Groups({ groups, resourceHref, onShowApi, total }: { groups: ImpactGroup[]; resourceHref: ResourceHref; onShowApi: (key: string) => void; total: number }) {
  const { t } = useTranslation();
  const open = total <= OPEN_UP_TO ? groups.map((g) => g.groupId) : groups.slice(0, 1).map((g) => g.groupId);
  return (
    <Accordion multiple defaultValue={open} variant="separated" radius="sm" chevronPosition="left">
      {groups.map((group) => (
        <Accordion.Item key={group.groupId} value={group.groupId} data-testid="impact-group">
          <Accordion.Control>
            <Group gap="xs" wrap="wrap">
              <Text fw={600} size="sm">
                {group.groupName}
              </Text>
              <Text size="sm" c="dimmed">
                {t('bindings.impact.apis', { count: group.apiCount })}
              </Text>
              {group.stages.map((stage) => (
                <Group key={stage.stageName} gap={2} wrap="nowrap">
                  <StageBadge stage={stage.stageName} />
                  <Text size="xs" c="dimmed">
                    {formatNumber(stage.apis.length)}
                  </Text>
                </Group>
              ))}
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="sm">
              {group.stages.map((stage) => (
                <Stack key={stage.stageName} gap={4} data-testid="impact-stage" data-stage={stage.stageName}>
                  <Group gap="xs">
                    <StageBadge stage={stage.stageName} />
                    <Text size="xs" c="dimmed">
                      {t('bindings.impact.apis', { count: stage.apis.length })}
                    </Text>
                  </Group>
                  <ApiRows apis={stage.apis} resourceHref={resourceHref} onShowApi={onShowApi} />
                </Stack>
              ))}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

function Findings({ findings }: { findings: Finding[] }) {
  // Subscribes to the language, so the words below follow a switch.
  useTranslation();
  if (findings.length === 0) return null;
  return (
    <List size="sm" spacing={4}>
      {findings.map((finding, i) => (
        <List.Item key={`${finding.kind}-${i}`}>
          <Badge size="xs" color={severityColors[finding.severity]} variant="light" radius="sm" mr={6}>
            {severityLabel(finding.severity)}
          </Badge>
          <Text span size="sm" title={findingKindLabel(finding.kind)}>
            {findingText(finding)}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

interface AclEntry {
  id: string;
  cidrs: string[];
  appId?: string;
}

const aclEntries = (impact: ResourceImpact): AclEntry[] => {
  const entries = impact.resource.details?.entries;
  return Array.isArray(entries) ? (entries as AclEntry[]) : [];
};

/** The ACL's entries (policy items), the one a search landed on marked and scrolled to. */
function AclEntries({ entries, entryId }: { entries: AclEntry[]; entryId: string | undefined }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} aria-label={t('bindings.impact.aclEntries')} component="section">
      <Text size="xs" c="dimmed" fw={600}>
        {t('bindings.impact.entries')}
      </Text>
      {entries.map((entry) => {
        const current = entry.id === entryId;
        return (
          <Group
            key={entry.id}
            gap="xs"
            p={4}
            data-testid="acl-entry"
            aria-current={current ? 'true' : undefined}
            ref={current ? (el) => el?.scrollIntoView({ block: 'center' }) : undefined}
            style={{
              borderRadius: 4,
              // The scheme's own light-variant colours: fixed shades (yellow-1) left dark-scheme text unreadable on them.
              background: current ? 'var(--mantine-color-yellow-light)' : undefined,
              outline: current ? '1px solid var(--mantine-color-yellow-outline)' : undefined,
            }}
          >
            <Text size="xs" ff="monospace" translate="no">
              {entry.cidrs.join('; ')}
            </Text>
            {entry.appId ? (
              <Text size="xs" c={current ? undefined : 'dimmed'}>
                {t('bindings.impact.app', { id: entry.appId })}
              </Text>
            ) : null}
            {/* On the marked entry, full-strength text: the dimmed grey is tuned for the page's surfaces, not the highlight. */}
            <Text size="xs" c={current ? undefined : 'dimmed'} ff="monospace" ml="auto">
              {t('bindings.impact.item', { id: entry.id })}
            </Text>
          </Group>
        );
      })}
    </Stack>
  );
}

const outsideOperations = ['CreatedOutsidePortico', 'ChangedOutsidePortico', 'RemovedOutsidePortico'] as const;
type OutsideOperation = (typeof outsideOperations)[number];
const isOutside = (operation: string): operation is OutsideOperation => (outsideOperations as readonly string[]).includes(operation);

/** What refreshes found changed on this resource outside Portico, each linking to its audit event. */
function OutsideChanges({ resourceId }: { resourceId: string }) {
  const { t } = useTranslation();
  const outside = useOutsideChanges(resourceId);
  const items = outside.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Stack gap={2} component="section" aria-label={t('bindings.impact.outsideLabel')} data-testid="outside-changes">
      <Text size="xs" c="dimmed" fw={600}>
        {t('bindings.impact.outsideTitle')}
      </Text>
      {items.map((event) => {
        const fields = (event.after as { changedFields?: string[] } | null)?.changedFields;
        return (
          <Group key={event.id} gap="xs">
            <Badge size="xs" color="grape" variant="light" radius="sm">
              {isOutside(event.operation) ? t(`bindings.impact.outside.${event.operation}`) : event.operation}
            </Badge>
            <Anchor component={Link} to={`/audit/${event.id}`} size="xs">
              {t('bindings.impact.found', { at: formatDateTime(event.at, { withZone: true }) })}
            </Anchor>
            {fields?.length ? (
              <Text size="xs" c="dimmed">
                {fields.join(', ')}
              </Text>
            ) : null}
          </Group>
        );
      })}
    </Stack>
  );
}

function ImpactBody({
  impact,
  entryId,
  resourceHref,
  onShowApi,
}: {
  impact: ResourceImpact;
  entryId: string | undefined;
  resourceHref: ResourceHref;
  onShowApi: (key: string) => void;
}) {
  const { t } = useTranslation();
  const { resource } = impact;
  const href = resourceHref(resource);
  return (
    <Stack gap="sm">
      <Group gap="lg" wrap="wrap" align="flex-start">
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            {cloudLabel(resource.cloud)}
            {resource.subtype ? ` · ${resource.subtype}` : ''}
          </Text>
          <Text size="xs" ff="monospace">
            {resource.id}
          </Text>
        </Stack>
        {detailFields(resource)
          .filter((field) => aclEntries(impact).length === 0 || field.key !== 'cidrs')
          .map((field) => (
            <Stack key={field.key} gap={2} maw={360}>
              <Text size="xs" c="dimmed">
                {field.label}
              </Text>
              <Text size="xs" ff={field.mono ? 'monospace' : undefined} style={{ wordBreak: 'break-all' }} translate={field.mono ? 'no' : undefined}>
                {field.value}
              </Text>
            </Stack>
          ))}
        {href ? (
          <Button component={Link} to={href} variant="light" size="xs" ml="auto">
            {t('bindings.impact.changeIt', { kind: kindLabel(resource.kind) })}
          </Button>
        ) : null}
      </Group>
      {aclEntries(impact).length > 0 ? <AclEntries entries={aclEntries(impact)} entryId={entryId} /> : null}
      <OutsideChanges resourceId={resource.id} />
      <Findings findings={impact.findings} />
      {impact.groups.length > 0 ? <Groups groups={impact.groups} resourceHref={resourceHref} onShowApi={onShowApi} total={impact.summary.apiCount} /> : null}
    </Stack>
  );
}

/**
 * What breaks if this resource changes: the published APIs that depend on it, by group and stage,
 * each with what else it depends on, read from the BFF (not from the whole inventory).
 */
export function ResourceImpactPanel({ resourceKey, entryId, resourceHref, onShowApi, onClose }: Props) {
  const { t } = useTranslation();
  const impact = useResourceImpact(resourceKey);
  const resource = impact.data?.resource;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('bindings.impact.label')} data-testid="resource-impact">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={4}>
            <Group gap="xs">
              {resource ? <KindBadge kind={resource.kind} /> : null}
              <Title order={2} fz="md" fw={600}>
                {resource ? t('bindings.impact.title', { name: resource.name }) : t('bindings.impact.label')}
              </Title>
            </Group>
            {impact.data ? (
              <Text size="sm" fw={500} data-testid="impact-sentence">
                {impactSentence(impact.data.summary)}
              </Text>
            ) : null}
          </Stack>
          <CloseButton aria-label={t('bindings.impact.close')} onClick={onClose} />
        </Group>
        {impact.isPending ? <Skeleton height={120} radius="sm" /> : null}
        {impact.isError ? <ApiErrorAlert error={impact.error} title={t('bindings.impact.loadError')} onRetry={() => void impact.refetch()} /> : null}
        {impact.data ? <ImpactBody impact={impact.data} entryId={entryId} resourceHref={resourceHref} onShowApi={onShowApi} /> : null}
      </Stack>
    </Paper>
  );
}
