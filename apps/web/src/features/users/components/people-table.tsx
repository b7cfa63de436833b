import { Badge, Button, Group, NativeSelect, Table, Text, Tooltip } from '@mantine/core';
import { UserRole as Role, type User } from '@portico/contracts/auth';
import { RoleBadge } from '@/components/ui/role-badge';
import { formatDateTime } from '@/lib/format';
import { roleNameOptions } from '../utils/role-options';

export const peopleColumns = ['Username', 'Display name', 'Signs in with', 'Groups', 'Role', 'Status', 'Created', 'Actions'];

/** The BFF refuses both for the signed-in admin; the row says so before anyone tries. */
const SELF_NOTE = 'You cannot disable yourself or take away your own admin role.';
/** The BFF refuses both for SSO people; the row says why before anyone tries. */
const SSO_ROLE_NOTE = 'Their role comes from their identity-provider groups at each sign-in (OIDC_GROUP_ROLES).';
const SSO_PASSWORD_NOTE = 'They sign in through the identity provider and have no Portico password.';

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
  return (
    <Table.ScrollContainer minWidth={1360}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="People">
        <Table.Thead>
          <Table.Tr>
            {peopleColumns.map((column) => (
              <Table.Th key={column} className="portico-nowrap">
                {column}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
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
                        (you)
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
                <Table.Td className="portico-nowrap">
                  <RoleBadge role={user.role} />
                </Table.Td>
                <Table.Td className="portico-nowrap">
                  <Badge color={user.disabled ? 'gray' : 'teal'} variant={user.disabled ? 'outline' : 'light'} size="sm" radius="sm" tt="none">
                    {user.disabled ? 'disabled' : 'active'}
                  </Badge>
                </Table.Td>
                <Table.Td className="portico-nowrap">
                  <Text span size="sm" c="dimmed">
                    {formatDateTime(user.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Tooltip label={self ? SELF_NOTE : SSO_ROLE_NOTE} disabled={!self && !sso} withArrow multiline w={260}>
                      <NativeSelect
                        aria-label={`Access level of ${user.username}`}
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
                    <Tooltip label={SSO_PASSWORD_NOTE} disabled={!sso} withArrow multiline w={260}>
                      <Button size="xs" variant="default" aria-label={`Reset password of ${user.username}`} disabled={saving || sso} onClick={() => onResetPassword(user)}>
                        Reset password
                      </Button>
                    </Tooltip>
                    {self ? (
                      <Tooltip label={SELF_NOTE} withArrow multiline w={260}>
                        <Button
                          size="xs"
                          variant="light"
                          color="red"
                          data-disabled
                          aria-disabled="true"
                          aria-label={`Disable ${user.username}`}
                          onClick={(e) => e.preventDefault()}
                        >
                          Disable
                        </Button>
                      </Tooltip>
                    ) : (
                      <Button
                        size="xs"
                        variant="light"
                        color={user.disabled ? 'teal' : 'red'}
                        aria-label={`${user.disabled ? 'Enable' : 'Disable'} ${user.username}`}
                        disabled={saving}
                        onClick={() => onToggleDisabled(user)}
                        miw={76}
                      >
                        {user.disabled ? 'Enable' : 'Disable'}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Local (a Portico password, for break-glass) or SSO (created at the first provider sign-in). */
function SourceBadge({ user }: { user: User }) {
  return user.source === 'oidc' ? (
    <Badge color="indigo" variant="light" size="sm" radius="sm" tt="none">
      SSO
    </Badge>
  ) : (
    <Badge color="gray" variant="outline" size="sm" radius="sm" tt="none">
      local
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
