import { useState } from 'react';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { accessOf, routes } from '@portico/contracts/routes';
import { AccessButton } from '@/components/auth/access-button';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { IconChevronDown } from '@/components/ui/icons';
import { useRemoveSuppression, useSuppressions } from '../api/suppressions';

/** Every suppression of the profile, active first: who, why, until when; an active one can be ended. */
export function SuppressionsList() {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const list = useSuppressions();
  const remove = useRemoveSuppression();
  if (list.isError) return <ApiErrorAlert error={list.error} title={t('bindings.suppressions.loadError')} onRetry={() => void list.refetch()} />;
  const items = (list.data?.items ?? []).toSorted((a, b) => Number(a.expired) - Number(b.expired));
  const active = items.filter((item) => !item.expired).length;
  if (items.length === 0) return null;
  const date = (at: string) => new Date(at).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Button
          variant="subtle"
          size="compact-sm"
          color="gray"
          onClick={() => setOpen(!open)}
          aria-expanded={open}
          rightSection={<IconChevronDown size={14} style={{ transform: open ? 'rotate(180deg)' : undefined }} />}
        >
          {t('bindings.suppressions.toggle', { active, count: items.length })}
        </Button>
      </Group>
      {open ? (
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing={4} aria-label={t('bindings.suppressions.label')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('bindings.suppressions.finding')}</Table.Th>
                <Table.Th>{t('bindings.suppressions.owner')}</Table.Th>
                <Table.Th>{t('bindings.suppressions.reason')}</Table.Th>
                <Table.Th>{t('bindings.suppressions.expires')}</Table.Th>
                <Table.Th>{t('bindings.suppressions.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Text size="sm">{t(`bindings.findingKinds.${item.kind}`)}</Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {item.subject}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{item.owner}</Text>
                    <Text size="xs" c="dimmed">
                      {t('bindings.suppressions.by', { name: item.createdBy })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{item.reason}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{date(item.expiresAt)}</Text>
                    {item.expired ? (
                      <Badge size="xs" color="gray" variant="light">
                        {t('bindings.suppressions.expired')}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {item.expired ? null : (
                      <AccessButton
                        access={accessOf(routes.removeSuppression)}
                        variant="light"
                        size="compact-xs"
                        loading={remove.isPending && remove.variables === item.id}
                        onClick={() => remove.mutate(item.id)}
                      >
                        {t('bindings.findings.unsuppress')}
                      </AccessButton>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}
