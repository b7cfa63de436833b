import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { describeGrant, type Grant } from '@portico/contracts/grants';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useDeleteGrant } from '../api/save-grant';

const subjectName = (grant: Grant) => (grant.subject.type === 'user' ? grant.subject.username : `group ${grant.subject.group}`);

/** Taking a grant away applies at the next request of everyone it covered. */
export function RemoveGrantModal({ grant, onClose, onRemoved }: { grant: Grant | null; onClose: () => void; onRemoved: (grant: Grant) => void }) {
  const remove = useDeleteGrant();
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Modal opened={grant !== null} onClose={close} title="Remove this grant?" centered>
      {grant ? (
        <Stack gap="md">
          {remove.error ? <ApiErrorAlert error={remove.error} title="The grant was not removed" /> : null}
          <Text size="sm">
            <b>{subjectName(grant)}</b> loses “{describeGrant(grant)}” at their next request. What they hold through other grants stays.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(grant.id, { onSuccess: () => onRemoved(grant) })}>
              Remove grant
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
