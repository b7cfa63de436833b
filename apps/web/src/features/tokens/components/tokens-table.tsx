import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '@portico/contracts/tokens';
import { ResourceTable } from '@/components/list/resource-table';
import { formatDateTime } from '@/lib/format';

/** The table's columns as catalogue keys ('' for the actions column). */
export const tokenColumns = [
  'tokens.columns.name',
  'tokens.columns.owner',
  'tokens.columns.access',
  'tokens.columns.created',
  'tokens.columns.expires',
  'tokens.columns.lastUsed',
  '',
] as const;

/** The column headers in the reader's language, the owner column only when shown. */
export function useTokenColumns(showOwner: boolean): string[] {
  const { t } = useTranslation();
  return tokenColumns.filter((c) => showOwner || c !== 'tokens.columns.owner').map((c) => (c ? t(c) : ''));
}

/** Tokens without their values: what each is, whose, and when it was last used. */
export function TokensTable({ tokens, onRevoke, showOwner }: { tokens: ApiToken[]; onRevoke: (token: ApiToken) => void; showOwner: boolean }) {
  const { t } = useTranslation();
  const columns = useTokenColumns(showOwner);
  if (tokens.length === 0) return <Text c="dimmed">{t('tokens.table.empty')}</Text>;
  const expired = (token: ApiToken) => Date.parse(token.expiresAt) <= Date.now();
  return (
    <ResourceTable label={t('tokens.table.label')} columns={columns} minWidth={640} stale={false}>
      {tokens.map((token) => (
        <Table.Tr key={token.id}>
          <Table.Td fw={500}>{token.name}</Table.Td>
          {showOwner ? <Table.Td>{token.owner.username}</Table.Td> : null}
          {/* The badge keeps its words whole ("read only" was cut to "read …" on a phone). */}
          <Table.Td className="portico-nowrap">
            <Badge variant="light" color={token.access === 'read' ? 'gray' : 'orange'} radius="sm" tt="none" style={{ overflow: 'visible' }}>
              {token.access === 'read' ? t('tokens.table.readOnly') : t('tokens.table.full')}
            </Badge>
          </Table.Td>
          <Table.Td data-sort-value={token.createdAt}>{formatDateTime(token.createdAt)}</Table.Td>
          <Table.Td c={expired(token) ? 'red.8' : undefined} data-sort-value={token.expiresAt}>
            {expired(token) ? t('tokens.table.expiredAt', { at: formatDateTime(token.expiresAt) }) : formatDateTime(token.expiresAt)}
          </Table.Td>
          {/* Never used sorts last either way. */}
          <Table.Td data-sort-value={token.lastUsedAt ?? ''}>
            {token.lastUsedAt ? (
              formatDateTime(token.lastUsedAt)
            ) : (
              <Text span c="dimmed">
                {t('tokens.table.never')}
              </Text>
            )}
          </Table.Td>
          <Table.Td ta="right">
            <Button size="compact-sm" variant="subtle" color="red" onClick={() => onRevoke(token)} aria-label={t('tokens.table.revokeName', { name: token.name })}>
              {t('tokens.table.revoke')}
            </Button>
          </Table.Td>
        </Table.Tr>
      ))}
    </ResourceTable>
  );
}
