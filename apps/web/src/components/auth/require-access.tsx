import type { ReactNode } from 'react';
import { Button, EmptyState, Paper } from '@mantine/core';
import type { Access } from '@portico/contracts/auth';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IconLock } from '@/components/ui/icons';
import { useDeniedReason } from '@/lib/session';
import type { ResourceRef } from '@/lib/roles';

interface RequireAccessProps {
  /** What the screen needs, from the contracts' route table: `accessOf(routes.x)`. */
  access: Access;
  /** What the screen acts on (kind, name, stage…), decided by the person's grants. */
  resource?: ResourceRef | undefined;
  children: ReactNode;
  /** Where "Go back" leads, e.g. the list the form belongs to. */
  backTo?: { label: string; to: string };
}

/**
 * Shows its children only to a role that may use them; anyone else (say, a viewer who opened
 * an edit link) reads that it is not allowed and why. The BFF refuses the call regardless.
 */
export function RequireAccess({ access, resource, children, backTo }: RequireAccessProps) {
  const { t } = useTranslation();
  const reason = useDeniedReason(access, resource);
  if (!reason) return children;
  return (
    <Paper withBorder radius="md" p="xl" role="alert" aria-label={t('components.access.notAllowed')}>
      <EmptyState icon={<IconLock size={28} />} withIndicatorBackground title={t('components.access.notAllowed')} description={reason}>
        {backTo ? (
          <EmptyState.Actions>
            <Button component={Link} to={backTo.to} variant="light">
              {backTo.label}
            </Button>
          </EmptyState.Actions>
        ) : null}
      </EmptyState>
    </Paper>
  );
}
