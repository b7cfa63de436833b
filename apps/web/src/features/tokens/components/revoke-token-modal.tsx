import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '@portico/contracts/tokens';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useRevokeToken } from '../api/revoke-token';

/** Revoking cannot be undone: scripts using the token stop working at once. */
export function RevokeTokenModal({ token, onClose, onRevoked }: { token: ApiToken | null; onClose: () => void; onRevoked: (token: ApiToken) => void }) {
  const { t } = useTranslation();
  const revoke = useRevokeToken();
  const close = () => {
    revoke.reset();
    onClose();
  };
  return (
    <Modal
      opened={token !== null}
      onClose={close}
      title={token ? t('tokens.revoke.title', { name: token.name }) : ''}
      centered
      closeButtonProps={{ 'aria-label': t('tokens.revoke.close') }}
    >
      {token ? (
        <Stack gap="md">
          {revoke.error ? <ApiErrorAlert error={revoke.error} title={t('tokens.revoke.failed')} /> : null}
          <Text size="sm">{token.owner ? t('tokens.revoke.bodyOwned', { owner: token.owner.username }) : t('tokens.revoke.body')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('tokens.revoke.cancel')}
            </Button>
            <Button color="red" loading={revoke.isPending} onClick={() => revoke.mutate(token.id, { onSuccess: () => onRevoked(token) })}>
              {t('tokens.revoke.confirm')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
