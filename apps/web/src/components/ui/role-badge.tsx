import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserRole } from '@portico/contracts/auth';

const roleColors: Record<UserRole, string> = { none: 'gray', viewer: 'gray', operator: 'blue', admin: 'grape' };

/** A person's role in the reader's language; hovering says what it allows. */
export function RoleBadge({ role, size = 'sm' }: { role: UserRole; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Badge color={roleColors[role]} variant="light" radius="sm" size={size} tt="none" title={`${t(`roles.${role}`)}: ${t(`roles.meaning.${role}`)}`}>
      {t(`roles.${role}`)}
    </Badge>
  );
}
