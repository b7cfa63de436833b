import { useState } from 'react';
import { Alert, Button, Paper, Select, Stack, Text, Title } from '@mantine/core';
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
import { useUsers } from '@/features/users/api/list-users';
import { useProfiles } from '@/features/profiles/api/get-profiles';
import { useCan, useSession } from '@/lib/session';

/** `/access`: what you may do; for admins, every grant by person and by group, and anyone's effective permissions. */
export function AccessRoute() {
  usePageTitle('Permissions');
  const { grants } = useSession();
  const admin = useCan('admin');
  return (
    <>
      <PageHeader
        title="Permissions"
        description="What each person may do: a global role, plus grants that give a role in a scope (profiles, resource kinds, cloud tags, names, stages). Several grants add up."
      />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="mine-title">
          <Title id="mine-title" order={2} fz="md" fw={600} mb="sm">
            Your permissions
          </Title>
          <EffectivePermissions grants={grants} emptyText="You hold no grants yet, so you can see your tokens and your own audit events only. Ask an admin for a grant." />
        </Paper>
        {admin ? <ManageGrants /> : null}
      </Stack>
    </>
  );
}

function ManageGrants() {
  const grants = useGrants();
  const profiles = useProfiles();
  const [editing, setEditing] = useState<Grant | 'new' | null>(null);
  const [removing, setRemoving] = useState<Grant | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  let body;
  if (grants.isPending) body = <TableSkeleton headers={['Subject', 'What they may do']} rows={3} label="Loading grants" />;
  else if (grants.isError) body = <ApiErrorAlert error={grants.error} title="Could not load the grants" onRetry={() => void grants.refetch()} retrying={grants.isFetching} />;
  else {
    const items = grants.data.items;
    body = (
      <Stack gap="lg">
        <GrantsTable
          title="Person"
          emptyText="No grants to single people."
          grants={items.filter((g) => g.subject.type === 'user')}
          subjectOf={(g) => (g.subject.type === 'user' ? g.subject.username : '')}
          onEdit={setEditing}
          onRemove={setRemoving}
        />
        <GrantsTable
          title="Group"
          emptyText="No grants to identity-provider groups."
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
        <Alert color="teal" variant="light" icon={<IconCheck />} title={notice} withCloseButton closeButtonLabel="Dismiss" onClose={() => setNotice(null)} role="status" />
      ) : null}
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="grants-title">
        <Stack gap="md">
          <Title id="grants-title" order={2} fz="md" fw={600}>
            Grants
          </Title>
          <Text size="sm" c="dimmed">
            Changes apply at each person’s next request and are audited with before and after. Grants from the access file are changed in the file.
          </Text>
          <Button w="fit-content" onClick={() => setEditing('new')}>
            New grant
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
          setNotice(`Saved: ${grant.subject.type === 'user' ? grant.subject.username : `group ${grant.subject.group}`} now holds that grant.`);
        }}
      />
      <RemoveGrantModal
        grant={removing}
        onClose={() => setRemoving(null)}
        onRemoved={() => {
          setRemoving(null);
          setNotice('The grant is removed.');
        }}
      />
    </>
  );
}

/** Anyone's effective permissions, computed by the same rule as their session's. */
function CheckPerson({ grants }: { grants: Grant[] }) {
  const users = useUsers();
  const [userId, setUserId] = useState<string | null>(null);
  const person = users.data?.items.find((u) => u.id === userId);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="check-title">
      <Stack gap="md">
        <Title id="check-title" order={2} fz="md" fw={600}>
          A person’s effective permissions
        </Title>
        <Select
          label="Person"
          placeholder="Choose someone"
          searchable
          maw={420}
          data={(users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))}
          value={userId}
          onChange={setUserId}
        />
        {person ? (
          <EffectivePermissions
            grants={effectiveGrants(person, grants)}
            emptyText={`${person.displayName} holds no global role and no grant: they see nothing but their own tokens.`}
          />
        ) : null}
      </Stack>
    </Paper>
  );
}
