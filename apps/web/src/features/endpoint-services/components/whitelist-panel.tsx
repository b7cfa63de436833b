import { useState } from 'react';
import { ActionIcon, Alert, Button, Group, Modal, Stack, Table, Text, Textarea, Tooltip, VisuallyHidden } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { PermissionAction, type EndpointService } from '@portico/contracts/endpoint-services';
import { accessOf, routes } from '@portico/contracts/routes';
import { AccessButton } from '@/components/auth/access-button';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { IconAlert, IconX } from '@/components/ui/icons';
import { formatDateTime } from '@/lib/format';
import { useUnsavedChangesGuard } from '@/lib/unsaved-changes';
import { usePermissionAction, useServicePermissions } from '../api/service-access';

const splitIds = (text: string) => [...new Set(text.split(/[\s,;]+/).filter(Boolean))];

interface Plan {
  action: 'add' | 'remove';
  accountIds: string[];
}

/** Who may connect: the service's whitelist of accounts (`*` lets every account connect); add and remove after a review. */
export function WhitelistPanel({ service }: { service: EndpointService }) {
  const { t } = useTranslation();
  const list = useServicePermissions(service.id);
  const change = usePermissionAction();
  const [adding, setAdding] = useState(false);
  const [text, setText] = useState('');
  const [plan, setPlan] = useState<Plan | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { confirmDiscard, release } = useUnsavedChangesGuard(adding && text.trim() !== '');
  const canChange = accessOf(routes.changeServicePermissions);

  const review = () => {
    const parsed = PermissionAction.safeParse({ accountIds: splitIds(text), action: 'add' });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const index = issue?.path[1];
      const message = issue?.message ?? '';
      setProblem(
        typeof index === 'number'
          ? t('endpointServices.whitelist.accountProblem', { n: index + 1, account: splitIds(text)[index] ?? '', message })
          : t('endpointServices.whitelist.accountsProblem', { message }),
      );
      return;
    }
    setProblem(null);
    setPlan(parsed.data);
  };
  const closeAdd = () => {
    if (!confirmDiscard()) return;
    setAdding(false);
    setText('');
    setProblem(null);
  };
  const confirm = () => {
    if (!plan) return;
    change.mutate(
      { id: service.id, body: plan },
      {
        onSuccess: () => {
          release();
          setPlan(null);
          setAdding(false);
          setText('');
        },
      },
    );
  };

  const records = list.data?.permissions ?? [];
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('endpointServices.whitelist.intro')} {service.approvalEnabled ? t('endpointServices.whitelist.approvalOn') : t('endpointServices.whitelist.approvalOff')}
      </Text>
      {list.error ? (
        <ApiErrorAlert error={list.error} title={t('endpointServices.whitelist.loadFailed')} onRetry={() => void list.refetch()} retrying={list.isFetching} />
      ) : null}
      {records.some((r) => r.accountId === '*') ? (
        <Alert color="orange" variant="light" role="note" icon={<IconAlert />} py="xs">
          <Text size="sm">{t('endpointServices.whitelist.everyone')}</Text>
        </Alert>
      ) : null}
      {records.length === 0 && list.isSuccess ? <Text size="sm">{t('endpointServices.whitelist.empty')}</Text> : null}
      {records.length > 0 ? (
        <Table.ScrollContainer minWidth={360}>
          <Table aria-label={t('endpointServices.whitelist.title')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('endpointServices.whitelist.account')}</Table.Th>
                <Table.Th>{t('endpointServices.whitelist.added')}</Table.Th>
                <Table.Th w={48} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {records.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td ff="monospace" fz="sm" style={{ overflowWrap: 'anywhere' }}>
                    {r.accountId === '*' ? t('endpointServices.whitelist.star') : r.accountId}
                  </Table.Td>
                  <Table.Td fz="sm">{formatDateTime(r.createdAt)}</Table.Td>
                  <Table.Td>
                    <Tooltip label={t('endpointServices.whitelist.remove', { account: r.accountId })}>
                      <ActionIcon variant="subtle" color="gray" onClick={() => setPlan({ action: 'remove', accountIds: [r.accountId] })}>
                        <IconX size={16} />
                        <VisuallyHidden>{t('endpointServices.whitelist.remove', { account: r.accountId })}</VisuallyHidden>
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Group>
        <AccessButton access={canChange} size="xs" variant="default" onClick={() => setAdding(true)}>
          {t('endpointServices.whitelist.addAccounts')}
        </AccessButton>
      </Group>
      <Modal opened={adding && plan === null} onClose={closeAdd} title={t('endpointServices.whitelist.addTitle')} size="lg">
        <Stack gap="sm">
          <Textarea
            label={t('endpointServices.whitelist.accountIds')}
            description={t('endpointServices.whitelist.accountIdsHint')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={problem}
            autosize
            minRows={3}
            spellCheck={false}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={closeAdd}>
              {t('endpointServices.cancel')}
            </Button>
            <Button onClick={review} disabled={text.trim() === ''}>
              {t('endpointServices.whitelist.review')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={plan !== null} onClose={() => !change.isPending && setPlan(null)} title={t('endpointServices.whitelist.reviewTitle')} size="lg">
        {plan ? (
          <Stack gap="sm">
            <Text size="sm">
              <Trans
                i18nKey={plan.action === 'add' ? 'endpointServices.whitelist.addWhat' : 'endpointServices.whitelist.removeWhat'}
                values={{ count: plan.accountIds.length, name: service.serviceName || service.id }}
                components={{ b: <b /> }}
              />
            </Text>
            <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {plan.accountIds.join(', ')}
            </Text>
            <Alert color="orange" variant="light" role="note" icon={<IconAlert />}>
              <Text size="sm">
                {plan.action === 'add'
                  ? plan.accountIds.includes('*')
                    ? t('endpointServices.whitelist.addStarEffect')
                    : t('endpointServices.whitelist.addEffect')
                  : t('endpointServices.whitelist.removeEffect')}
              </Text>
            </Alert>
            {change.error ? <ApiErrorAlert error={change.error} title={t('endpointServices.whitelist.notChanged')} onRetry={confirm} retrying={change.isPending} /> : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setPlan(null)} disabled={change.isPending}>
                {plan.action === 'add' ? t('endpointServices.backToEdit') : t('endpointServices.cancel')}
              </Button>
              <Button onClick={confirm} loading={change.isPending} color={plan.action === 'remove' ? 'red' : undefined}>
                {plan.action === 'add' ? t('endpointServices.whitelist.confirmAdd') : t('endpointServices.whitelist.confirmRemove')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Stack>
  );
}
