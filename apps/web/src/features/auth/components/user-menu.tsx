import { useState } from 'react';
import { Affix, Avatar, Box, Button, Group, Menu, Notification, Stack, Text, UnstyledButton } from '@mantine/core';
import { roleMeaning } from '@portico/contracts/auth';
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
            <UnstyledButton aria-label={`Account: ${user.displayName} (${user.role})`} px={6} py={4} className="portico-account">
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
                Role <b>{user.role}</b>: {roleMeaning[user.role]}.
              </Text>
              <Text size="xs" c="dimmed" mt={6}>
                You are signed out after {idleMinutes} minutes without activity.
              </Text>
            </Stack>
            <Menu.Divider />
            {/* People who sign in through the identity provider have no Portico password. */}
            {user.source === 'oidc' ? null : (
              <Menu.Item leftSection={<IconKey size={16} />} onClick={() => setChangingPassword(true)}>
                Change password
              </Menu.Item>
            )}
            <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => signOut.mutate()}>
              Sign out
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
          Sign out
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
          <Notification color="teal" title="Password changed" onClose={() => setPasswordChanged(false)} closeButtonProps={{ 'aria-label': 'Dismiss' }} role="status">
            Other places where you were signed in are signed out.
          </Notification>
        </Affix>
      ) : null}
      {signOut.error ? (
        <Affix position={{ top: 64, right: 16 }}>
          <Notification color="red" title="Could not sign out" onClose={() => signOut.reset()} closeButtonProps={{ 'aria-label': 'Dismiss' }} role="alert">
            {signOut.error.message}
          </Notification>
        </Affix>
      ) : null}
    </>
  );
}
