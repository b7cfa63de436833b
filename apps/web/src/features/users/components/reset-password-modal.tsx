import { Button, Group, Modal, Stack, Text } from '@mantine/core';
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
  const update = useUpdateUser();
  const self = useSession().user.id === user?.id;
  const formError = update.error && !(isApiError(update.error) && update.error.fields) ? update.error : null;
  const close = () => {
    if (update.isPending) return;
    update.reset();
    onClose();
  };

  return (
    <Modal opened={user !== null} onClose={close} title={user ? `Reset the password of ${user.username}` : ''}>
      {user ? (
        <Form
          schema={UpdateUser}
          aria-label="Reset password"
          defaultValues={{ password: '' }}
          onSubmit={async (values) => {
            const changed = await update.mutateAsync({ id: user.id, body: { password: values.password } });
            update.reset();
            onReset(changed);
          }}
        >
          {(form) => (
            <Stack gap="md">
              <Text size="sm">
                {self ? (
                  'Your own password: every session you have ends, this one too, and you sign in again with the new password.'
                ) : (
                  <>
                    <b>{user.displayName}</b> is signed out everywhere and signs in with the new password from now on. Share it through a safe channel.
                  </>
                )}
              </Text>
              {formError ? <ApiErrorAlert error={formError} title="The password was not changed" /> : null}
              <PasswordField
                name="password"
                label="New password"
                autoComplete="new-password"
                required
                autoFocus
                description={minPassword ? `At least ${minPassword} characters.` : undefined}
              />
              <Group justify="flex-end" gap="sm">
                <Button variant="default" onClick={close} disabled={form.formState.isSubmitting}>
                  Cancel
                </Button>
                <Button type="submit" loading={form.formState.isSubmitting}>
                  Set new password
                </Button>
              </Group>
            </Stack>
          )}
        </Form>
      ) : null}
    </Modal>
  );
}
