import { ActionIcon, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { ReviewDialog } from '@/components/review/review-dialog';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangePolicy } from '@portico/contracts/changes';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { IconX } from '@/components/ui/icons';
import { useCan } from '@/lib/session';
import { useDeletePolicy, usePolicies } from '../api/policies';
import { PolicyFormModal } from './policy-form-modal';

/** What waits for review, in words: the scope, the conditions and who approves. */
function PolicyRow({ policy, admin, onEdit, onRemove }: { policy: ChangePolicy; admin: boolean; onEdit: () => void; onRemove: () => void }) {
  const { t } = useTranslation();
  const scope = [policy.scope.profiles?.join(', '), policy.scope.kinds?.map((k) => t(`changes.kind.${k}`)).join(', '), policy.scope.stages?.join(', ')]
    .filter(Boolean)
    .join(' · ');
  const when = Object.entries(policy.when)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([code, value]) => t(`changes.reason.${code as 'aclOpensToEveryone'}`, { value }));
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {policy.name}
        </Text>
        {policy.source === 'file' ? (
          <Badge size="xs" variant="light" color="gray">
            {t('changes.policies.fromFile')}
          </Badge>
        ) : null}
      </Table.Td>
      <Table.Td>{scope || t('changes.policies.everywhere')}</Table.Td>
      <Table.Td>{when.length > 0 ? when.join('; ') : t('changes.reason.everyChange')}</Table.Td>
      <Table.Td>{t('changes.plan.approvalsNeeded', { count: policy.approvals, role: t(`changes.role.${policy.approverRole}`) })}</Table.Td>
      <Table.Td>
        {admin && policy.source === 'console' ? (
          <Group gap={4} wrap="nowrap">
            <Button variant="subtle" size="xs" aria-label={t('changes.policies.edit', { name: policy.name })} onClick={onEdit}>
              {t('changes.policies.change')}
            </Button>
            <ActionIcon variant="subtle" color="red" aria-label={t('changes.policies.remove', { name: policy.name })} onClick={onRemove}>
              <IconX size={16} />
            </ActionIcon>
          </Group>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

export function PoliciesPanel() {
  const { t } = useTranslation();
  const admin = useCan('admin');
  const policies = usePolicies();
  const remove = useDeletePolicy();
  // The form is open for a new policy (`policy` absent) or a stored one; closed when undefined.
  const [form, setForm] = useState<{ policy?: ChangePolicy }>();
  const [removing, setRemoving] = useState<ChangePolicy>();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="policies-title">
      <Stack gap="md">
        <Group justify="space-between">
          <Title id="policies-title" order={2} fz="md" fw={600}>
            {t('changes.policies.title')}
          </Title>
          {admin ? <Button onClick={() => setForm({})}>{t('changes.policies.add')}</Button> : null}
        </Group>
        {policies.error ? <ApiErrorAlert error={policies.error} title={t('changes.policies.loadFailed')} /> : null}
        {policies.data?.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('changes.policies.none')}
          </Text>
        ) : null}
        {policies.data && policies.data.items.length > 0 ? (
          <Table.ScrollContainer minWidth={640}>
            <Table aria-label={t('changes.policies.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('changes.policies.name')}</Table.Th>
                  <Table.Th>{t('changes.policies.scope')}</Table.Th>
                  <Table.Th>{t('changes.policies.when')}</Table.Th>
                  <Table.Th>{t('changes.policies.approvers')}</Table.Th>
                  <Table.Th aria-label={t('changes.policies.actions')} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {policies.data.items.map((policy) => (
                  <PolicyRow key={policy.id} policy={policy} admin={admin} onEdit={() => setForm({ policy })} onRemove={() => setRemoving(policy)} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Stack>
      <PolicyFormModal opened={form !== undefined} policy={form?.policy} onClose={() => setForm(undefined)} />
      <ReviewDialog
        opened={removing !== undefined}
        size="md"
        title={t('changes.policies.removeTitle', { name: removing?.name ?? '' })}
        onClose={() => {
          remove.reset();
          setRemoving(undefined);
        }}
        error={remove.error}
        errorTitle={t('changes.policies.removeFailed')}
        saving={remove.isPending}
        destructive
        backLabel={t('changes.policies.keep')}
        confirmLabel={t('changes.policies.confirmRemove')}
        onConfirm={() => removing && remove.mutate(removing.id, { onSuccess: () => setRemoving(undefined) })}
      >
        <Text size="sm">{t('changes.policies.removeBody')}</Text>
      </ReviewDialog>
    </Paper>
  );
}
