import { useState } from 'react';
import { Alert, Button, Group, Modal, Skeleton, Stack, Text } from '@mantine/core';
import type { AuditEvent, RevertResult } from '@portico/contracts/audit';
import { ErrorCode } from '@portico/contracts/errors';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { IconAlert } from '@/components/ui/icons';
import { isApiError } from '@/lib/api-client';
import { newClientToken } from '@/lib/client-token';
import { useRevertPreview } from '../api/get-revert-preview';
import { useRevertChange } from '../api/revert-change';
import { ChangeDiffTable } from './change-diff-table';

interface Props {
  event: AuditEvent;
  opened: boolean;
  onClose: () => void;
  onReverted: (result: RevertResult) => void;
}

/** Worth sending again with the same token: the first try may or may not have arrived. */
function mayHaveArrived(error: unknown): boolean {
  return isApiError(error) && (error.isNetworkError || error.status >= 500);
}

function whatHappens(current: unknown, restore: unknown): string {
  if (current === null && restore !== null) return 'It no longer exists: reverting creates it again as it was.';
  if (current !== null && restore === null) return 'It did not exist before this change: reverting removes it.';
  return 'Reverting puts back the values it had before this change.';
}

/**
 * Shows what a revert would do (now vs the state to restore), refuses when the resource changed
 * since in a conflicting way, and asks for confirmation. Opened afresh, it reads the resource
 * again and uses a new client token.
 */
export function RevertModal({ event, opened, onClose, onReverted }: Props) {
  const [busy, setBusy] = useState(false);
  return (
    <Modal opened={opened} onClose={busy ? () => undefined : onClose} title="Revert this change" size="xl">
      {opened ? <RevertContent event={event} onClose={onClose} onReverted={onReverted} onBusy={setBusy} /> : null}
    </Modal>
  );
}

function RevertContent({ event, onClose, onReverted, onBusy }: Omit<Props, 'opened'> & { onBusy: (busy: boolean) => void }) {
  const preview = useRevertPreview(event.id, { enabled: true });
  const [clientToken, setClientToken] = useState(newClientToken);
  const revert = useRevertChange({
    onMutate: () => onBusy(true),
    onSettled: () => onBusy(false),
    onSuccess: (result) => onReverted(result),
    onError: (error) => {
      // A refusal is final for this attempt: the next one is new (and sees the resource as it is now).
      if (!mayHaveArrived(error)) setClientToken(newClientToken());
      if (isApiError(error) && error.code === ErrorCode.conflict) void preview.refetch();
    },
  });
  const confirm = () => revert.mutate({ id: event.id, clientToken });
  const conflict = preview.data?.conflict;

  return (
    <Stack gap="md">
      <Text size="sm">
        Reverting <b>{event.operation}</b> on <b>{event.target}</b> makes a new change, recorded in the audit log like any other.
        {event.taskId ? ' Like the original, it updates the published APIs bound to it; you can follow the progress.' : ''}
      </Text>

      {preview.isPending ? (
        <Stack gap="xs" aria-busy="true" aria-label="Loading what the revert would do">
          <Skeleton height={14} width="50%" />
          <Skeleton height={120} />
        </Stack>
      ) : preview.isError ? (
        <ApiErrorAlert error={preview.error} title="Could not check what the revert would do" onRetry={() => void preview.refetch()} retrying={preview.isFetching} />
      ) : (
        <>
          {conflict ? (
            <Alert color="red" variant="light" icon={<IconAlert />} title="This change cannot be reverted now" role="alert">
              {conflict}
            </Alert>
          ) : (
            <Text size="sm" c="dimmed">
              {whatHappens(preview.data.current, preview.data.restore)}
            </Text>
          )}
          <ChangeDiffTable
            before={preview.data.current}
            after={preview.data.restore}
            label="Revert preview"
            beforeLabel="Now"
            afterLabel="After the revert"
            emptyText="Neither side has any recorded state."
          />
        </>
      )}

      {revert.error ? (
        <ApiErrorAlert error={revert.error} title="The change was not reverted" onRetry={mayHaveArrived(revert.error) ? confirm : undefined} retrying={revert.isPending} />
      ) : null}

      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose} disabled={revert.isPending}>
          Cancel
        </Button>
        <Button color="orange" onClick={confirm} loading={revert.isPending} disabled={!preview.data || Boolean(conflict)}>
          Confirm revert
        </Button>
      </Group>
    </Stack>
  );
}
