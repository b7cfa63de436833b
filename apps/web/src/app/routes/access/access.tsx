import { useState } from 'react';
import { Alert, Button, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { effectiveGrants, type Grant } from '@portico/contracts/grants';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { IconCheck } from '@/components/ui/icons';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { useGrants } from '@/features/grants/api/list-grants';
import { EffectivePermissions } from '@/features/grants/components/effective-permissions';
import { GrantEditorModal } from '@/features/grants/components/grant-editor-modal';
import { GrantsTable } from '@/features/grants/components/grants-table';
import { RemoveGrantModal } from '@/features/grants/components/remove-grant-modal';
import { useSubjectName } from '@/features/grants/utils/labels';
import { useUsers } from '@/features/users/api/list-users';
import { useProfiles } from '@/features/profiles/api/get-profiles';
import { useCan, useSession } from '@/lib/session';

/** `/access`: what you may do; for admins, every grant by person and by group, and anyone's effective permissions. */
export function AccessRoute() {
  const { t } = useTranslation();
  usePageTitle(t('grants.title'));
  const { grants } = useSession();
  const admin = useCan('admin');
  return (
    <>
      <PageHeader title={t('grants.title')} description={t('grants.description')} />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="mine-title">
          <Title id="mine-title" order={2} fz="md" fw={600} mb="sm">
            {t('grants.yours')}
          </Title>
          <EffectivePermissions grants={grants} emptyText={t('grants.noneYet')} />
        </Paper>
        {admin ? <ManageGrants /> : null}
      </Stack>
    </>
  );
}

function ManageGrants() {
  const { t } = useTranslation();
  const subjectName = useSubjectName();
  const grants = useGrants();
  const profiles = useProfiles();
  const [editing, setEditing] = useState<Grant | 'new' | null>(null);
  const [removing, setRemoving] = useState<Grant | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  let body;
  if (grants.isPending) body = <TableSkeleton headers={[t('grants.subject'), t('grants.whatTheyMayDo')]} rows={3} label={t('grants.loading')} />;
  else if (grants.isError) body = <ApiErrorAlert error={grants.error} title={t('grants.loadFailed')} onRetry={() => void grants.refetch()} retrying={grants.isFetching} />;
  else {
    const items = grants.data.items;
    body = (
      <Stack gap="lg">
        <GrantsTable
          title={t('grants.person')}
          emptyText={t('grants.noPersonGrants')}
          sortName="people"
          grants={items.filter((g) => g.subject.type === 'user')}
          subjectOf={(g) => (g.subject.type === 'user' ? g.subject.username : '')}
          onEdit={setEditing}
          onRemove={setRemoving}
        />
        <GrantsTable
          title={t('grants.group')}
          emptyText={t('grants.noGroupGrants')}
          sortName="groups"
          grants={items.filter((g) => g.subject.type === 'group')}
          subjectOf={(g) => (g.subject.type === 'group' ? g.subject.group : '')}
          onEdit={setEditing}
          onRemove={setRemoving}
        />
      </Stack>
    );
  }
  return (
    <>
      {notice ? (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCheck />}
          title={notice}
          withCloseButton
          closeButtonLabel={t('grants.dismiss')}
          onClose={() => setNotice(null)}
          role="status"
        />
      ) : null}
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="grants-title">
        <Stack gap="md">
          <Title id="grants-title" order={2} fz="md" fw={600}>
            {t('grants.grants')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('grants.grantsHint')}
          </Text>
          <Button w="fit-content" onClick={() => setEditing('new')}>
            {t('grants.newGrant')}
          </Button>
          {body}
        </Stack>
      </Paper>
      <CheckPerson grants={grants.data?.items ?? []} />
      <GrantEditorModal
        editing={editing}
        profiles={profiles.data?.items ?? []}
        onClose={() => setEditing(null)}
        onSaved={(grant) => {
          setEditing(null);
          setNotice(t('grants.saved', { subject: subjectName(grant) }));
        }}
      />
      <RemoveGrantModal
        grant={removing}
        onClose={() => setRemoving(null)}
        onRemoved={() => {
          setRemoving(null);
          setNotice(t('grants.removed'));
        }}
      />
    </>
  );
}

/** Anyone's effective permissions, computed by the same rule as their session's. */
function CheckPerson({ grants }: { grants: Grant[] }) {
  const { t } = useTranslation();
  const users = useUsers();
  const [userId, setUserId] = useState<string | null>(null);
  const person = users.data?.items.find((u) => u.id === userId);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="check-title">
      <Stack gap="md">
        <Title id="check-title" order={2} fz="md" fw={600}>
          {t('grants.check.title')}
        </Title>
        <Select
          label={t('grants.person')}
          placeholder={t('grants.check.choose')}
          searchable
          maw={420}
          data={(users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))}
          value={userId}
          onChange={setUserId}
        />
        {person ? <EffectivePermissions grants={effectiveGrants(person, grants)} emptyText={t('grants.check.nothing', { name: person.displayName })} /> : null}
      </Stack>
    </Paper>
  );
}
