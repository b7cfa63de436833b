import { Badge, Button, Table, Text } from '@mantine/core';
import type { ApiToken } from '@portico/contracts/tokens';
import { formatDateTime } from '@/lib/format';

export const tokenColumns = ['Name', 'Owner', 'Access', 'Created', 'Expires', 'Last used', ''];

/** Tokens without their values: what each is, whose, and when it was last used. */
export function TokensTable({ tokens, onRevoke, showOwner }: { tokens: ApiToken[]; onRevoke: (token: ApiToken) => void; showOwner: boolean }) {
  if (tokens.length === 0) return <Text c="dimmed">No tokens yet.</Text>;
  const expired = (token: ApiToken) => Date.parse(token.expiresAt) <= Date.now();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label="API tokens" verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {tokenColumns
              .filter((c) => showOwner || c !== 'Owner')
              .map((column) => (
                <Table.Th key={column}>{column}</Table.Th>
              ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => (
            <Table.Tr key={token.id}>
              <Table.Td fw={500}>{token.name}</Table.Td>
              {showOwner ? <Table.Td>{token.owner.username}</Table.Td> : null}
              <Table.Td>
                <Badge variant="light" color={token.access === 'read' ? 'gray' : 'orange'} radius="sm" tt="none">
                  {token.access === 'read' ? 'read only' : 'full'}
                </Badge>
              </Table.Td>
              <Table.Td>{formatDateTime(token.createdAt)}</Table.Td>
              <Table.Td c={expired(token) ? 'red.8' : undefined}>{expired(token) ? `expired ${formatDateTime(token.expiresAt)}` : formatDateTime(token.expiresAt)}</Table.Td>
              <Table.Td>
                {token.lastUsedAt ? (
                  formatDateTime(token.lastUsedAt)
                ) : (
                  <Text span c="dimmed">
                    never
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">
                <Button size="compact-sm" variant="subtle" color="red" onClick={() => onRevoke(token)} aria-label={`Revoke ${token.name}`}>
                  Revoke
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
