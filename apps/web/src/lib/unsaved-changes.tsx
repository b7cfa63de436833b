import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import { useBlocker } from 'react-router';

/** What every editor asks before its unsaved changes are thrown away. */
export const DISCARD_QUESTION = 'You have unsaved changes. Leave and discard them?';

interface Registry {
  set(id: string, dirty: boolean): void;
}

/**
 * Navigation state for leaving when the edits are kept elsewhere (a change request holds them):
 * `navigate(to, { state: KEEPS_EDITS })` never asks.
 */
export const KEEPS_EDITS = { porticoKeepsEdits: true } as const;
const keepsEdits = (state: unknown) => typeof state === 'object' && state !== null && 'porticoKeepsEdits' in state;

const UnsavedChangesContext = createContext<Registry | null>(null);

/**
 * The one navigation blocker of the app (a router takes one at a time): it asks when any editor
 * on screen says it holds unsaved changes. Links, Back and Forward all go through it.
 */
export function UnsavedChangesBoundary({ children }: { children: ReactNode }) {
  const dirty = useRef(new Set<string>());
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty.current.size > 0 && currentLocation.pathname !== nextLocation.pathname && !keepsEdits(nextLocation.state),
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(DISCARD_QUESTION)) {
      dirty.current.clear();
      blocker.proceed();
    } else blocker.reset();
  }, [blocker]);
  const registry = useMemo<Registry>(
    () => ({
      set: (id, isDirty) => {
        if (isDirty) dirty.current.add(id);
        else dirty.current.delete(id);
      },
    }),
    [],
  );
  return <UnsavedChangesContext value={registry}>{children}</UnsavedChangesContext>;
}

/**
 * Every editor's guard: while `dirty`, a reload or closing the tab asks (beforeunload), leaving
 * the screen asks (through the boundary), and `confirmDiscard()` asks before a dialog closes
 * (Esc, its close button, Cancel). Answers true when it may go. Call `release()` once saved.
 */
export function useUnsavedChangesGuard(dirty: boolean): { confirmDiscard: () => boolean; release: () => void } {
  const id = useId();
  const registry = useContext(UnsavedChangesContext);

  useEffect(() => {
    registry?.set(id, dirty);
    return () => registry?.set(id, false);
  }, [registry, id, dirty]);

  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);

  const confirmDiscard = useCallback(() => {
    if (!dirty) return true;
    const leave = window.confirm(DISCARD_QUESTION);
    // Leaving on purpose: the navigation that follows must not ask a second time.
    if (leave) registry?.set(id, false);
    return leave;
  }, [dirty, registry, id]);

  /** After a save: the changes are kept, so a navigation that follows at once must not ask. */
  const release = useCallback(() => registry?.set(id, false), [registry, id]);

  return { confirmDiscard, release };
}
