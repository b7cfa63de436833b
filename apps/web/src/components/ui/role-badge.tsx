import { Badge } from '@mantine/core';
import { roleMeaning, type Role } from '@portico/contracts/auth';

const roleColors: Record<Role, string> = { viewer: 'gray', operator: 'blue', admin: 'grape' };

/** A person's role; hovering says what it allows. */
export function RoleBadge({ role, size = 'sm' }: { role: Role; size?: 'xs' | 'sm' | 'md' }) {
  return (
    <Badge color={roleColors[role]} variant="light" radius="sm" size={size} tt="none" title={`${role}: ${roleMeaning[role]}`}>
      {role}
    </Badge>
  );
}
