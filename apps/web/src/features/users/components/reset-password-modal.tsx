import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { UpdateUser, type User } from '@portico/contracts/auth';
import { Form } from '@/components/form/form';
import { PasswordField } from '@/components/form/password-field';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { isApiError } from '@/lib/api-client';
import { useSession } from '@/lib/session';
import { useUpdateUser } from '../api/update-user';

interface Props {
  user: User | null;
  onClose: () => void;
  onReset: (user: User) => void;
}

const minPassword = UpdateUser.shape.password.unwrap().minLength;

/** A new password set by an admin: it ends every session the person had. */
export function ResetPasswordModal({ user, onClose, onReset }: Props) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const self = useSession().user.id === user?.id;
  const formError = update.error && !(isApiError(update.error) && update.error.fields) ? update.error : null;
  const close = () => {
    if (update.isPending) return;
    update.reset();
    onClose();
  };

  return (
    <Modal opened={user !== null} onClose={close} title={user ? t('users.reset.title', { username: user.username }) : ''}>
      {user ? (
        <Form
          schema={UpdateUser}
          aria-label={t('users.reset.form')}
          defaultValues={{ password: '' }}
          onSubmit={async (values) => {
            const changed = await update.mutateAsync({ id: user.id, body: { password: values.password } });
            update.reset();
            onReset(changed);
          }}
        >
          {(form) => (
            <Stack gap="md">
              <Text size="sm">{self ? t('users.reset.own') : <Trans i18nKey="users.reset.other" values={{ name: user.displayName }} components={{ b: <b /> }} />}</Text>
              {formError ? <ApiErrorAlert error={formError} title={t('users.reset.failed')} /> : null}
              <PasswordField
                name="password"
                label={t('users.reset.newPassword')}
                autoComplete="new-password"
                required
                autoFocus
                description={minPassword ? t('users.reset.min', { min: minPassword }) : undefined}
              />
              <Group justify="flex-end" gap="sm">
                <Button variant="default" onClick={close} disabled={form.formState.isSubmitting}>
                  {t('users.cancel')}
                </Button>
                <Button type="submit" loading={form.formState.isSubmitting}>
                  {t('users.reset.submit')}
                </Button>
              </Group>
            </Stack>
          )}
        </Form>
      ) : null}
    </Modal>
  );
}
