import { useState } from 'react';
import { Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorCode } from '@portico/contracts/errors';
import type { ChangeRequest } from '@portico/contracts/changes';
import { FreezeNotice } from './freeze-notice';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { isApiError } from '@/lib/api-client';
import { useCan } from '@/lib/session';
import { useApply } from '../api/changes';

/** Apply now or at a time in a maintenance window; in a freeze an admin may break the glass with a reason. */
export function ApplyModal({ request, opened, onClose }: { request: ChangeRequest; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const apply = useApply(request.id);
  const [when, setWhen] = useState<'now' | 'later'>('now');
  const [at, setAt] = useState('');
  const [reason, setReason] = useState('');
  const admin = useCan('admin', { kind: request.plan.target.kind, profile: request.plan.target.profile });
  const frozen = isApiError(apply.error) && apply.error.code === ErrorCode.frozen ? apply.error.change?.freeze : undefined;
  const close = () => {
    apply.reset();
    setReason('');
    onClose();
  };
  const send = () => {
    const body = when === 'later' && at ? { at: new Date(at).toISOString() } : frozen && reason ? { breakGlassReason: reason } : {};
    apply.mutate(body, { onSuccess: close });
  };
  return (
    <Modal opened={opened} onClose={close} title={t('changes.apply.title')} centered>
      <Stack gap="md">
        <Text size="sm">{t('changes.apply.rereads')}</Text>
        {frozen ? (
          <FreezeNotice freeze={frozen} admin={admin} reason={reason} onReason={setReason} />
        ) : apply.error ? (
          <ApiErrorAlert error={apply.error} title={t('changes.apply.failed')} />
        ) : null}
        {!frozen ? (
          <SegmentedControl
            value={when}
            onChange={(v) => setWhen(v === 'later' ? 'later' : 'now')}
            data={[
              { value: 'now', label: t('changes.apply.now') },
              { value: 'later', label: t('changes.apply.later') },
            ]}
            aria-label={t('changes.apply.when')}
          />
        ) : null}
        {when === 'later' && !frozen ? (
          <TextInput
            type="datetime-local"
            label={t('changes.apply.at')}
            description={t('changes.apply.atHint')}
            value={at}
            onChange={(e) => setAt(e.currentTarget.value)}
            required
          />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('changes.cancel')}
          </Button>
          <Button
            color={frozen ? 'red' : 'blue'}
            loading={apply.isPending}
            disabled={(when === 'later' && !at && !frozen) || (frozen !== undefined && (!admin || reason.trim().length < 10))}
            onClick={send}
          >
            {frozen ? t('changes.apply.breakGlass') : when === 'later' ? t('changes.apply.schedule') : t('changes.apply.applyNow')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
