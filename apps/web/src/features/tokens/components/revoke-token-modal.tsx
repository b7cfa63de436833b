import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ApiToken } from '@portico/contracts/tokens';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useRevokeToken } from '../api/revoke-token';

/** Revoking cannot be undone: scripts using the token stop working at once. */
export function RevokeTokenModal({ token, onClose, onRevoked }: { token: ApiToken | null; onClose: () => void; onRevoked: (token: ApiToken) => void }) {
  const revoke = useRevokeToken();
  const close = () => {
    revoke.reset();
    onClose();
  };
  return (
    <Modal opened={token !== null} onClose={close} title={token ? `Revoke "${token.name}"?` : ''} centered>
      {token ? (
        <Stack gap="md">
          {revoke.error ? <ApiErrorAlert error={revoke.error} title="The token was not revoked" /> : null}
          <Text size="sm">
            Anything using this token{token.owner ? ` of ${token.owner.username}` : ''} is refused from now on. This cannot be undone: a new token would be needed.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button color="red" loading={revoke.isPending} onClick={() => revoke.mutate(token.id, { onSuccess: () => onRevoked(token) })}>
              Revoke token
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
