import { Badge, Button, Group, NativeSelect, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UserRole as Role, type User } from '@portico/contracts/auth';
import { ResourceTable } from '@/components/list/resource-table';
import { RoleBadge } from '@/components/ui/role-badge';
import { formatDateTime } from '@/lib/format';
import { useRoleOptions } from '../utils/role-options';

const columnKeys = ['username', 'displayName', 'signsInWith', 'groups', 'role', 'status', 'created', 'actions'] as const;

const ROLE_RANK: Record<Role, number> = { none: 0, viewer: 1, operator: 2, admin: 3 };

/** The table's column headers in the reader's language (the loading skeleton shows the same). */
export function usePeopleColumns(): string[] {
  const { t } = useTranslation();
  return columnKeys.map((key) => t(`users.columns.${key}`));
}

interface Props {
  users: User[];
  currentUserId: string;
  /** The person whose change is being saved: their row's controls wait. */
  savingId: string | undefined;
  onChangeRole: (user: User, role: Role) => void;
  onToggleDisabled: (user: User) => void;
  onResetPassword: (user: User) => void;
}

export function PeopleTable({ users, currentUserId, savingId, onChangeRole, onToggleDisabled, onResetPassword }: Props) {
  const { t } = useTranslation();
  const peopleColumns = usePeopleColumns();
  const roleNameOptions = useRoleOptions(false);
  // The BFF refuses these for the signed-in admin and for SSO people; the row says why before anyone tries.
  const selfNote = t('users.table.selfNote');
  return (
    <ResourceTable label={t('users.table.label')} columns={peopleColumns} unsortable={new Set([t('users.columns.actions')])} minWidth={1360} stale={false}>
      {users.map((user) => {
        const self = user.id === currentUserId;
        const saving = savingId === user.id;
        const sso = user.source === 'oidc';
        return (
          <Table.Tr key={user.id} data-username={user.username} opacity={user.disabled ? 0.75 : 1}>
            <Table.Td ff="monospace" fz="sm" className="portico-nowrap">
              {user.username}
            </Table.Td>
            <Table.Td>
              <Group gap={6} wrap="nowrap">
                <Text size="sm" fw={500}>
                  {user.displayName}
                </Text>
                {self ? (
                  <Text span size="xs" c="dimmed">
                    {t('users.table.you')}
                  </Text>
                ) : null}
              </Group>
            </Table.Td>
            <Table.Td className="portico-nowrap">
              <SourceBadge user={user} />
            </Table.Td>
            <Table.Td>
              <GroupList groups={user.groups} />
            </Table.Td>
            {/* By what a role allows, not by its name. */}
            <Table.Td className="portico-nowrap" data-sort-value={ROLE_RANK[user.role]}>
              <RoleBadge role={user.role} />
            </Table.Td>
            <Table.Td className="portico-nowrap">
              <Badge color={user.disabled ? 'gray' : 'teal'} variant={user.disabled ? 'outline' : 'light'} size="sm" radius="sm" tt="none">
                {user.disabled ? t('users.table.disabled') : t('users.table.active')}
              </Badge>
            </Table.Td>
            <Table.Td className="portico-nowrap" data-sort-value={user.createdAt}>
              <Text span size="sm" c="dimmed">
                {formatDateTime(user.createdAt)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                <Tooltip label={self ? selfNote : t('users.table.ssoRoleNote')} disabled={!self && !sso} withArrow multiline w={260}>
                  <NativeSelect
                    aria-label={t('users.table.accessLevelOf', { username: user.username })}
                    data={roleNameOptions}
                    value={user.role}
                    disabled={self || sso || saving}
                    size="xs"
                    w={112}
                    onChange={(event) => {
                      const role = Role.safeParse(event.currentTarget.value);
                      if (role.success && role.data !== user.role) onChangeRole(user, role.data);
                    }}
                  />
                </Tooltip>
                <Tooltip label={t('users.table.ssoPasswordNote')} disabled={!sso} withArrow multiline w={260}>
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={t('users.table.resetPasswordOf', { username: user.username })}
                    disabled={saving || sso}
                    onClick={() => onResetPassword(user)}
                  >
                    {t('users.table.resetPassword')}
                  </Button>
                </Tooltip>
                {self ? (
                  <Tooltip label={selfNote} withArrow multiline w={260}>
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      data-disabled
                      aria-disabled="true"
                      aria-label={t('users.table.disableUser', { username: user.username })}
                      onClick={(e) => e.preventDefault()}
                    >
                      {t('users.disable')}
                    </Button>
                  </Tooltip>
                ) : (
                  <Button
                    size="xs"
                    variant="light"
                    color={user.disabled ? 'teal' : 'red'}
                    aria-label={user.disabled ? t('users.table.enableUser', { username: user.username }) : t('users.table.disableUser', { username: user.username })}
                    disabled={saving}
                    onClick={() => onToggleDisabled(user)}
                    miw={76}
                  >
                    {user.disabled ? t('users.enable') : t('users.disable')}
                  </Button>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        );
      })}
    </ResourceTable>
  );
}

/** Local (a Portico password, for break-glass) or SSO (created at the first provider sign-in). */
function SourceBadge({ user }: { user: User }) {
  const { t } = useTranslation();
  return user.source === 'oidc' ? (
    <Badge color="indigo" variant="light" size="sm" radius="sm" tt="none">
      {t('users.table.sso')}
    </Badge>
  ) : (
    <Badge color="gray" variant="outline" size="sm" radius="sm" tt="none">
      {t('users.table.local')}
    </Badge>
  );
}

/** The provider's groups as of the last sign-in (wrapping, never cut); a dash for local accounts. */
function GroupList({ groups }: { groups: string[] }) {
  return (
    <Text size="sm" c={groups.length ? undefined : 'dimmed'} maw={240} style={{ overflowWrap: 'anywhere' }}>
      {groups.length ? groups.join(', ') : '—'}
    </Text>
  );
}
