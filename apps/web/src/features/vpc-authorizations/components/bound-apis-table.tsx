import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { apiKeyOf } from '@portico/contracts/bindings';
import type { PublishedApi } from '@portico/contracts/published-apis';
import { StageBadge } from '@/components/ui/stage-badge';

interface Props {
  apis: PublishedApi[];
  /** The short form (group, stage, API) used in confirmations. */
  compact?: boolean;
  label?: string;
}

export function BoundApisTable({ apis, compact = false, label = 'Bound APIs' }: Props) {
  if (apis.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No published API is bound to this authorization.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={compact ? 360 : 720}>
      <Table verticalSpacing="xs" striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Group</Table.Th>
            <Table.Th>Stage</Table.Th>
            <Table.Th>API name</Table.Th>
            {compact ? null : (
              <>
                <Table.Th>Method</Table.Th>
                <Table.Th>Path</Table.Th>
              </>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {apis.map((api) => (
            <Table.Tr key={`${api.apiId}@${api.stageId}`}>
              <Table.Td>{api.groupName}</Table.Td>
              <Table.Td>
                <StageBadge stage={api.stageName} />
              </Table.Td>
              <Table.Td fw={500}>
                {compact ? (
                  api.apiName
                ) : (
                  // The API's chain per stage (ACLs, backend, VPC, endpoint service) on the bindings page.
                  <Anchor component={Link} to={`/bindings?chain=${encodeURIComponent(apiKeyOf(api))}`} size="sm" fw={500} title="Show this API's chain">
                    {api.apiName}
                  </Anchor>
                )}
              </Table.Td>
              {compact ? null : (
                <>
                  <Table.Td>
                    {api.method ? (
                      <Badge variant="outline" color="gray" size="sm" radius="sm" ff="monospace">
                        {api.method}
                      </Badge>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td ff="monospace" fz="sm">
                    {api.path ?? '—'}
                  </Table.Td>
                </>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
