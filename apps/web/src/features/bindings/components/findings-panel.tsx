import { useState } from 'react';
import { Anchor, Badge, Button, Group, List, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { FindingKind, findingLabel, type Finding } from '@portico/contracts/bindings';
import { IconChevronDown } from '@/components/ui/icons';
import type { InventoryIndex } from '../utils/inventory-index';
import { severityColors, type ResourceHref } from '../utils/labels';

/** Items shown at first when a kind is opened, and added by each "Show more". */
const PAGE = 50;

interface Props {
  index: InventoryIndex;
  active: FindingKind | undefined;
  onFilter: (kind: FindingKind | undefined) => void;
  onShowApi: (apiKey: string) => void;
  resourceHref: ResourceHref;
}

function FindingItem({ finding, index, onShowApi, resourceHref }: { finding: Finding } & Pick<Props, 'index' | 'onShowApi' | 'resourceHref'>) {
  const resource = index.resourceByKey.get(finding.subject);
  const href = resource ? resourceHref(resource) : undefined;
  let subject;
  if (href) {
    subject = (
      <Anchor component={Link} to={href} size="sm" fw={500}>
        {finding.subjectName}
      </Anchor>
    );
  } else if (index.apiByKey.has(finding.subject)) {
    subject = (
      <Anchor component="button" type="button" size="sm" fw={500} onClick={() => onShowApi(finding.subject)}>
        {finding.subjectName}
      </Anchor>
    );
  } else {
    subject = (
      <Text span size="sm" fw={500}>
        {finding.subjectName}
      </Text>
    );
  }
  return (
    <List.Item>
      <Group gap={6} wrap="wrap">
        {subject}
        <Text span size="sm" c="dimmed">
          {finding.message}
        </Text>
      </Group>
    </List.Item>
  );
}

function FindingKindRow({ kind, findings, ...props }: Props & { kind: FindingKind; findings: Finding[] }) {
  const [shown, setShown] = useState(0);
  const open = shown > 0;
  const listId = `findings-${kind}`;
  const severity = findings[0]?.severity ?? 'info';
  const selected = props.active === kind;
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Group gap="xs" wrap="nowrap" miw={0}>
          <Badge color={severityColors[severity]} variant="light" size="sm" radius="sm" miw={76}>
            {severity}
          </Badge>
          <UnstyledButton
            onClick={() => props.onFilter(selected ? undefined : kind)}
            aria-pressed={selected}
            className="portico-finding-count"
            data-active={selected || undefined}
            title={selected ? 'Show every API again' : 'Show only what this is about'}
          >
            <Text span size="sm" fw={selected ? 650 : 500}>
              {findingLabel[kind]} ({findings.length})
            </Text>
          </UnstyledButton>
        </Group>
        <Button
          variant="subtle"
          size="compact-xs"
          color="gray"
          onClick={() => setShown(open ? 0 : PAGE)}
          aria-expanded={open}
          aria-controls={open ? listId : undefined}
          aria-label={`${open ? 'Hide' : 'Show'} ${findingLabel[kind]}`}
          rightSection={<IconChevronDown size={14} style={{ transform: open ? 'rotate(180deg)' : undefined }} />}
        >
          {open ? 'Hide' : 'Show'}
        </Button>
      </Group>
      {open ? (
        <Stack gap={4} pl={84} id={listId}>
          <List size="sm" spacing={2}>
            {findings.slice(0, shown).map((finding, i) => (
              <FindingItem key={`${finding.subject}-${i}`} finding={finding} {...props} />
            ))}
          </List>
          {findings.length > shown ? (
            <Group gap="xs">
              <Button variant="light" size="compact-xs" onClick={() => setShown(shown + PAGE)}>
                Show {Math.min(PAGE, findings.length - shown)} more
              </Button>
              <Text size="xs" c="dimmed">
                {shown} of {findings.length} shown
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
 * to what it is about; "Show" lists the items, each linking to where it is fixed.
 */
export function FindingsPanel(props: Props) {
  const kinds = FindingKind.options.filter((kind) => (props.index.findingsByKind.get(kind)?.length ?? 0) > 0);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Findings">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="md" fw={600}>
            Findings
          </Title>
          {props.active ? (
            <Button variant="subtle" size="compact-sm" onClick={() => props.onFilter(undefined)}>
              Show all again
            </Button>
          ) : null}
        </Group>
        {kinds.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing to look at: every API has an IP access control, every resource is in use.
          </Text>
        ) : (
          kinds.map((kind) => <FindingKindRow key={kind} kind={kind} findings={props.index.findingsByKind.get(kind) ?? []} {...props} />)
        )}
      </Stack>
    </Paper>
  );
}
