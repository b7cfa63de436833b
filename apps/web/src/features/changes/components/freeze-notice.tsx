import { Alert, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChangeRefusal } from '@portico/contracts/changes';
import { formatDateTime } from '@/lib/format';

type Freeze = NonNullable<ChangeRefusal['freeze']>;

export interface FreezeNoticeProps {
  freeze: Freeze | undefined;
  /** Only an admin may break the glass: they get the reason field, everyone else is told so. */
  admin: boolean;
  reason: string;
  onReason: (reason: string) => void;
}

/** A freeze refused the change: until when and why, who may go ahead, and the break-glass reason. */
export function FreezeNotice({ freeze, admin, reason, onReason }: FreezeNoticeProps) {
  const { t } = useTranslation();
  return (
    <>
      <Alert color="orange" variant="light" title={freeze ? t('changes.apply.frozenTitle', { until: formatDateTime(freeze.endsAt) }) : undefined}>
        {freeze ? <Text size="sm">{freeze.reason}</Text> : null}
        <Text size="sm" mt={4}>
          {admin ? t('changes.apply.breakGlassHint') : t('changes.apply.onlyAdmin')}
        </Text>
      </Alert>
      {admin ? (
        <Textarea label={t('changes.apply.breakGlassReason')} value={reason} onChange={(e) => onReason(e.currentTarget.value)} autosize minRows={2} maxLength={500} required />
      ) : null}
    </>
  );
}
