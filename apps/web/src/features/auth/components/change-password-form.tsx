import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChangePassword } from '@portico/contracts/auth';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { Form } from '@/components/form/form';
import { PasswordField } from '@/components/form/password-field';
import { isApiError } from '@/lib/api-client';
import { useChangePassword } from '../api/change-password';

interface Props {
  onChanged: () => void;
  onCancel?: () => void;
  submitLabel?: string;
}

/** The current password, then a new one by the same rule as everywhere (12 characters or more). */
export function ChangePasswordForm({ onChanged, onCancel, submitLabel }: Props) {
  const { t } = useTranslation();
  const change = useChangePassword({ onSuccess: onChanged });
  const error = change.error && !(isApiError(change.error) && change.error.fields) ? change.error : null;
  return (
    <Form schema={ChangePassword} aria-label={t('password.form')} defaultValues={{ currentPassword: '', newPassword: '' }} onSubmit={(values) => change.mutateAsync(values)}>
      {(form) => (
        <Stack gap="md">
          {error ? <ApiErrorAlert error={error} title={t('password.couldNotChange')} /> : null}
          <PasswordField name="currentPassword" label={t('password.current')} autoComplete="current-password" required autoFocus />
          <PasswordField name="newPassword" label={t('password.new')} description={t('password.newHint')} autoComplete="new-password" required />
          <Text size="xs" c="dimmed">
            {t('password.othersSignedOut')}
          </Text>
          <Group justify="flex-end" gap="sm">
            {onCancel ? (
              <Button variant="default" onClick={onCancel}>
                {t('password.cancel')}
              </Button>
            ) : null}
            <Button type="submit" loading={form.formState.isSubmitting}>
              {submitLabel ?? t('password.submit')}
            </Button>
          </Group>
        </Stack>
      )}
    </Form>
  );
}
