import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';

/**
 * Which cloud profile resource queries speak to. `undefined` means the BFF's default (the
 * first profile of the cloud), so nothing is sent until someone picks one.
 */
interface ActiveProfileValue {
  profileId: string | undefined;
  setProfileId: (id: string | undefined) => void;
}

const STORAGE_KEY = 'portico.profile';
const ActiveProfileContext = createContext<ActiveProfileValue | null>(null);

function readStored(): string | undefined {
  try {
    return window.localStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function ActiveProfileProvider({ children }: { children: ReactNode }) {
  const [profileId, setState] = useState<string | undefined>(readStored);
  const setProfileId = useCallback((id: string | undefined) => {
    setState(id);
    try {
      if (id) window.localStorage.setItem(STORAGE_KEY, id);
      else window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Storage may be disabled; the choice then lasts for this tab only.
    }
  }, []);
  const value = useMemo(() => ({ profileId, setProfileId }), [profileId, setProfileId]);
  return <ActiveProfileContext value={value}>{children}</ActiveProfileContext>;
}

export function useActiveProfile(): ActiveProfileValue {
  const value = use(ActiveProfileContext);
  if (!value) throw new Error('useActiveProfile must be used inside ActiveProfileProvider');
  return value;
}
