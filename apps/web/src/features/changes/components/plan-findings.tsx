import { Badge, Group, List, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Finding } from '@portico/contracts/bindings';
import type { PlanFindings } from '@portico/contracts/changes';

const colour = { high: 'red', warning: 'yellow', info: 'blue' } as const;

function FindingList({ findings, label, tone }: { findings: readonly Finding[]; label: string; tone: 'added' | 'resolved' }) {
  const { t } = useTranslation();
  if (findings.length === 0) return null;
  return (
    <>
      <Text size="sm" fw={600} mt="xs">
        {label}
      </Text>
      <List size="sm" spacing={4} data-testid={`findings-${tone}`}>
        {findings.map((f) => (
          <List.Item key={`${f.kind}:${f.subject}:${JSON.stringify(f.params ?? {})}`}>
            <Group gap={6} wrap="wrap">
              <Badge size="xs" variant="light" color={tone === 'resolved' ? 'green' : colour[f.severity]}>
                {t(`bindings.severity.${f.severity}`)}
              </Badge>
              {/* The inventory's own wording of the finding, in the reader's language. */}
              <Text span size="sm" td={tone === 'resolved' ? 'line-through' : undefined}>
                {f.params ? t(`bindings.findingText.${f.kind}`, { ...f.params }) : f.message}
              </Text>
            </Group>
          </List.Item>
        ))}
      </List>
    </>
  );
}

/** The findings the change would add (a wide entry, approval off …) and those it would resolve. */
export function PlanFindingsView({ findings }: { findings: PlanFindings }) {
  const { t } = useTranslation();
  const none = findings.added.length === 0 && findings.resolved.length === 0;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="change-findings">
      <Title id="change-findings" order={2} fz="md" fw={600} mb={4}>
        {t('changes.plan.findings')}
      </Title>
      {none ? (
        <Text size="sm" c="dimmed">
          {t('changes.plan.noFindings')}
        </Text>
      ) : null}
      <FindingList findings={findings.added} label={t('changes.plan.findingsAdded', { count: findings.added.length })} tone="added" />
      <FindingList findings={findings.resolved} label={t('changes.plan.findingsResolved', { count: findings.resolved.length })} tone="resolved" />
    </Paper>
  );
}
