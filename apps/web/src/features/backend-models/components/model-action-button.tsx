import { useId, type ReactNode } from 'react';
import { Button, Tooltip, VisuallyHidden } from '@mantine/core';
import type { Access } from '@portico/contracts/auth';
import { AccessButton } from '@/components/auth/access-button';
import type { ResourceRef } from '@/lib/roles';

interface Props {
  access: Access;
  /** The backend and stage, so a grant scoped to stages decides (RELEASE may be someone else's). */
  resource?: ResourceRef | undefined;
  /** Why the action cannot be taken whatever the role (a backend type the console cannot edit). */
  unavailable?: string | undefined;
  onClick: () => void;
  variant?: string;
  children: ReactNode;
}

/**
 * Edit model / Create model: inert with a reason for a role that may not change things (through
 * AccessButton) and for a backend type the console does not edit yet.
 */
export function ModelActionButton({ access, resource, unavailable, onClick, variant, children }: Props) {
  const reasonId = useId();
  if (unavailable) {
    return (
      <Tooltip label={unavailable} withArrow multiline w={300} events={{ hover: true, focus: true, touch: true }}>
        <Button variant={variant} type="button" data-disabled aria-disabled="true" aria-describedby={reasonId} onClick={(event) => event.preventDefault()}>
          {children}
          <VisuallyHidden id={reasonId}>{unavailable}</VisuallyHidden>
        </Button>
      </Tooltip>
    );
  }
  return (
    <AccessButton access={access} resource={resource} variant={variant} onClick={onClick}>
      {children}
    </AccessButton>
  );
}
