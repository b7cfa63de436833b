import { Alert, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useSignInSettings, useUpdateSignInSettings } from '../api/sign-in-settings';

/**
 * Require single sign-on: when on, only admins may still sign in with a Portico password
 * (break-glass). Offered only when an identity provider is configured.
 */
export function SignInSettingsPanel() {
  const { t } = useTranslation();
  const settings = useSignInSettings();
  const update = useUpdateSignInSettings();
  const data = settings.data;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="sign-in-settings-title">
      <Stack gap="sm">
        <Title id="sign-in-settings-title" order={2} fz="md" fw={600}>
          {t('users.signIn.title')}
        </Title>
        {settings.isError ? <ApiErrorAlert error={settings.error} title={t('users.signIn.loadFailed')} onRetry={() => void settings.refetch()} /> : null}
        {update.error ? <ApiErrorAlert error={update.error} title={t('users.signIn.notChanged')} /> : null}
        <Switch
          label={t('users.signIn.requireSso')}
          description={data?.oidcConfigured === false ? t('users.signIn.needsProvider') : t('users.signIn.requireSsoHint')}
          checked={data?.requireSso ?? false}
          disabled={!data || (!data.oidcConfigured && !data.requireSso) || update.isPending}
          onChange={(event) => update.mutate({ requireSso: event.currentTarget.checked })}
        />
        {data?.requireSso ? (
          <Alert color="blue" variant="light" role="status">
            <Text size="sm">{t('users.signIn.requiredNote')}</Text>
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
