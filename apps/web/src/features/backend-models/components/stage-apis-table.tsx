import { Badge, Table, Text } from '@mantine/core';
import type { PublishedApi } from '@portico/contracts/published-apis';

interface Props {
  apis: PublishedApi[];
  stage: string;
  label?: string;
}

/** The APIs published in one stage that use the backend: what a model change there reaches. */
export function StageApisTable({ apis, stage, label = `APIs published in ${stage}` }: Props) {
  if (apis.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No API published in {stage} uses this backend.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Group</Table.Th>
            <Table.Th>API</Table.Th>
            <Table.Th>Method</Table.Th>
            <Table.Th>Path</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {apis.map((api) => (
            <Table.Tr key={`${api.apiId}@${api.stageName}`}>
              <Table.Td>{api.groupName}</Table.Td>
              <Table.Td fw={500}>{api.apiName}</Table.Td>
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
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
