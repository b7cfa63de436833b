import { useState } from 'react';
import { Alert, Paper, SegmentedControl, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiToken, CreatedToken } from '@portico/contracts/tokens';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { IconCheck } from '@/components/ui/icons';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { useTokens } from '@/features/tokens/api/list-tokens';
import { CreatedTokenPanel } from '@/features/tokens/components/created-token-panel';
import { CreateTokenForm } from '@/features/tokens/components/create-token-form';
import { RevokeTokenModal } from '@/features/tokens/components/revoke-token-modal';
import { TokensTable, useTokenColumns } from '@/features/tokens/components/tokens-table';
import { useCan } from '@/lib/session';

/** `/tokens`: personal API tokens for scripts; admins can see and revoke everyone's. */
export function TokensRoute() {
  const { t } = useTranslation();
  usePageTitle(t('tokens.title'));
  const admin = useCan('admin');
  const [owner, setOwner] = useState<'me' | 'all'>('me');
  const tokens = useTokens(owner);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const columns = useTokenColumns(owner === 'all');

  let list;
  if (tokens.isPending) list = <TableSkeleton headers={columns} rows={3} label={t('tokens.loading')} />;
  else if (tokens.isError) list = <ApiErrorAlert error={tokens.error} title={t('tokens.loadFailed')} onRetry={() => void tokens.refetch()} retrying={tokens.isFetching} />;
  else list = <TokensTable tokens={tokens.data.items} showOwner={owner === 'all'} onRevoke={setRevoking} />;

  return (
    <>
      <PageHeader title={t('tokens.title')} description={t('tokens.description')} />
      <Stack gap="lg">
        {notice ? (
          <Alert
            color="teal"
            variant="light"
            icon={<IconCheck />}
            title={notice}
            withCloseButton
            closeButtonLabel={t('tokens.dismiss')}
            onClose={() => setNotice(null)}
            role="status"
          />
        ) : null}
        {created ? <CreatedTokenPanel token={created} onDone={() => setCreated(null)} /> : null}
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="new-token-title">
          <Title id="new-token-title" order={2} fz="md" fw={600} mb="md">
            {t('tokens.newToken')}
          </Title>
          <CreateTokenForm
            onCreated={(token) => {
              setNotice(null);
              setCreated(token);
            }}
          />
        </Paper>
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="tokens-title">
          <Stack gap="md">
            <Title id="tokens-title" order={2} fz="md" fw={600}>
              {owner === 'me' ? t('tokens.yours') : t('tokens.everyones')}
            </Title>
            {admin ? (
              <SegmentedControl
                w="fit-content"
                value={owner}
                onChange={(value) => setOwner(value === 'all' ? 'all' : 'me')}
                data={[
                  { value: 'me', label: t('tokens.mine') },
                  { value: 'all', label: t('tokens.all') },
                ]}
                aria-label={t('tokens.whose')}
              />
            ) : null}
            {list}
          </Stack>
        </Paper>
      </Stack>
      <RevokeTokenModal
        token={revoking}
        onClose={() => setRevoking(null)}
        onRevoked={(token) => {
          setRevoking(null);
          setNotice(t('tokens.revoked', { name: token.name }));
        }}
      />
    </>
  );
}
