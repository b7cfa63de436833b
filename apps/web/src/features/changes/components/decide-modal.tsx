import { useState } from 'react';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorCode } from '@portico/contracts/errors';
import type { ChangeRequest } from '@portico/contracts/changes';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { isApiError } from '@/lib/api-client';
import { useApprove, useReject } from '../api/changes';
import { StepUpModal } from './step-up-modal';

/** Approve (after a fresh sign-in when the last one is too old) or reject, with a comment. */
export function DecideModal({ request, decision, onClose }: { request: ChangeRequest; decision: 'approve' | 'reject' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const approve = useApprove(request.id);
  const reject = useReject(request.id);
  const action = decision === 'reject' ? reject : approve;
  const [comment, setComment] = useState('');
  const needsStepUp = isApiError(approve.error) && approve.error.code === ErrorCode.stepUpRequired;
  const close = () => {
    approve.reset();
    reject.reset();
    setComment('');
    onClose();
  };
  const send = () => action.mutate(comment, { onSuccess: close });
  return (
    <>
      <Modal
        opened={decision !== null && !needsStepUp}
        onClose={close}
        title={decision === 'reject' ? t('changes.decide.rejectTitle') : t('changes.decide.approveTitle')}
        centered
      >
        <Stack gap="md">
          {action.error && !needsStepUp ? <ApiErrorAlert error={action.error} title={t('changes.decide.failed')} /> : null}
          <Textarea
            label={t('changes.decide.comment')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('changes.cancel')}
            </Button>
            <Button color={decision === 'reject' ? 'red' : 'teal'} loading={action.isPending} onClick={send}>
              {decision === 'reject' ? t('changes.actions.reject') : t('changes.actions.approve')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <StepUpModal
        opened={decision === 'approve' && needsStepUp}
        onClose={close}
        onConfirmed={() => {
          approve.reset();
          send();
        }}
      />
    </>
  );
}
