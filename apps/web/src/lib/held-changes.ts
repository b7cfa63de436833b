import { useSyncExternalStore } from 'react';
import { ErrorCode } from '@portico/contracts/errors';
import { isApiError, type ApiError } from './api-client';

/**
 * Saves that a change policy held for review, or a freeze stopped: any screen's save may be
 * one, so the shell shows one dialog for them (open a change request, or break the glass).
 */
let held: ApiError | null = null;
const listeners = new Set<() => void>();

function set(next: ApiError | null): void {
  held = next;
  for (const listener of listeners) listener();
}

/** Told by the query client about every failed change. */
export function noteFailedChange(error: unknown): void {
  if (isApiError(error) && error.sent && (error.code === ErrorCode.reviewRequired || error.code === ErrorCode.frozen)) set(error);
}

export const dismissHeldChange = () => set(null);

export function useHeldChange(): ApiError | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => held,
  );
}
