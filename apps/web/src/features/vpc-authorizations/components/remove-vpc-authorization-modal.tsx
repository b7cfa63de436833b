import { useState } from 'react';
import { Alert, Button, Code, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import type { PublishedApi } from '@portico/contracts/published-apis';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { IconAlert } from '@/components/ui/icons';
import { plural } from '@/lib/format';
import { useRemoveVpcAuthorization, type RemovedVpcAuthorization } from '../api/remove-vpc-authorization';
import { BoundApisTable } from './bound-apis-table';

interface Props {
  opened: boolean;
  onClose: () => void;
  name: string;
  boundApis: PublishedApi[];
  onRemoved: (result: RemovedVpcAuthorization) => void;
}

/** RemoveVpcAccess: shows the APIs that lose their binding and asks for the name. */
export function RemoveVpcAuthorizationModal({ opened, onClose, name, boundApis, onRemoved }: Props) {
  const [typed, setTyped] = useState('');
  const remove = useRemoveVpcAuthorization({ onSuccess: (result) => onRemoved(result) });
  const matches = typed.trim() === name;

  const close = () => {
    if (remove.isPending) return;
    setTyped('');
    remove.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title="Remove VPC authorization" size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (matches && !remove.isPending) remove.mutate(name);
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            Removing <b>{name}</b> revokes API Gateway&apos;s access to the VPC instance. The APIs stay published, but calls to their backend through this authorization stop
            working.
          </Text>
          {boundApis.length > 0 ? (
            <Alert color="red" variant="light" role="note" icon={<IconAlert />} title={`${plural(boundApis.length, 'published API')} will lose their binding`}>
              <BoundApisTable apis={boundApis} compact label="APIs that will lose their binding" />
            </Alert>
          ) : (
            <Text size="sm" c="dimmed">
              No published API is bound to this authorization.
            </Text>
          )}
          <TextInput
            label="Type the name to confirm"
            description={
              <>
                Type <Code>{name}</Code> to enable the button.
              </>
            }
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
          />
          {remove.error ? (
            <ApiErrorAlert error={remove.error} title="The authorization was not removed" onRetry={() => remove.mutate(name)} retrying={remove.isPending} />
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={remove.isPending}>
              Cancel
            </Button>
            <Button type="submit" color="red" disabled={!matches} loading={remove.isPending}>
              Remove authorization
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
