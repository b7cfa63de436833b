import type { ReactNode } from 'react';
import { Group, Paper, Stack, Text } from '@mantine/core';
import type { Page } from '@portico/contracts/paging';
import { ListFooter } from './list-footer';
import { useTranslation } from 'react-i18next';
import type { ListUrl } from './use-list-url';

interface ListQuery {
  data: Page<unknown> | undefined;
  isError: boolean;
  error: Error | null;
}

/**
 * The frame of a list screen: its tools (search, filters) above, the rows, the paging below.
 * A failed refresh of rows already shown is said beside the tools and the rows stay.
 */
export function ListPanel({ list, query, tools, children }: { list: ListUrl; query: ListQuery; tools: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Group align="flex-end" gap="md" wrap="wrap">
            {tools}
          </Group>
          {query.isError && query.data ? (
            <Text size="sm" c="red" role="alert">
              {t('list.refreshFailed', { message: query.error?.message ?? '' })}
            </Text>
          ) : null}
        </Group>
        {children}
        <ListFooter list={list} data={query.data} />
      </Stack>
    </Paper>
  );
}
