import { useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { Button, Tooltip, VisuallyHidden, type ButtonProps } from '@mantine/core';
import type { Access } from '@portico/contracts/auth';
import { useDeniedReason } from '@/lib/session';
import type { ResourceRef } from '@/lib/roles';

type AccessButtonProps = ButtonProps &
  Omit<ComponentPropsWithoutRef<'button'>, keyof ButtonProps | 'resource'> & {
    /** What the action needs, from the contracts' route table: `accessOf(routes.x)`. */
    access: Access;
    /** What it acts on, so grants scoped to kinds, names, tags and stages decide (as the BFF will). */
    resource?: ResourceRef | undefined;
    children: ReactNode;
  };

/**
 * A button for an action not everyone may take. For a person whose grants do not allow it, it stays in its
 * place but does nothing and says why, on hover and focus and to screen readers, so people
 * learn whom to ask instead of wondering where the button went.
 */
export function AccessButton({ access, resource, onClick, children, ...props }: AccessButtonProps) {
  const reason = useDeniedReason(access, resource);
  const reasonId = useId();
  if (!reason) {
    return (
      <Button onClick={onClick} {...props}>
        {children}
      </Button>
    );
  }
  return (
    <Tooltip label={reason} withArrow multiline w={300} events={{ hover: true, focus: true, touch: true }}>
      <Button {...props} type="button" loading={false} data-disabled aria-disabled="true" aria-describedby={reasonId} onClick={(event) => event.preventDefault()}>
        {children}
        <VisuallyHidden id={reasonId}>{reason}</VisuallyHidden>
      </Button>
    </Tooltip>
  );
}
