import { useState } from 'react';
import { Alert, Button, Group, Modal, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import type { IpControl, PolicyItem } from '@portico/contracts/ip-controls';
import type { PublishedApi } from '@portico/contracts/published-apis';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { IconAlert } from '@/components/ui/icons';
import { plural } from '@/lib/format';
import { useDeleteIpControl } from '../api/manage-ip-control';
import { GuardedApisTable } from './guarded-apis-table';

interface Props {
  opened: boolean;
  onClose: () => void;
  ipControl: IpControl;
  policyItems: PolicyItem[];
  boundApis: PublishedApi[];
  onDeleted: () => void;
}

/** DeleteIpControl: refused while the list guards APIs (as the cloud refuses it); otherwise typed-name confirmation. */
export function DeleteIpControlModal({ opened, onClose, ipControl, policyItems, boundApis, onDeleted }: Props) {
  const [typed, setTyped] = useState('');
  const remove = useDeleteIpControl({ onSuccess: onDeleted });
  const bound = boundApis.length;
  const close = () => {
    if (remove.isPending) return;
    setTyped('');
    remove.reset();
    onClose();
  };
  const run = () => {
    if (typed === ipControl.name && !remove.isPending) remove.mutate(ipControl.id);
  };

  return (
    <Modal opened={opened} onClose={close} title="Delete list" size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack gap="md">
        {bound > 0 ? (
          <Alert color="orange" variant="light" role="note" icon={<IconAlert />} title={`${ipControl.name} still guards ${plural(bound, 'API')}`}>
            <Stack gap="xs">
              <Text size="sm">The cloud deletes only a list that guards no API. Remove these APIs from the list first (“Change guarded APIs”), then delete it.</Text>
              <ScrollArea.Autosize mah={240} type="auto">
                <GuardedApisTable apis={boundApis} compact label="APIs still guarded" />
              </ScrollArea.Autosize>
            </Stack>
          </Alert>
        ) : (
          <>
            <Text size="sm">
              Deletes the {ipControl.type} list <b>{ipControl.name}</b> and its {plural(policyItems.length, 'policy item')}. It guards no API, so no call is let in or refused
              differently. The audit log keeps its items.
            </Text>
            <TextInput
              label={`Type ${ipControl.name} to confirm`}
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
              autoComplete="off"
              spellCheck={false}
              data-autofocus
            />
          </>
        )}
        {remove.error ? <ApiErrorAlert error={remove.error} title="The list was not deleted" onRetry={run} retrying={remove.isPending} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={remove.isPending}>
            {bound > 0 ? 'Close' : 'Cancel'}
          </Button>
          {bound > 0 ? null : (
            <Button color="red" onClick={run} loading={remove.isPending} disabled={typed !== ipControl.name}>
              Delete list
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
