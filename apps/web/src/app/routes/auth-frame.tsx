import type { ReactNode } from 'react';
import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ColorSchemeMenu, LanguageMenu } from '@/components/layout/display-menus';
import { Brand } from './app-layout';

interface Props {
  title: string;
  description: string;
  children: ReactNode;
  footer?: ReactNode;
  width?: number;
}

/** The frame of the screens before the console: the brand, a card with a title, and a footnote; language and colour scheme at the top. */
export function AuthFrame({ title, description, children, footer, width = 380 }: Props) {
  return (
    <Center mih="100dvh" p="md" className="portico-sign-in" pos="relative">
      <Group gap="xs" pos="absolute" top={12} right={16}>
        <LanguageMenu />
        <ColorSchemeMenu />
      </Group>
      <Stack w={width} maw="100%" gap="lg">
        <Center>
          <Brand />
        </Center>
        <Paper withBorder radius="md" p="xl" shadow="xs" component="main">
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={1} fz={22} fw={650}>
                {title}
              </Title>
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            </Stack>
            {children}
          </Stack>
        </Paper>
        {footer ? (
          <Text size="xs" c="dimmed" ta="center">
            {footer}
          </Text>
        ) : null}
      </Stack>
    </Center>
  );
}
