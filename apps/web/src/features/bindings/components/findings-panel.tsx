import { useState } from 'react';
import { Anchor, Badge, Button, Group, List, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FindingKind, type Finding } from '@portico/contracts/bindings';
import { cloudRules } from '@portico/contracts/bindings-rules';
import { IconChevronDown } from '@/components/ui/icons';
import type { InventoryIndex } from '../utils/inventory-index';
import { severityColors, type ResourceHref } from '../utils/labels';
import { FindingItem, type FindingFixHref } from './finding-item';
import { SuppressFindingModal } from './suppress-finding';
import { SuppressionsList } from './suppressions-list';

/** Items shown at first when a kind is opened, and added by each "Show more". */
const PAGE = 50;

interface Props {
  index: InventoryIndex;
  active: FindingKind | undefined;
  onFilter: (kind: FindingKind | undefined) => void;
  onShowApi: (apiKey: string) => void;
  resourceHref: ResourceHref;
  fixHref: FindingFixHref;
}

/** The Cloud Config rule that checks the same risk, linked to its page; says when it checks the instance instead. */
function CloudRuleLink({ kind }: { kind: FindingKind }) {
  const { t } = useTranslation();
  const rule = cloudRules[kind];
  if (!rule) return null;
  return (
    <Text size="xs" c="dimmed">
      {t('bindings.findings.cloudRule')}{' '}
      <Anchor href={rule.url} target="_blank" rel="noreferrer" size="xs" ff="monospace">
        {rule.identifier}
      </Anchor>
      {rule.scope === 'instance' ? ` ${t('bindings.findings.cloudRuleInstance')}` : null}
    </Text>
  );
}

function FindingKindRow({ kind, findings, onSuppress, ...props }: Props & { kind: FindingKind; findings: Finding[]; onSuppress: (finding: Finding) => void }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(0);
  const open = shown > 0;
  const listId = `findings-${kind}`;
  const severity = findings[0]?.severity ?? 'info';
  const selected = props.active === kind;
  const suppressed = findings.filter((f) => f.suppressed).length;
  const label = t(`bindings.findingKinds.${kind}`);
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Group gap="xs" wrap="nowrap" miw={0}>
          <Badge color={severityColors[severity]} variant="light" size="sm" radius="sm" miw={76}>
            {t(`bindings.severity.${severity}`)}
          </Badge>
          <UnstyledButton
            onClick={() => props.onFilter(selected ? undefined : kind)}
            aria-pressed={selected}
            className="portico-finding-count"
            data-active={selected || undefined}
            title={selected ? t('bindings.findings.showAll') : t('bindings.findings.showOnly')}
          >
            <Text span size="sm" fw={selected ? 650 : 500}>
              {suppressed > 0
                ? t('bindings.findings.countSuppressed', { label, count: findings.length - suppressed, suppressed })
                : t('bindings.findings.count', { label, count: findings.length })}
            </Text>
          </UnstyledButton>
        </Group>
        <Button
          variant="subtle"
          size="compact-xs"
          color="gray"
          // The words wrap, the button never gives way: at 390 px it was cut to one character.
          style={{ flexShrink: 0 }}
          onClick={() => setShown(open ? 0 : PAGE)}
          aria-expanded={open}
          aria-controls={open ? listId : undefined}
          aria-label={open ? t('bindings.findings.hideKind', { label }) : t('bindings.findings.showKind', { label })}
          rightSection={<IconChevronDown size={14} style={{ transform: open ? 'rotate(180deg)' : undefined }} />}
        >
          {open ? t('bindings.findings.hide') : t('bindings.findings.show')}
        </Button>
      </Group>
      {open ? (
        <Stack gap={4} pl={84} id={listId}>
          <CloudRuleLink kind={kind} />
          <List size="sm" spacing={2}>
            {findings.slice(0, shown).map((finding, i) => (
              <FindingItem key={`${finding.subject}-${i}`} finding={finding} onSuppress={onSuppress} {...props} />
            ))}
          </List>
          {findings.length > shown ? (
            <Group gap="xs">
              <Button variant="light" size="compact-xs" onClick={() => setShown(shown + PAGE)}>
                {t('bindings.findings.more', { count: Math.min(PAGE, findings.length - shown) })}
              </Button>
              <Text size="xs" c="dimmed">
                {t('bindings.findings.shown', { shown, count: findings.length })}
              </Text>
            </Group>
          ) : null}
        </Stack>
      ) : null}
    </Stack>
  );
}

/**
 * What an auditor should look at, by kind with counts. A count filters the graph and the tables
 * to what it is about; "Show" lists the items, each linking to where it is fixed, and each can
 * be suppressed for a while (owner, reason, expiry). Suppressions are listed below.
 */
export function FindingsPanel(props: Props) {
  const { t } = useTranslation();
  const [suppressing, setSuppressing] = useState<Finding | undefined>(undefined);
  const kinds = FindingKind.options.filter((kind) => (props.index.findingsByKind.get(kind)?.length ?? 0) > 0);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('bindings.findings.title')}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="md" fw={600}>
            {t('bindings.findings.title')}
          </Title>
          {props.active ? (
            <Button variant="subtle" size="compact-sm" onClick={() => props.onFilter(undefined)}>
              {t('bindings.findings.showAllAgain')}
            </Button>
          ) : null}
        </Group>
        {kinds.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('bindings.findings.none')}
          </Text>
        ) : (
          kinds.map((kind) => <FindingKindRow key={kind} kind={kind} findings={props.index.findingsByKind.get(kind) ?? []} onSuppress={setSuppressing} {...props} />)
        )}
        <SuppressionsList />
      </Stack>
      <SuppressFindingModal finding={suppressing} onClose={() => setSuppressing(undefined)} />
    </Paper>
  );
}
