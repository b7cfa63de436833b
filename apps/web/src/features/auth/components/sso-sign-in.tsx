import { Button, Divider, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { oidcStartPath } from '@portico/contracts/sso';
import { urlOf } from '@/lib/api-client';

interface Props {
  /** The provider's name, as the BFF gives it. */
  name: string;
  /** Where to land afterwards (already a safe path inside the console). */
  next: string;
  ssoRequired: boolean;
}

/**
 * "Sign in with <provider>": a plain link, since the BFF answers it with a redirect to the
 * provider (a fetch could not follow it there). The password form below stays for break-glass.
 */
export function SsoSignIn({ name, next, ssoRequired }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Button component="a" href={urlOf(oidcStartPath, {}, { next: next === '/' ? undefined : next })} fullWidth size="md" variant="filled">
        {t('signIn.withProvider', { name })}
      </Button>
      <Divider label={ssoRequired ? t('signIn.orPasswordAdmins') : t('signIn.orPassword')} labelPosition="center" />
      {ssoRequired ? (
        <Text size="xs" c="dimmed">
          {t('signIn.ssoRequired')}
        </Text>
      ) : null}
    </Stack>
  );
}
