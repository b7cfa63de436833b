import { Alert, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useSignInSettings, useUpdateSignInSettings } from '../api/sign-in-settings';

/**
 * Require single sign-on: when on, only admins may still sign in with a Portico password
 * (break-glass). Offered only when an identity provider is configured.
 */
export function SignInSettingsPanel() {
  const settings = useSignInSettings();
  const update = useUpdateSignInSettings();
  const data = settings.data;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="sign-in-settings-title">
      <Stack gap="sm">
        <Title id="sign-in-settings-title" order={2} fz="md" fw={600}>
          Sign-in
        </Title>
        {settings.isError ? <ApiErrorAlert error={settings.error} title="Could not load the sign-in settings" onRetry={() => void settings.refetch()} /> : null}
        {update.error ? <ApiErrorAlert error={update.error} title="The setting was not changed" /> : null}
        <Switch
          label="Require single sign-on"
          description={
            data?.oidcConfigured === false
              ? 'Needs an identity provider: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET first.'
              : 'People sign in through the identity provider; Portico passwords work for admins only (break-glass). The change is audited.'
          }
          checked={data?.requireSso ?? false}
          disabled={!data || (!data.oidcConfigured && !data.requireSso) || update.isPending}
          onChange={(event) => update.mutate({ requireSso: event.currentTarget.checked })}
        />
        {data?.requireSso ? (
          <Alert color="blue" variant="light" role="status">
            <Text size="sm">Password sign-in is refused for everyone but admins. People already signed in keep their session until it ends.</Text>
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
