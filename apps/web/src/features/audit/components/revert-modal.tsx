import { useState } from 'react';
import { Alert, Button, Group, Modal, Skeleton, Stack, Text } from '@mantine/core';
import type { AuditEvent, RevertResult } from '@portico/contracts/audit';
import { ErrorCode } from '@portico/contracts/errors';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { IconAlert } from '@/components/ui/icons';
import { isApiError } from '@/lib/api-client';
import { newClientToken } from '@/lib/client-token';
import { useRevertPreview } from '../api/get-revert-preview';
import { useRevertChange } from '../api/revert-change';
import { ChangeDiffTable } from '@/components/diff/change-diff-table';

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

function whatHappens(current: unknown, restore: unknown) {
  if (current === null && restore !== null) return 'audit.revert.recreates' as const;
  if (current !== null && restore === null) return 'audit.revert.removes' as const;
  return 'audit.revert.putsBack' as const;
}

/**
 * Shows what a revert would do (now vs the state to restore), refuses when the resource changed
 * since in a conflicting way, and asks for confirmation. Opened afresh, it reads the resource
 * again and uses a new client token.
 */
export function RevertModal({ event, opened, onClose, onReverted }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <Modal opened={opened} onClose={busy ? () => undefined : onClose} title={t('audit.revert.title')} size="xl">
      {opened ? <RevertContent event={event} onClose={onClose} onReverted={onReverted} onBusy={setBusy} /> : null}
    </Modal>
  );
}

function RevertContent({ event, onClose, onReverted, onBusy }: Omit<Props, 'opened'> & { onBusy: (busy: boolean) => void }) {
  const { t } = useTranslation();
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
        {t('audit.revert.intro', { operation: event.operation, target: event.target })}
        {event.taskId ? ` ${t('audit.revert.introTask')}` : ''}
      </Text>

      {preview.isPending ? (
        <Stack gap="xs" aria-busy="true" aria-label={t('audit.revert.loading')}>
          <Skeleton height={14} width="50%" />
          <Skeleton height={120} />
        </Stack>
      ) : preview.isError ? (
        <ApiErrorAlert error={preview.error} title={t('audit.revert.previewFailed')} onRetry={() => void preview.refetch()} retrying={preview.isFetching} />
      ) : (
        <>
          {conflict ? (
            <Alert color="red" variant="light" icon={<IconAlert />} title={t('audit.revert.conflictTitle')} role="alert">
              {conflict}
            </Alert>
          ) : (
            <Text size="sm" c="dimmed">
              {t(whatHappens(preview.data.current, preview.data.restore))}
            </Text>
          )}
          <ChangeDiffTable
            before={preview.data.current}
            after={preview.data.restore}
            label={t('audit.revert.previewLabel')}
            beforeLabel={t('audit.revert.now')}
            afterLabel={t('audit.revert.afterRevert')}
            emptyText={t('audit.revert.neitherSide')}
          />
        </>
      )}

      {revert.error ? (
        <ApiErrorAlert error={revert.error} title={t('audit.revert.failed')} onRetry={mayHaveArrived(revert.error) ? confirm : undefined} retrying={revert.isPending} />
      ) : null}

      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose} disabled={revert.isPending}>
          {t('audit.revert.cancel')}
        </Button>
        <Button color="orange" onClick={confirm} loading={revert.isPending} disabled={!preview.data || Boolean(conflict)}>
          {t('audit.revert.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
