import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
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
    <Modal opened={user !== null} onClose={close} title={user ? t(disabling ? 'users.status.disableTitle' : 'users.status.enableTitle', { username: user.username }) : ''}>
      {user ? (
        <Stack gap="md">
          <Text size="sm">
            {disabling ? (
              <Trans i18nKey="users.status.disableBody" values={{ name: user.displayName }} components={{ b: <b /> }} />
            ) : (
              <Trans i18nKey="users.status.enableBody" values={{ name: user.displayName, role: t(`roles.${user.role}`) }} components={{ b: <b /> }} />
            )}
          </Text>
          {update.error ? (
            <ApiErrorAlert
              error={update.error}
              title={t(disabling ? 'users.status.notDisabled' : 'users.status.notEnabled', { username: user.username })}
              onRetry={confirm}
              retrying={update.isPending}
            />
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={update.isPending}>
              {t('users.cancel')}
            </Button>
            <Button color={disabling ? 'red' : 'teal'} onClick={confirm} loading={update.isPending} data-autofocus>
              {disabling ? t('users.disable') : t('users.enable')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
