import { useState } from 'react';
import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import type { EndpointConnection, EndpointService } from '@portico/contracts/endpoint-services';
import { accessOf, routes } from '@portico/contracts/routes';
import { AccessButton } from '@/components/auth/access-button';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { IconAlert, IconCheck } from '@/components/ui/icons';
import { plural } from '@/lib/format';
import { useConnectionAction } from '../api/service-access';
import { actionable, ConnectionsTable } from './connections-table';
import { ConnectionStatusBadge } from './status-badges';

type Action = 'accept' | 'reject';

const effect: Record<Action, string> = {
  accept: 'Their VPC endpoints can reach the service as soon as this is confirmed.',
  reject: 'Their VPC endpoints can no longer reach the service: traffic through them stops at once.',
};

/** The connections of a service, with Accept / Reject for the ticked ones, one review, and the result per connection. */
export function ConnectionActions({ service, connections }: { service: EndpointService; connections: EndpointConnection[] }) {
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
          setDone(result.connections.map((c) => `${c.id}: ${c.status}`).join('; '));
        },
      },
    );
  };

  return (
    <Stack gap="sm">
      {pending > 0 ? (
        <Alert color="yellow" variant="light" role="note" icon={<IconAlert />} py="xs">
          <Text size="sm">{pending === 1 ? '1 connection waits' : `${pending} connections wait`} for your acceptance. Tick it and choose Accept or Reject.</Text>
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
          closeButtonLabel="Dismiss"
          title="Connections changed"
        >
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {done}
          </Text>
        </Alert>
      ) : null}
      <Group gap="sm">
        <AccessButton access={accessOf(routes.actOnConnections)} size="xs" onClick={() => open('accept')} disabled={chosen.length === 0}>
          Accept{chosen.length > 0 ? ` (${chosen.length})` : ''}
        </AccessButton>
        <AccessButton access={accessOf(routes.actOnConnections)} size="xs" variant="default" color="red" onClick={() => open('reject')} disabled={chosen.length === 0}>
          Reject{chosen.length > 0 ? ` (${chosen.length})` : ''}
        </AccessButton>
      </Group>
      <ConnectionsTable connections={connections} selection={{ selected, toggle }} />
      <Modal opened={reviewing !== null} onClose={close} title={reviewing === 'accept' ? 'Review: accept connections' : 'Review: reject connections'} size="lg">
        {reviewing ? (
          <Stack gap="md">
            <Text size="sm">
              {reviewing === 'accept' ? 'Accept' : 'Reject'} {plural(chosen.length, 'connection')} to <b>{service.serviceName || service.id}</b>:
            </Text>
            <List size="sm" spacing={4}>
              {chosen.map((c) => (
                <List.Item key={c.id}>
                  <Text span ff="monospace" size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {c.id}
                  </Text>{' '}
                  (account {c.domainId ?? 'unknown'}) <ConnectionStatusBadge status={c.status} /> →{' '}
                  <ConnectionStatusBadge status={reviewing === 'accept' ? 'accepted' : 'rejected'} />
                </List.Item>
              ))}
            </List>
            <Alert color={reviewing === 'accept' ? 'blue' : 'orange'} variant="light" role="note" icon={<IconAlert />}>
              <Text size="sm">{effect[reviewing]}</Text>
            </Alert>
            {run.error ? <ApiErrorAlert error={run.error} title="Nothing was changed" onRetry={confirm} retrying={run.isPending} /> : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} disabled={run.isPending}>
                Cancel
              </Button>
              <Button color={reviewing === 'reject' ? 'red' : undefined} onClick={confirm} loading={run.isPending}>
                {reviewing === 'accept' ? 'Confirm and accept' : 'Confirm and reject'}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Stack>
  );
}
