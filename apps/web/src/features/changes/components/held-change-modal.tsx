import { useState } from 'react';
import { Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorCode } from '@portico/contracts/errors';
import { FreezeNotice } from './freeze-notice';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { apiRequest, type ApiError } from '@/lib/api-client';
import { dismissHeldChange, useHeldChange } from '@/lib/held-changes';
import { useCan } from '@/lib/session';
import { KEEPS_EDITS } from '@/lib/unsaved-changes';
import { useOpenChange } from '../api/changes';
import { inputOf, operationOf } from '../utils/operation';

/**
 * Shown by the shell when any save was held: by a policy (open a change request with a comment)
 * or by a freeze (an admin may save anyway with a break-glass reason).
 */
export function HeldChangeModal() {
  const held = useHeldChange();
  const { t } = useTranslation();
  const title = held?.code === ErrorCode.frozen ? t('changes.held.frozenTitle') : t('changes.held.title');
  return (
    // Above the screen's own review dialog, which stays open underneath with its error.
    <Modal opened={held !== null} onClose={dismissHeldChange} title={title} centered size="lg" zIndex={400}>
      {held?.code === ErrorCode.frozen ? <FrozenSave error={held} /> : held ? <RequestReview error={held} /> : null}
    </Modal>
  );
}

function RequestReview({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = useOpenChange();
  const [comment, setComment] = useState('');
  const operation = error.sent ? operationOf(error.sent) : undefined;
  const submit = () => {
    if (!operation || !error.sent) return;
    open.mutate(
      { operation, input: inputOf(error.sent), comment },
      {
        onSuccess: (request) => {
          dismissHeldChange();
          // The request holds the edits now: leaving the editor loses nothing, so it does not ask.
          void navigate(`/changes/${request.id}`, { state: KEEPS_EDITS });
        },
      },
    );
  };
  return (
    <Stack gap="md">
      <Text size="sm">{t('changes.held.explain')}</Text>
      <List size="sm" spacing={4}>
        {(error.change?.policies ?? []).map((p) => (
          <List.Item key={p.id}>
            <Text span fw={500} size="sm">
              {p.name}
            </Text>
            {': '}
            {p.reasons.map((r) => t(`changes.reason.${r.code}`, { value: r.value })).join('; ')}
          </List.Item>
        ))}
      </List>
      {open.error ? <ApiErrorAlert error={open.error} title={t('changes.held.openFailed')} /> : null}
      <Textarea
        label={t('changes.held.comment')}
        description={t('changes.held.commentHint')}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        autosize
        minRows={3}
        maxLength={2000}
        required
        data-autofocus
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={dismissHeldChange}>
          {t('changes.cancel')}
        </Button>
        <Button loading={open.isPending} disabled={!comment.trim() || !operation} onClick={submit}>
          {t('changes.held.open')}
        </Button>
      </Group>
    </Stack>
  );
}

function FrozenSave({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const admin = useCan('admin');
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const freeze = error.change?.freeze;
  const breakGlass = async () => {
    if (!error.sent) return;
    setSaving(true);
    setFailure(null);
    try {
      const { route, ...sent } = error.sent;
      await apiRequest(route, { ...sent, headers: { 'x-portico-break-glass': reason } } as Parameters<typeof apiRequest>[1]);
      await queryClient.invalidateQueries();
      dismissHeldChange();
    } catch (caught) {
      setFailure(caught);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Stack gap="md">
      <FreezeNotice freeze={freeze} admin={admin} reason={reason} onReason={setReason} />
      {failure ? <ApiErrorAlert error={failure} title={t('changes.apply.failed')} /> : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={dismissHeldChange}>
          {t('changes.cancel')}
        </Button>
        {admin ? (
          <Button color="red" loading={saving} disabled={reason.trim().length < 10} onClick={() => void breakGlass()}>
            {t('changes.apply.breakGlass')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
