import { Alert, Group, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import type { PublishedApi } from '@portico/contracts/published-apis';
import type { ModifyVpcAuthorization, VpcAuthorization } from '@portico/contracts/vpc-authorizations';
import { ReviewDialog } from '@/components/review/review-dialog';
import { IconAlert } from '@/components/ui/icons';
import { PublishedApisTable } from '@/components/ui/published-apis-table';
import { changedFields, diffAuthorization } from '../utils/changes';

interface Props {
  opened: boolean;
  onClose: () => void;
  onConfirm: () => void;
  saving: boolean;
  error: unknown;
  current: VpcAuthorization;
  next: ModifyVpcAuthorization | null;
  boundApis: PublishedApi[];
}

function BatchWorkNote({ next, apiCount }: { next: ModifyVpcAuthorization; apiCount: number }) {
  const { t } = useTranslation();
  if (next.needBatchWork) {
    return (
      <Alert color="blue" variant="light" role="note" title={t('vpcAuthorizations.review.touches', { count: apiCount })}>
        {apiCount > 0 ? t('vpcAuthorizations.review.eachUpdated') : t('vpcAuthorizations.review.noneBound')}
      </Alert>
    );
  }
  return (
    <Alert color="orange" variant="light" role="note" icon={<IconAlert />} title={t('vpcAuthorizations.review.notResynced', { count: apiCount })}>
      {t('vpcAuthorizations.review.notResyncedBody')}
    </Alert>
  );
}

/** The last look before ModifyVpcAccessAndUpdateApis: what changes, and which APIs it touches. */
export function ReviewChangesModal({ opened, onClose, onConfirm, saving, error, current, next, boundApis }: Props) {
  const { t } = useTranslation();
  const changes = next ? diffAuthorization(current, next) : [];
  const fields = changes.map((change) => ({ ...change, label: t(`vpcAuthorizations.fields.${change.key}`) }));
  const onOff = (value: boolean) => (value ? t('vpcAuthorizations.review.on') : t('vpcAuthorizations.review.off'));
  const apiCount = boundApis.length;

  return (
    <ReviewDialog
      opened={opened}
      onClose={onClose}
      onConfirm={onConfirm}
      saving={saving}
      error={error}
      errorTitle={t('vpcAuthorizations.review.notSaved')}
      title={t('components.review.title', { name: current.name })}
      size="xl"
      ready={next !== null}
      fields={fields}
    >
      {next ? (
        <>
          {changedFields(changes).length === 0 ? (
            <Text size="sm" c="dimmed">
              {next.refresh || next.needBatchWork ? t('vpcAuthorizations.review.unchangedReapplies') : t('vpcAuthorizations.review.unchangedNothing')}
            </Text>
          ) : null}
          <Group gap="lg">
            <Text size="sm">
              <Trans i18nKey="vpcAuthorizations.review.needBatchWork" values={{ value: onOff(next.needBatchWork) }} components={{ b: <b /> }} />
            </Text>
            <Text size="sm">
              <Trans i18nKey="vpcAuthorizations.review.refresh" values={{ value: onOff(next.refresh) }} components={{ b: <b /> }} />
            </Text>
          </Group>
          <BatchWorkNote next={next} apiCount={apiCount} />
          {apiCount > 0 ? <PublishedApisTable apis={boundApis} compact label={t('vpcAuthorizations.review.apisTable')} empty={t('vpcAuthorizations.boundApis.none')} /> : null}
        </>
      ) : null}
    </ReviewDialog>
  );
}
