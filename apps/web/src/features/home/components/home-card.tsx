import type { ReactNode } from 'react';
import { Anchor, Group, Paper, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';

/** One section of the home screen: a heading, a link to the whole of it, its content. */
export function HomeCard({ id, title, more, children }: { id: string; title: string; more?: { label: string; to: string }; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id} h="100%">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title id={id} order={2} fz="md" fw={600}>
            {title}
          </Title>
          {more ? (
            <Anchor component={Link} to={more.to} size="sm">
              {more.label}
            </Anchor>
          ) : null}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
