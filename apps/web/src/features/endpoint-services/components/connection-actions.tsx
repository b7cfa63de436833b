import { useState } from 'react';
import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import type { EndpointConnection, EndpointService } from '@portico/contracts/endpoint-services';
import { accessOf, routes } from '@portico/contracts/routes';
import { AccessButton } from '@/components/auth/access-button';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { IconAlert, IconCheck } from '@/components/ui/icons';
import { useConnectionAction } from '../api/service-access';
import { actionable, ConnectionsTable } from './connections-table';
import { ConnectionStatusBadge } from './status-badges';

type Action = 'accept' | 'reject';

/** The connections of a service, with Accept / Reject for the ticked ones, one review, and the result per connection. */
export function ConnectionActions({ service, connections }: { service: EndpointService; connections: EndpointConnection[] }) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reviewing, setReviewing] = useState<Action | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = useConnectionAction();
  const chosen = connections.filter((c) => selected.has(c.id) && actionable(c));
  const pending = connections.filter((c) => c.status === 'pendingAcceptance').length;

  const toggle = (id: string) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const open = (action: Action) => {
    run.reset();
    setDone(null);
    setReviewing(action);
  };
  const close = () => {
    if (!run.isPending) setReviewing(null);
  };
  const confirm = () => {
    if (!reviewing) return;
    const action = reviewing;
    run.mutate(
      { id: service.id, body: { endpointIds: chosen.map((c) => c.id), action } },
      {
        onSuccess: (result) => {
          setReviewing(null);
          setSelected(new Set());
          setDone(
            result.connections.map((c) => t('endpointServices.connections.result', { id: c.id, status: c.status })).join(t('endpointServices.connections.resultSeparator')),
          );
        },
      },
    );
  };

  return (
    <Stack gap="sm">
      {pending > 0 ? (
        <Alert color="yellow" variant="light" role="note" icon={<IconAlert />} py="xs">
          <Text size="sm">{t('endpointServices.connections.waiting', { count: pending })}</Text>
        </Alert>
      ) : null}
      {done ? (
        <Alert
          color="teal"
          variant="light"
          role="status"
          icon={<IconCheck />}
          withCloseButton
          onClose={() => setDone(null)}
          closeButtonLabel={t('endpointServices.dismiss')}
          title={t('endpointServices.connections.changed')}
        >
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {done}
          </Text>
        </Alert>
      ) : null}
      <Group gap="sm">
        <AccessButton access={accessOf(routes.actOnConnections)} size="xs" onClick={() => open('accept')} disabled={chosen.length === 0}>
          {chosen.length > 0 ? t('endpointServices.connections.acceptN', { count: chosen.length }) : t('endpointServices.connections.accept')}
        </AccessButton>
        <AccessButton access={accessOf(routes.actOnConnections)} size="xs" variant="default" color="red" onClick={() => open('reject')} disabled={chosen.length === 0}>
          {chosen.length > 0 ? t('endpointServices.connections.rejectN', { count: chosen.length }) : t('endpointServices.connections.reject')}
        </AccessButton>
      </Group>
      <ConnectionsTable connections={connections} selection={{ selected, toggle }} />
      <Modal
        opened={reviewing !== null}
        onClose={close}
        title={reviewing === 'accept' ? t('endpointServices.connections.reviewAccept') : t('endpointServices.connections.reviewReject')}
        size="lg"
      >
        {reviewing ? (
          <Stack gap="md">
            <Text size="sm">
              <Trans
                i18nKey={reviewing === 'accept' ? 'endpointServices.connections.acceptWhat' : 'endpointServices.connections.rejectWhat'}
                values={{ count: chosen.length, name: service.serviceName || service.id }}
                components={{ b: <b /> }}
              />
            </Text>
            <List size="sm" spacing={4}>
              {chosen.map((c) => (
                <List.Item key={c.id}>
                  <Text span ff="monospace" size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {c.id}
                  </Text>{' '}
                  {t('endpointServices.connections.account', { account: c.domainId ?? t('endpointServices.unknown') })} <ConnectionStatusBadge status={c.status} /> →{' '}
                  <ConnectionStatusBadge status={reviewing === 'accept' ? 'accepted' : 'rejected'} />
                </List.Item>
              ))}
            </List>
            <Alert color={reviewing === 'accept' ? 'blue' : 'orange'} variant="light" role="note" icon={<IconAlert />}>
              <Text size="sm">{reviewing === 'accept' ? t('endpointServices.connections.acceptEffect') : t('endpointServices.connections.rejectEffect')}</Text>
            </Alert>
            {run.error ? <ApiErrorAlert error={run.error} title={t('endpointServices.connections.nothingChanged')} onRetry={confirm} retrying={run.isPending} /> : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} disabled={run.isPending}>
                {t('endpointServices.cancel')}
              </Button>
              <Button color={reviewing === 'reject' ? 'red' : undefined} onClick={confirm} loading={run.isPending}>
                {reviewing === 'accept' ? t('endpointServices.connections.confirmAccept') : t('endpointServices.connections.confirmReject')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Stack>
  );
}
