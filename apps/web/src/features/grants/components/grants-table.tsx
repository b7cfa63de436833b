import { Badge, Button, Group, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Grant } from '@portico/contracts/grants';
import { ResourceTable } from '@/components/list/resource-table';
import { RoleBadge } from '@/components/ui/role-badge';
import { useDescribeGrant } from '../utils/labels';

interface Props {
  title: string;
  /** Everyone of one kind: people or groups. */
  grants: Grant[];
  subjectOf: (grant: Grant) => string;
  onEdit: (grant: Grant) => void;
  onRemove: (grant: Grant) => void;
  emptyText: string;
  /** The table's sort in the URL: the screen shows one table for people and one for groups. */
  sortName: string;
}

/** One row per person or group; each grant in words, with where it comes from. */
export function GrantsTable({ title, grants, subjectOf, onEdit, onRemove, emptyText, sortName }: Props) {
  const { t } = useTranslation();
  const describeGrant = useDescribeGrant();
  const bySubject = new Map<string, Grant[]>();
  for (const grant of grants) bySubject.set(subjectOf(grant), [...(bySubject.get(subjectOf(grant)) ?? []), grant]);
  if (bySubject.size === 0) {
    return (
      <Text size="sm" c="dimmed">
        {emptyText}
      </Text>
    );
  }
  return (
    <ResourceTable label={title} columns={[title, t('grants.whatTheyMayDo')]} minWidth={640} stale={false} sortName={sortName}>
      {[...bySubject.entries()].map(([subject, list]) => (
        <Table.Tr key={subject}>
          <Table.Td valign="top" w="22%">
            <Text fw={600} size="sm" style={{ wordBreak: 'break-word' }}>
              {subject}
            </Text>
          </Table.Td>
          {/* Sorted by the grants in words, not by the buttons beside them. */}
          <Table.Td data-sort-value={list.map(describeGrant).join('; ')}>
            <Stacked grants={list} onEdit={onEdit} onRemove={onRemove} />
          </Table.Td>
        </Table.Tr>
      ))}
    </ResourceTable>
  );
}

function Stacked({ grants, onEdit, onRemove }: { grants: Grant[]; onEdit: (grant: Grant) => void; onRemove: (grant: Grant) => void }) {
  const { t } = useTranslation();
  const describeGrant = useDescribeGrant();
  return (
    <Table withRowBorders={false} verticalSpacing={4}>
      <Table.Tbody>
        {grants.map((grant) => {
          const fromFile = grant.source === 'file';
          return (
            <Table.Tr key={grant.id}>
              <Table.Td w={90}>
                <RoleBadge role={grant.role} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{describeGrant(grant)}</Text>
              </Table.Td>
              <Table.Td w={220}>
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  {fromFile ? (
                    <Tooltip label={t('grants.table.fileNote')} withArrow>
                      <Badge variant="outline" color="gray" size="sm" tt="none">
                        {t('grants.table.accessFile')}
                      </Badge>
                    </Tooltip>
                  ) : (
                    <>
                      <Button size="xs" variant="default" onClick={() => onEdit(grant)} aria-label={t('grants.table.changeGrant', { grant: describeGrant(grant) })}>
                        {t('grants.table.change')}
                      </Button>
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        onClick={() => onRemove(grant)}
                        aria-label={t('grants.table.removeGrant', { grant: describeGrant(grant) })}
                      >
                        {t('grants.table.remove')}
                      </Button>
                    </>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
