import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { User } from '@portico/contracts/auth';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useUpdateUser } from '../api/update-user';

interface Props {
  /** The person to disable or enable; `null` keeps the dialog closed. */
  user: User | null;
  onClose: () => void;
  onChanged: (user: User) => void;
}

/** Disable (signs them out everywhere, no sign-in until enabled) or enable, after a confirmation. */
export function ChangeStatusModal({ user, onClose, onChanged }: Props) {
  const update = useUpdateUser({ onSuccess: (changed) => onChanged(changed) });
  const disabling = user ? !user.disabled : true;
  const close = () => {
    if (update.isPending) return;
    update.reset();
    onClose();
  };
  const confirm = () => {
    if (user) update.mutate({ id: user.id, body: { disabled: disabling } });
  };

  return (
    <Modal opened={user !== null} onClose={close} title={user ? `${disabling ? 'Disable' : 'Enable'} ${user.username}?` : ''}>
      {user ? (
        <Stack gap="md">
          <Text size="sm">
            {disabling ? (
              <>
                <b>{user.displayName}</b> is signed out everywhere and cannot sign in until enabled again. Their changes stay in the audit log.
              </>
            ) : (
              <>
                <b>{user.displayName}</b> can sign in again with their current password, as <b>{user.role}</b>.
              </>
            )}
          </Text>
          {update.error ? (
            <ApiErrorAlert error={update.error} title={`${user.username} was not ${disabling ? 'disabled' : 'enabled'}`} onRetry={confirm} retrying={update.isPending} />
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={update.isPending}>
              Cancel
            </Button>
            <Button color={disabling ? 'red' : 'teal'} onClick={confirm} loading={update.isPending} data-autofocus>
              {disabling ? 'Disable' : 'Enable'}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
