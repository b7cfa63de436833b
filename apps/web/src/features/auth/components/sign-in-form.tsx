import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SignIn } from '@portico/contracts/auth';
import { ErrorCode } from '@portico/contracts/errors';
import { Form } from '@/components/form/form';
import { TextField } from '@/components/form/fields';
import { PasswordField } from '@/components/form/password-field';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { IconAlert } from '@/components/ui/icons';
import { isApiError } from '@/lib/api-client';
import { useSignIn } from '../api/sign-in';

/** What the BFF says about the credentials themselves: shown as it is, without codes. */
function isCredentialsAnswer(error: unknown): boolean {
  return isApiError(error) && (error.status === 401 || error.code === ErrorCode.rateLimited || error.code === ErrorCode.ssoRequired);
}

/** Username and password; wrong credentials, throttling and "SSO required" are said at the form. */
export function SignInForm({ autoFocus = true }: { autoFocus?: boolean }) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const error = signIn.error && !(isApiError(signIn.error) && signIn.error.fields) ? signIn.error : null;

  return (
    <Form
      schema={SignIn}
      aria-label={t('signIn.form')}
      defaultValues={{ username: '', password: '' }}
      onSubmit={async (values, form) => {
        try {
          await signIn.mutateAsync(values);
        } catch (failure) {
          if (isApiError(failure) && failure.status === 401) {
            form.resetField('password');
            form.setFocus('password');
          }
          throw failure;
        }
      }}
    >
      {(form) => (
        <Stack gap="md">
          {error && isCredentialsAnswer(error) ? (
            <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
              {error.message}
            </Alert>
          ) : error ? (
            <ApiErrorAlert error={error} title={t('signIn.couldNotSignIn')} />
          ) : null}
          <TextField name="username" label={t('signIn.username')} autoComplete="username" required autoFocus={autoFocus} />
          <PasswordField name="password" label={t('signIn.password')} autoComplete="current-password" required />
          <Button type="submit" fullWidth mt={4} loading={form.formState.isSubmitting}>
            {t('signIn.submit')}
          </Button>
        </Stack>
      )}
    </Form>
  );
}
