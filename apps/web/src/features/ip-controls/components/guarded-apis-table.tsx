import { Badge, Table, Text } from '@mantine/core';
import type { PublishedApi } from '@portico/contracts/published-apis';
import { StageBadge } from '@/components/ui/stage-badge';

interface Props {
  apis: PublishedApi[];
  /** The short form (group, stage, API) used in confirmations. */
  compact?: boolean;
  label?: string;
}

/** The published APIs an ACL is bound to: a change to the list reaches each of them at once. */
export function GuardedApisTable({ apis, compact = false, label = 'APIs this list guards' }: Props) {
  if (apis.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No published API is bound to this list: a change to it guards nothing yet.
      </Text>
    );
  }
  // The ACL's binding list may carry no method or path: no empty columns then.
  const detailed = !compact && apis.some((api) => api.method || api.path);
  return (
    <Table.ScrollContainer minWidth={detailed ? 720 : 360}>
      <Table verticalSpacing="xs" striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Group</Table.Th>
            <Table.Th>Stage</Table.Th>
            <Table.Th>API name</Table.Th>
            {detailed ? (
              <>
                <Table.Th>Method</Table.Th>
                <Table.Th>Path</Table.Th>
              </>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {apis.map((api) => (
            // The ACL's binding list names the stage but has no stage id: key by name.
            <Table.Tr key={`${api.groupId}/${api.apiId}@${api.stageId || api.stageName}`}>
              <Table.Td>{api.groupName}</Table.Td>
              <Table.Td>
                <StageBadge stage={api.stageName} />
              </Table.Td>
              <Table.Td fw={500}>{api.apiName}</Table.Td>
              {detailed ? (
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
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
