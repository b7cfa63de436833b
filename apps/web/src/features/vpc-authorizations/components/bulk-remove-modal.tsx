import { useState } from 'react';
import { Alert, Button, Checkbox, Group, List, Modal, Stack, Text } from '@mantine/core';
import type { VpcAuthorizationListItem } from '@portico/contracts/vpc-authorizations';
import { IconAlert } from '@/components/ui/icons';
import { plural } from '@/lib/format';
import { useRemoveVpcAuthorizations } from '../api/remove-vpc-authorizations';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The authorizations on screen; only those bound to no API are offered. */
  items: VpcAuthorizationListItem[];
}

/** Pick unbound authorizations, review the list, remove them one by one, and read a result per authorization. */
export function BulkRemoveModal({ opened, onClose, items }: Props) {
  const unbound = items.filter((i) => i.boundApiCount === 0);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [reviewing, setReviewing] = useState(false);
  const remove = useRemoveVpcAuthorizations();
  const names = unbound.map((i) => i.name).filter((n) => chosen.has(n));

  const close = () => {
    if (remove.isPending) return;
    setChosen(new Set());
    setReviewing(false);
    remove.reset();
    onClose();
  };
  const toggle = (name: string) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      return next;
    });

  const results = remove.data;
  return (
    <Modal opened={opened} onClose={close} title={results ? 'Removal results' : reviewing ? 'Review the removal' : 'Remove unbound authorizations'} size="lg">
      {results ? (
        <Stack gap="sm">
          <Text size="sm">
            {plural(results.filter((r) => r.ok).length, 'authorization')} removed, {results.filter((r) => !r.ok).length} not removed.
          </Text>
          <List size="sm" spacing={4} aria-label="Results">
            {results.map((r) => (
              <List.Item key={r.name}>
                <b>{r.name}</b>: {r.ok ? 'removed' : `not removed — ${r.message ?? ''}`}
              </List.Item>
            ))}
          </List>
          <Group justify="flex-end">
            <Button onClick={close}>Close</Button>
          </Group>
        </Stack>
      ) : reviewing ? (
        <Stack gap="sm">
          <Text size="sm">These {plural(names.length, 'authorization')} are removed one by one (RemoveVpcAccess):</Text>
          <List size="sm" spacing={2}>
            {names.map((n) => (
              <List.Item key={n}>{n}</List.Item>
            ))}
          </List>
          <Alert color="orange" variant="light" role="note" icon={<IconAlert />}>
            <Text size="sm">None is bound to a published API now, so no API loses its backend. Each removal is audited; one that fails does not stop the others.</Text>
          </Alert>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setReviewing(false)} disabled={remove.isPending}>
              Back
            </Button>
            <Button color="red" onClick={() => remove.mutate(names)} loading={remove.isPending}>
              Confirm and remove {names.length}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm">
          {unbound.length === 0 ? (
            <Text size="sm">Every authorization on this page is bound to at least one published API: none can be removed without taking an API's backend away.</Text>
          ) : (
            <Stack gap={6}>
              <Text size="sm">Authorizations on this page bound to no published API:</Text>
              {unbound.map((i) => (
                <Checkbox key={i.name} label={`${i.name} (${i.vpcId}, ${i.instanceId}:${i.port})`} checked={chosen.has(i.name)} onChange={() => toggle(i.name)} />
              ))}
            </Stack>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button onClick={() => setReviewing(true)} disabled={names.length === 0}>
              Review {names.length > 0 ? names.length : ''}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
