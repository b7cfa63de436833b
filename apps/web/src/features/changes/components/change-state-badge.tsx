import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChangeState } from '@portico/contracts/changes';

const colors: Record<ChangeState, string> = {
  open: 'blue',
  approved: 'teal',
  rejected: 'red',
  withdrawn: 'gray',
  applying: 'indigo',
  applied: 'green',
  failed: 'red',
  expired: 'gray',
};

export function ChangeStateBadge({ state }: { state: ChangeState }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[state]} variant="light" radius="sm">
      {t(`changes.state.${state}`)}
    </Badge>
  );
}
