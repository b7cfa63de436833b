import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ChangeSummary } from '@portico/contracts/changes';
import { formatDateTime } from '@/lib/format';
import { changeTitle } from '../utils/title';
import { ChangeStateBadge } from './change-state-badge';

/** The requests of one view: what, where, how far it reaches, where it stands. */
export function ChangesTable({ items }: { items: readonly ChangeSummary[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('changes.table.change')}</Table.Th>
            <Table.Th>{t('changes.table.profile')}</Table.Th>
            <Table.Th>{t('changes.table.reach')}</Table.Th>
            <Table.Th>{t('changes.table.state')}</Table.Th>
            <Table.Th>{t('changes.table.approvals')}</Table.Th>
            <Table.Th>{t('changes.table.author')}</Table.Th>
            <Table.Th>{t('changes.table.opened')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <Anchor component={Link} to={`/changes/${item.id}`} fw={500}>
                  {changeTitle(t, { kind: item.planKind, name: item.resourceName, stage: item.stage })}
                </Anchor>
                {item.waitingForMe ? (
                  <Text size="xs" c="orange.8">
                    {t('changes.table.waitingForYou')}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{item.profile}</Table.Td>
              <Table.Td>{t('changes.reach', { count: item.reach.apis, groups: item.reach.groups, release: item.reach.release })}</Table.Td>
              <Table.Td>
                <ChangeStateBadge state={item.state} />
              </Table.Td>
              <Table.Td>{t('changes.table.approvalCount', { given: item.approvals.length, required: item.requiredApprovals })}</Table.Td>
              <Table.Td>{item.author}</Table.Td>
              <Table.Td>{formatDateTime(item.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
