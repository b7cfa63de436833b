import { Button, Group, Stack, Text } from '@mantine/core';
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
export function ChangePasswordForm({ onChanged, onCancel, submitLabel = 'Change password' }: Props) {
  const change = useChangePassword({ onSuccess: onChanged });
  const error = change.error && !(isApiError(change.error) && change.error.fields) ? change.error : null;
  return (
    <Form schema={ChangePassword} aria-label="Change password" defaultValues={{ currentPassword: '', newPassword: '' }} onSubmit={(values) => change.mutateAsync(values)}>
      {(form) => (
        <Stack gap="md">
          {error ? <ApiErrorAlert error={error} title="Could not change the password" /> : null}
          <PasswordField name="currentPassword" label="Current password" autoComplete="current-password" required autoFocus />
          <PasswordField
            name="newPassword"
            label="New password"
            description="At least 12 characters. A few words are easier to remember than symbols."
            autoComplete="new-password"
            required
          />
          <Text size="xs" c="dimmed">
            Every other place you are signed in is signed out.
          </Text>
          <Group justify="flex-end" gap="sm">
            {onCancel ? (
              <Button variant="default" onClick={onCancel}>
                Cancel
              </Button>
            ) : null}
            <Button type="submit" loading={form.formState.isSubmitting}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      )}
    </Form>
  );
}
