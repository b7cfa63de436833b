import { useState } from 'react';
import { ReportDirty } from '@/components/form/report-dirty';
import { useUnsavedChangesGuard } from '@/lib/unsaved-changes';
import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CreateUser, type User } from '@portico/contracts/auth';
import { Form } from '@/components/form/form';
import { TextField } from '@/components/form/fields';
import { PasswordField } from '@/components/form/password-field';
import { SelectField } from '@/components/form/select-field';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { isApiError } from '@/lib/api-client';
import { useCreateUser } from '../api/create-user';
import { useRoleOptions } from '../utils/role-options';

const FORM_ID = 'invite-person';
const minPassword = CreateUser.shape.password.minLength;

function resubmit() {
  const form = document.getElementById(FORM_ID);
  if (form instanceof HTMLFormElement) form.requestSubmit();
}

/** POST /api/users: a new person with a role and an initial password; new people start as viewers. */
export function InvitePersonForm({ onInvited, onSubmitting }: { onInvited: (user: User) => void; onSubmitting?: () => void }) {
  const { t } = useTranslation();
  const create = useCreateUser();
  // Names only: a native select cannot wrap, and "viewer — reads everything, …" was cut; the meaning shows below it.
  const roleOptions = useRoleOptions(false);
  const meaningOf = useRoleOptions(true);
  const [dirty, setDirty] = useState(false);
  useUnsavedChangesGuard(dirty);
  // `username: is taken` and the like are shown at the fields; anything else above them.
  const formError = create.error && !(isApiError(create.error) && create.error.fields) ? create.error : null;

  return (
    <Form
      schema={CreateUser}
      id={FORM_ID}
      aria-label={t('users.invite.submit')}
      defaultValues={{ username: '', displayName: '', role: 'viewer', password: '' }}
      onSubmit={async (values, form) => {
        onSubmitting?.();
        const user = await create.mutateAsync(values);
        form.reset();
        onInvited(user);
      }}
    >
      {(form) => (
        <Stack gap="md">
          <ReportDirty onChange={setDirty} />
          {formError ? <ApiErrorAlert error={formError} title={t('users.invite.failed')} onRetry={resubmit} retrying={create.isPending} /> : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="md" maw={880}>
            <TextField name="username" label={t('users.invite.username')} required description={t('users.invite.usernameHint')} />
            <TextField name="displayName" label={t('users.invite.displayName')} required description={t('users.invite.displayNameHint')} />
            <SelectField
              name="role"
              label={t('users.invite.role')}
              options={roleOptions}
              required
              description={
                <>
                  {t('users.invite.roleHint')}
                  <br />
                  {meaningOf.find((option) => option.value === form.watch('role'))?.label}
                </>
              }
            />
            <PasswordField
              name="password"
              label={t('users.invite.password')}
              autoComplete="new-password"
              required
              description={minPassword ? t('users.invite.passwordHintMin', { min: minPassword }) : t('users.invite.passwordHint')}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('users.invite.submit')}
            </Button>
          </Group>
        </Stack>
      )}
    </Form>
  );
}
