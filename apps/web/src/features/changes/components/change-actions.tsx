import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChangeRequest } from '@portico/contracts/changes';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useWithdraw } from '../api/changes';
import { ApplyModal } from './apply-modal';
import { DecideModal } from './decide-modal';

/** Only what the reader may do now; why they may not approve, when they may not. */
export function ChangeActions({ request }: { request: ChangeRequest }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<'approve' | 'reject' | null>(null);
  const [applying, setApplying] = useState(false);
  const withdraw = useWithdraw(request.id);
  const { can } = request;
  return (
    <>
      {withdraw.error ? <ApiErrorAlert error={withdraw.error} title={t('changes.actions.withdrawFailed')} /> : null}
      <Group gap="sm">
        {can.approve ? (
          <Button color="teal" onClick={() => setDecision('approve')}>
            {t('changes.actions.approve')}
          </Button>
        ) : null}
        {can.reject ? (
          <Button color="red" variant="light" onClick={() => setDecision('reject')}>
            {t('changes.actions.reject')}
          </Button>
        ) : null}
        {can.apply ? <Button onClick={() => setApplying(true)}>{t('changes.actions.apply')}</Button> : null}
        {can.withdraw ? (
          <Button variant="default" loading={withdraw.isPending} onClick={() => withdraw.mutate(undefined)}>
            {t('changes.actions.withdraw')}
          </Button>
        ) : null}
      </Group>
      {request.state === 'open' && !can.approve && request.cannotApproveReason ? (
        <Text size="sm" c="dimmed">
          {t(`changes.cannotApprove.${request.cannotApproveReason}`)}
        </Text>
      ) : null}
      <DecideModal request={request} decision={decision} onClose={() => setDecision(null)} />
      <ApplyModal request={request} opened={applying} onClose={() => setApplying(false)} />
    </>
  );
}
