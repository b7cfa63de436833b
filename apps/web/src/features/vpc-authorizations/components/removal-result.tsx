import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublishedApi } from '@portico/contracts/published-apis';
import { IconCheck } from '@/components/ui/icons';
import { PublishedApisTable } from '@/components/ui/published-apis-table';

/** What a removal did: the authorization is gone and these APIs were unbound. */
export function RemovalResult({ name, unboundApis, onClose }: { name: string; unboundApis: PublishedApi[]; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconCheck />}
      title={t('vpcAuthorizations.removed.title', { name })}
      withCloseButton
      onClose={onClose}
      closeButtonLabel={t('vpcAuthorizations.dismiss')}
      role="status"
    >
      <Stack gap="xs">
        <Text size="sm">{unboundApis.length === 0 ? t('vpcAuthorizations.removed.noneBound') : t('vpcAuthorizations.removed.lost', { count: unboundApis.length })}</Text>
        {unboundApis.length > 0 ? (
          <PublishedApisTable apis={unboundApis} compact label={t('vpcAuthorizations.removed.table')} empty={t('vpcAuthorizations.boundApis.none')} />
        ) : null}
      </Stack>
    </Alert>
  );
}
