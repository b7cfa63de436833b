import { useState } from 'react';
import { Affix, Avatar, Box, Button, Group, Menu, Notification, Stack, Text, UnstyledButton } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { RoleBadge } from '@/components/ui/role-badge';
import { IconChevronDown, IconKey, IconLogout } from '@/components/ui/icons';
import { SIGN_IN_PATH } from '@/lib/return-to';
import { useSession } from '@/lib/session';
import { useSignOut } from '../api/sign-out';
import { ChangePasswordModal } from './change-password-modal';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? `${parts[0]?.[0] ?? ''}${parts[parts.length - 1]?.[0] ?? ''}` : name.slice(0, 2);
  return letters.toUpperCase();
}

/**
 * The signed-in person in the header: name and role, a menu with what the role allows, and
 * Sign out (in the menu, and on wide screens as a button beside it, one click away).
 */
export function UserMenu() {
  const { t } = useTranslation();
  const { user, idleTimeoutSeconds } = useSession();
  // A full page load: nothing read as this person stays in memory.
  const signOut = useSignOut({ onSuccess: () => window.location.assign(SIGN_IN_PATH) });
  const idleMinutes = Math.round(idleTimeoutSeconds / 60);
  const [changingPassword, setChangingPassword] = useState(false);
  const [passwordChanged, setPasswordChanged] = useState(false);

  return (
    <>
      <Group gap={6} wrap="nowrap">
        <Menu position="bottom-end" withinPortal shadow="md" width={280}>
          <Menu.Target>
            <UnstyledButton aria-label={t('userMenu.account', { name: user.displayName, role: t(`roles.${user.role}`) })} px={6} py={4} className="portico-account">
              <Group gap={8} wrap="nowrap">
                <Avatar size={28} radius="xl" color="indigo" variant="light">
                  {initials(user.displayName)}
                </Avatar>
                <Text size="sm" fw={500} visibleFrom="md" data-testid="session-name">
                  {user.displayName}
                </Text>
                <Box visibleFrom="sm">
                  <RoleBadge role={user.role} />
                </Box>
                <IconChevronDown size={14} />
              </Group>
            </UnstyledButton>
          </Menu.Target>
          <Menu.Dropdown>
            <Stack gap={2} px="sm" py={8}>
              <Text size="sm" fw={600}>
                {user.displayName}
              </Text>
              <Text size="xs" c="dimmed" ff="monospace">
                {user.username}
              </Text>
              <Text size="xs" mt={6}>
                <Trans i18nKey="userMenu.role" values={{ role: t(`roles.${user.role}`), meaning: t(`roles.meaning.${user.role}`) }} components={{ b: <b /> }} />
              </Text>
              <Text size="xs" c="dimmed" mt={6}>
                {t('userMenu.idle', { count: idleMinutes })}
              </Text>
            </Stack>
            <Menu.Divider />
            {/* People who sign in through the identity provider have no Portico password. */}
            {user.source === 'oidc' ? null : (
              <Menu.Item leftSection={<IconKey size={16} />} onClick={() => setChangingPassword(true)}>
                {t('userMenu.changePassword')}
              </Menu.Item>
            )}
            <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => signOut.mutate()}>
              {t('userMenu.signOut')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
        {/* Below 1200 px the account menu holds Sign out: the header keeps room for the profile. */}
        <Button
          variant="subtle"
          color="gray"
          size="compact-sm"
          visibleFrom="lg"
          style={{ whiteSpace: 'nowrap' }}
          leftSection={<IconLogout size={16} />}
          loading={signOut.isPending}
          onClick={() => signOut.mutate()}
        >
          {t('userMenu.signOut')}
        </Button>
      </Group>
      <ChangePasswordModal
        opened={changingPassword}
        onClose={() => setChangingPassword(false)}
        onChanged={() => {
          setChangingPassword(false);
          setPasswordChanged(true);
        }}
      />
      {passwordChanged ? (
        <Affix position={{ top: 64, right: 16 }}>
          <Notification
            color="teal"
            title={t('userMenu.passwordChanged')}
            onClose={() => setPasswordChanged(false)}
            closeButtonProps={{ 'aria-label': t('userMenu.dismiss') }}
            role="status"
          >
            {t('userMenu.passwordChangedBody')}
          </Notification>
        </Affix>
      ) : null}
      {signOut.error ? (
        <Affix position={{ top: 64, right: 16 }}>
          <Notification
            color="red"
            title={t('userMenu.couldNotSignOut')}
            onClose={() => signOut.reset()}
            closeButtonProps={{ 'aria-label': t('userMenu.dismiss') }}
            role="alert"
          >
            {signOut.error.message}
          </Notification>
        </Affix>
      ) : null}
    </>
  );
}
