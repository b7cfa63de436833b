import { useSyncExternalStore } from 'react';

/**
 * Which Huawei Cloud profile (one project, i.e. one region) the endpoint service screens speak
 * to; `undefined` means the BFF's first Huawei profile. The header's switcher holds an Alibaba
 * profile, so Huawei's choice is kept apart, remembered like it.
 */
const STORAGE_KEY = 'portico.huaweiProfile';
const listeners = new Set<() => void>();

function readStored(): string | undefined {
  try {
    return window.localStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

let chosen = readStored();

export function setHuaweiProfile(id: string | undefined): void {
  chosen = id;
  try {
    if (id) window.localStorage.setItem(STORAGE_KEY, id);
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage may be disabled; the choice then lasts for this tab only.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useChosenHuaweiProfile(): string | undefined {
  return useSyncExternalStore(subscribe, () => chosen);
}
