import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useResetDemoCloud } from '../api/reset-demo-cloud';

interface Props {
  opened: boolean;
  onClose: () => void;
  onReset: () => void;
}

/** The confirmation before the demo cloud goes back to its seed: what goes, and what stays. */
export function ResetDemoCloudModal({ opened, onClose, onReset }: Props) {
  const reset = useResetDemoCloud({ onSuccess: () => onReset() });
  const close = () => {
    if (reset.isPending) return;
    reset.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title="Reset the demo cloud?">
      <Stack gap="md">
        <Text size="sm">Both emulated clouds, in every region, go back to their seed:</Text>
        <List size="sm" spacing={4}>
          <List.Item>authorizations, ACLs, backend models and endpoint services you created or changed are replaced by the seeded ones;</List.Item>
          <List.Item>batch updates still running in the demo cloud are forgotten.</List.Item>
        </List>
        <Text size="sm">
          <b>The audit log stays</b>: every change recorded so far is kept, and the reset is recorded too. People and their roles stay.
        </Text>
        {reset.error ? <ApiErrorAlert error={reset.error} title="The demo cloud was not reset" onRetry={() => reset.mutate()} retrying={reset.isPending} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={reset.isPending}>
            Cancel
          </Button>
          <Button color="red" onClick={() => reset.mutate()} loading={reset.isPending} data-autofocus>
            Reset the demo cloud
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
