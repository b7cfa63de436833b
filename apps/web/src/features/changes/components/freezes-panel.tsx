import { useState } from 'react';
import { ActionIcon, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FreezeInput } from '@portico/contracts/changes';
import { fieldMessages } from '@portico/contracts/errors';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { IconX } from '@/components/ui/icons';
import { formatDateTime } from '@/lib/format';
import { useCan } from '@/lib/session';
import { useCreateFreeze, useDeleteFreeze, useFreezes } from '../api/policies';

/** Freezes now and to come; admins declare one (local times) or end it. */
export function FreezesPanel() {
  const { t } = useTranslation();
  const admin = useCan('admin');
  const freezes = useFreezes();
  const create = useCreateFreeze();
  const remove = useDeleteFreeze();
  const [draft, setDraft] = useState({ startsAt: '', endsAt: '', reason: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const iso = (local: string) => (local ? new Date(local).toISOString() : local);
  const submit = () => {
    const parsed = FreezeInput.safeParse({ startsAt: iso(draft.startsAt), endsAt: iso(draft.endsAt), reason: draft.reason });
    if (!parsed.success) return setErrors(fieldMessages(parsed.error));
    setErrors({});
    create.mutate(parsed.data, { onSuccess: () => setDraft({ startsAt: '', endsAt: '', reason: '' }) });
  };
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="freezes-title">
      <Stack gap="md">
        <Title id="freezes-title" order={2} fz="md" fw={600}>
          {t('changes.freezes.title')}
        </Title>
        {freezes.error ? <ApiErrorAlert error={freezes.error} title={t('changes.freezes.loadFailed')} /> : null}
        {create.error ? <ApiErrorAlert error={create.error} title={t('changes.freezes.addFailed')} /> : null}
        {remove.error ? <ApiErrorAlert error={remove.error} title={t('changes.freezes.removeFailed')} /> : null}
        {freezes.data?.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('changes.freezes.none')}
          </Text>
        ) : null}
        {freezes.data && freezes.data.items.length > 0 ? (
          <Table aria-label={t('changes.freezes.title')}>
            <Table.Tbody>
              {freezes.data.items.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>{t('changes.freezes.range', { from: formatDateTime(f.startsAt), to: formatDateTime(f.endsAt) })}</Table.Td>
                  <Table.Td>{f.profiles.length ? f.profiles.join(', ') : t('changes.freezes.allProfiles')}</Table.Td>
                  <Table.Td>{f.reason}</Table.Td>
                  <Table.Td>
                    {admin ? (
                      <ActionIcon variant="subtle" color="red" aria-label={t('changes.freezes.end', { reason: f.reason })} onClick={() => remove.mutate(f.id)}>
                        <IconX size={16} />
                      </ActionIcon>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        {admin ? (
          <Group align="flex-end" wrap="wrap">
            <TextInput
              type="datetime-local"
              label={t('changes.freezes.startsAt')}
              value={draft.startsAt}
              onChange={(e) => setDraft({ ...draft, startsAt: e.currentTarget.value })}
              error={errors.startsAt}
            />
            <TextInput
              type="datetime-local"
              label={t('changes.freezes.endsAt')}
              value={draft.endsAt}
              onChange={(e) => setDraft({ ...draft, endsAt: e.currentTarget.value })}
              error={errors.endsAt}
            />
            <TextInput
              label={t('changes.freezes.reason')}
              value={draft.reason}
              onChange={(e) => setDraft({ ...draft, reason: e.currentTarget.value })}
              error={errors.reason}
              miw={220}
            />
            <Button loading={create.isPending} onClick={submit}>
              {t('changes.freezes.add')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
