import { useState } from 'react';
import { Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserRole as Role, User } from '@portico/contracts/auth';
import { accessOf, routes } from '@portico/contracts/routes';
import { RequireAccess } from '@/components/auth/require-access';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { DemoCloudPanel } from '@/features/demo-cloud/components/demo-cloud-panel';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { IconCheck } from '@/components/ui/icons';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { useUsers } from '@/features/users/api/list-users';
import { useUpdateUser } from '@/features/users/api/update-user';
import { ChangeStatusModal } from '@/features/users/components/change-status-modal';
import { InvitePersonForm } from '@/features/users/components/invite-person-form';
import { PeopleTable, usePeopleColumns } from '@/features/users/components/people-table';
import { ResetPasswordModal } from '@/features/users/components/reset-password-modal';
import { SignInSettingsPanel } from '@/features/users/components/sign-in-settings-panel';
import { useSession } from '@/lib/session';

/** Who may use the console and with which role. Admins only; the BFF refuses anyone else. */
export function PeopleRoute() {
  const { t } = useTranslation();
  usePageTitle(t('users.title'));
  return (
    <>
      <PageHeader title={t('users.title')} description={t('users.description')} />
      <RequireAccess access={accessOf(routes.listUsers)} backTo={{ label: t('users.goToAudit'), to: '/audit' }}>
        <People />
      </RequireAccess>
    </>
  );
}

function People() {
  const { t } = useTranslation();
  const { user: me } = useSession();
  const peopleColumns = usePeopleColumns();
  const users = useUsers();
  const [notice, setNotice] = useState<string | null>(null);
  const [statusOf, setStatusOf] = useState<User | null>(null);
  const [passwordOf, setPasswordOf] = useState<User | null>(null);
  const changeRole = useUpdateUser({
    onSuccess: (user) => setNotice(t('users.notice.roleChanged', { username: user.username, role: t(`roles.${user.role}`) })),
  });

  const onChangeRole = (user: User, role: Role) => {
    setNotice(null);
    changeRole.mutate({ id: user.id, body: { role } });
  };

  let content;
  if (users.isPending) content = <TableSkeleton headers={peopleColumns} rows={4} label={t('users.loading')} />;
  else if (users.isError) {
    content = <ApiErrorAlert error={users.error} title={t('users.loadFailed')} onRetry={() => void users.refetch()} retrying={users.isFetching} />;
  } else {
    content = (
      <PeopleTable
        users={users.data.items}
        currentUserId={me.id}
        savingId={changeRole.isPending ? changeRole.variables.id : undefined}
        onChangeRole={onChangeRole}
        onToggleDisabled={(user) => {
          setNotice(null);
          setStatusOf(user);
        }}
        onResetPassword={(user) => {
          setNotice(null);
          setPasswordOf(user);
        }}
      />
    );
  }

  return (
    <Stack gap="lg">
      {notice ? (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCheck />}
          title={notice}
          withCloseButton
          closeButtonLabel={t('users.dismiss')}
          onClose={() => setNotice(null)}
          role="status"
        />
      ) : null}
      {changeRole.error ? (
        <ApiErrorAlert error={changeRole.error} title={t('users.roleNotChanged')}>
          <Text size="xs" c="dimmed">
            {t('users.roleAsItIs')}
          </Text>
        </ApiErrorAlert>
      ) : null}

      <SignInSettingsPanel />

      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="invite-title">
        <Stack gap={4} mb="md">
          <Title id="invite-title" order={2} fz="md" fw={600}>
            {t('users.invite.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('users.invite.description')}
          </Text>
        </Stack>
        <InvitePersonForm
          onSubmitting={() => setNotice(null)}
          onInvited={(user) => setNotice(t('users.notice.invited', { name: user.displayName, username: user.username, role: t(`roles.${user.role}`) }))}
        />
      </Paper>

      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="people-title">
        <Group gap="xs" mb="sm">
          <Title id="people-title" order={2} fz="md" fw={600}>
            {t('users.everyone')}
          </Title>
          {users.data ? (
            <Badge variant="light" color="gray" size="sm">
              {users.data.items.length}
            </Badge>
          ) : null}
        </Group>
        {content}
      </Paper>

      <DemoCloudPanel />

      <ChangeStatusModal
        user={statusOf}
        onClose={() => setStatusOf(null)}
        onChanged={(user) => {
          setStatusOf(null);
          setNotice(user.disabled ? t('users.notice.disabled', { username: user.username }) : t('users.notice.enabled', { username: user.username }));
        }}
      />
      <ResetPasswordModal
        user={passwordOf}
        onClose={() => setPasswordOf(null)}
        onReset={(user) => {
          setPasswordOf(null);
          setNotice(t('users.notice.passwordReset', { username: user.username }));
        }}
      />
    </Stack>
  );
}
