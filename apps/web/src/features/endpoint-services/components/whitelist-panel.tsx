import { useState } from 'react';
import { ActionIcon, Alert, Button, Group, Modal, Stack, Table, Text, Textarea, Tooltip, VisuallyHidden } from '@mantine/core';
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
      setProblem(typeof index === 'number' ? `Account ${index + 1} (${splitIds(text)[index] ?? ''}) ${issue?.message ?? ''}` : `Accounts ${issue?.message ?? ''}`);
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
        Accounts whose VPC endpoints may connect. Your own account may always connect.
        {service.approvalEnabled ? ' Their connections still wait for acceptance.' : ' Approval is off: their connections are accepted at once.'}
      </Text>
      {list.error ? <ApiErrorAlert error={list.error} title="The whitelist did not load" onRetry={() => void list.refetch()} retrying={list.isFetching} /> : null}
      {records.some((r) => r.accountId === '*') ? (
        <Alert color="orange" variant="light" role="note" icon={<IconAlert />} py="xs">
          <Text size="sm">* is on the list: every account may connect.</Text>
        </Alert>
      ) : null}
      {records.length === 0 && list.isSuccess ? <Text size="sm">No other account is on the whitelist.</Text> : null}
      {records.length > 0 ? (
        <Table.ScrollContainer minWidth={360}>
          <Table aria-label="Whitelist" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Account</Table.Th>
                <Table.Th>Added</Table.Th>
                <Table.Th w={48} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {records.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td ff="monospace" fz="sm" style={{ overflowWrap: 'anywhere' }}>
                    {r.accountId === '*' ? '* (every account)' : r.accountId}
                  </Table.Td>
                  <Table.Td fz="sm">{formatDateTime(r.createdAt)}</Table.Td>
                  <Table.Td>
                    <Tooltip label={`Remove ${r.accountId}`}>
                      <ActionIcon variant="subtle" color="gray" onClick={() => setPlan({ action: 'remove', accountIds: [r.accountId] })}>
                        <IconX size={16} />
                        <VisuallyHidden>Remove {r.accountId}</VisuallyHidden>
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
          Add accounts
        </AccessButton>
      </Group>
      <Modal opened={adding && plan === null} onClose={closeAdd} title="Add accounts to the whitelist" size="lg">
        <Stack gap="sm">
          <Textarea
            label="Account ids"
            description="One or more account ids (1 to 64 letters and digits), separated by spaces, commas or new lines; * lets every account connect."
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={problem}
            autosize
            minRows={3}
            spellCheck={false}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={closeAdd}>
              Cancel
            </Button>
            <Button onClick={review} disabled={text.trim() === ''}>
              Review
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={plan !== null} onClose={() => !change.isPending && setPlan(null)} title="Review the whitelist change" size="lg">
        {plan ? (
          <Stack gap="sm">
            <Text size="sm">
              {plan.action === 'add' ? 'Add' : 'Remove'} {plan.accountIds.length === 1 ? 'this account' : `these ${plan.accountIds.length} accounts`}{' '}
              {plan.action === 'add' ? 'to' : 'from'} the whitelist of <b>{service.serviceName || service.id}</b>:
            </Text>
            <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {plan.accountIds.join(', ')}
            </Text>
            <Alert color="orange" variant="light" role="note" icon={<IconAlert />}>
              <Text size="sm">
                {plan.action === 'add'
                  ? plan.accountIds.includes('*')
                    ? 'With * every account may create an endpoint to this service.'
                    : 'Their VPC endpoints may then connect to this service.'
                  : 'They can no longer create new connections; connections already made stay until rejected.'}
              </Text>
            </Alert>
            {change.error ? <ApiErrorAlert error={change.error} title="The whitelist was not changed" onRetry={confirm} retrying={change.isPending} /> : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setPlan(null)} disabled={change.isPending}>
                {plan.action === 'add' ? 'Back to edit' : 'Cancel'}
              </Button>
              <Button onClick={confirm} loading={change.isPending} color={plan.action === 'remove' ? 'red' : undefined}>
                {plan.action === 'add' ? 'Confirm and add' : 'Confirm and remove'}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Stack>
  );
}
