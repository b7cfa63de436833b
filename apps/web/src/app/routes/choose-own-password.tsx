import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from '@/components/layout/page-header';
import { ChangePasswordForm } from '@/features/auth/components/change-password-form';
import { Brand } from './app-layout';

/**
 * After signing in with a generated password (the first admin's, printed on a terminal), the
 * console asks for one of the person's own before anything else; the BFF refuses all else too.
 */
export function ChooseOwnPassword() {
  usePageTitle('Choose your password');
  return (
    <Center mih="100dvh" p="md">
      <Stack w={420} maw="100%" gap="lg">
        <Center>
          <Brand />
        </Center>
        <Paper withBorder radius="md" p="xl" shadow="xs" component="main">
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={1} fz={22} fw={650}>
                Choose your own password
              </Title>
              <Text size="sm" c="dimmed">
                You signed in with a generated password that was shown on a terminal. Replace it before you continue.
              </Text>
            </Stack>
            {/* The new session arrives with the answer; the gate then shows the console. */}
            <ChangePasswordForm submitLabel="Save and continue" onChanged={() => undefined} />
          </Stack>
        </Paper>
      </Stack>
    </Center>
  );
}
