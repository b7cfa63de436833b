import { Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PolicyItem } from '@portico/contracts/ip-controls';
import { accessOf, routes } from '@portico/contracts/routes';
import { AccessButton } from '@/components/auth/access-button';
import { formatDateTime } from '@/lib/format';
import { CidrChips } from './cidr-chips';

interface Props {
  items: PolicyItem[];
  onEdit: (item: PolicyItem) => void;
  onRemove: (item: PolicyItem) => void;
  /** The item just saved, marked so the eye finds it. */
  highlightId?: string | undefined;
  /** The list's name, so grants scoped to names decide the Edit and Remove buttons. */
  listName: string;
}

export function PolicyItemsTable({ items, onEdit, onRemove, highlightId, listName }: Props) {
  const { t } = useTranslation();
  const resource = { kind: 'ip-control' as const, name: listName, tags: {} };
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('ipControls.items.none')}
      </Text>
    );
  }
  // Fits beside the navigation at 1024 px (about 680 px): the buttons stack rather than be cut.
  return (
    <Table.ScrollContainer minWidth={620}>
      <Table verticalSpacing="sm" aria-label={t('ipControls.items.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th className="portico-nowrap">{t('ipControls.item.policyItem')}</Table.Th>
            <Table.Th>{t('ipControls.rows.legend')}</Table.Th>
            <Table.Th>{t('ipControls.appId.label')}</Table.Th>
            <Table.Th className="portico-nowrap">{t('ipControls.items.modified')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('ipControls.items.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} data-highlighted={item.id === highlightId || undefined} bg={item.id === highlightId ? 'var(--mantine-color-teal-light)' : undefined}>
              <Table.Td ff="monospace" fz="xs" c="dimmed" className="portico-nowrap">
                {item.id}
              </Table.Td>
              <Table.Td>
                <CidrChips cidrs={item.cidrs} label={t('ipControls.items.entriesOf', { id: item.id })} flagWide />
              </Table.Td>
              <Table.Td ff={item.appId ? 'monospace' : undefined}>
                {item.appId || (
                  <Text span c="dimmed" title={t('ipControls.appId.placeholder')}>
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td className="portico-nowrap">
                <Text span size="sm" c="dimmed">
                  {formatDateTime(item.updatedAt ?? item.createdAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="wrap" justify="flex-end">
                  {/* A viewer sees them in place, inert, with the reason on hover and focus. */}
                  <AccessButton
                    access={accessOf(routes.modifyPolicyItem)}
                    resource={resource}
                    size="xs"
                    variant="default"
                    onClick={() => onEdit(item)}
                    aria-label={t('ipControls.items.editItem', { id: item.id })}
                  >
                    {t('ipControls.items.edit')}
                  </AccessButton>
                  <AccessButton
                    access={accessOf(routes.removePolicyItem)}
                    resource={resource}
                    size="xs"
                    variant="light"
                    color="red"
                    onClick={() => onRemove(item)}
                    aria-label={t('ipControls.items.removeItem', { id: item.id })}
                  >
                    {t('ipControls.items.remove')}
                  </AccessButton>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
