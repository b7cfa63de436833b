import { Alert, Code, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { reachOf, type AppliedPolicy, type ChangePlan } from '@portico/contracts/changes';
import { StageBadge } from '@/components/ui/stage-badge';
import { ChangeDiffTable } from '@/components/diff/change-diff-table';
import { PlanFindingsView } from './plan-findings';

/** What the request changes (field by field), how far it reaches, and which policies asked for review. */
export function ChangePlanView({ plan, policies }: { plan: ChangePlan; policies: readonly AppliedPolicy[] }) {
  const { t } = useTranslation();
  const reach = reachOf(plan.apis);
  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="change-policies">
        <Title id="change-policies" order={2} fz="md" fw={600} mb="xs">
          {t('changes.plan.whyReview')}
        </Title>
        <List size="sm" spacing={4}>
          {policies.map((p) => (
            <List.Item key={p.id}>
              <Text span fw={500} size="sm">
                {p.name}
              </Text>
              {': '}
              {p.reasons.map((r) => t(`changes.reason.${r.code}`, { value: r.value })).join('; ')} ·{' '}
              {t('changes.plan.approvalsNeeded', { count: p.approvals, role: t(`changes.role.${p.approverRole}`) })}
              {p.approverGroups.length > 0 ? ` · ${t('changes.plan.groups', { groups: p.approverGroups.join(', ') })}` : ''}
            </List.Item>
          ))}
        </List>
      </Paper>
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="change-diff">
        <Title id="change-diff" order={2} fz="md" fw={600} mb="xs">
          {t('changes.plan.whatChanges')}
        </Title>
        {plan.warnings.map((w) => (
          <Alert key={`${w.key}:${JSON.stringify(w.params)}`} color="yellow" variant="light" mb="xs">
            {t(`validation.${w.key}`, { ...w.params })}
          </Alert>
        ))}
        <ChangeDiffTable
          before={plan.before}
          after={plan.after}
          label={t('changes.plan.whatChanges')}
          beforeLabel={t('changes.plan.before')}
          afterLabel={t('changes.plan.after')}
          emptyText={t('changes.plan.noFieldDiffers')}
        />
      </Paper>
      <PlanFindingsView findings={plan.findings} />
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="change-reach">
        <Title id="change-reach" order={2} fz="md" fw={600} mb={4}>
          {t('changes.plan.reach')}
        </Title>
        <Text size="sm" mb="sm">
          {t('changes.reach', { count: reach.apis, groups: reach.groups, release: reach.release })}
        </Text>
        {plan.apis.length > 0 ? (
          <Table.ScrollContainer minWidth={520}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('changes.plan.group')}</Table.Th>
                  <Table.Th>{t('changes.plan.stage')}</Table.Th>
                  <Table.Th>{t('changes.plan.api')}</Table.Th>
                  <Table.Th>{t('changes.plan.request')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {plan.apis.map((api) => (
                  <Table.Tr key={`${api.apiId}:${api.stageName}`}>
                    <Table.Td>{api.groupName}</Table.Td>
                    <Table.Td>
                      <StageBadge stage={api.stageName} />
                    </Table.Td>
                    <Table.Td>{api.apiName}</Table.Td>
                    <Table.Td>{api.method && api.path ? <Code>{`${api.method} ${api.path}`}</Code> : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Paper>
    </Stack>
  );
}
