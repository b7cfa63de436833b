import { Badge } from '@mantine/core';
import { roleMeaning, type UserRole } from '@portico/contracts/auth';

const roleColors: Record<UserRole, string> = { none: 'gray', viewer: 'gray', operator: 'blue', admin: 'grape' };
const roleLabels: Record<UserRole, string> = { none: 'grants only', viewer: 'viewer', operator: 'operator', admin: 'admin' };

/** A person's role; hovering says what it allows. */
export function RoleBadge({ role, size = 'sm' }: { role: UserRole; size?: 'xs' | 'sm' | 'md' }) {
  return (
    <Badge color={roleColors[role]} variant="light" radius="sm" size={size} tt="none" title={`${role}: ${roleMeaning[role]}`}>
      {roleLabels[role]}
    </Badge>
  );
}
