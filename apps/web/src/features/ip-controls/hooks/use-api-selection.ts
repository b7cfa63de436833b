import { useMemo, useState } from 'react';
import type { BindableApi } from '@portico/contracts/ip-controls';

export interface ApiSelectionPlan {
  /** APIs to start guarding; `from` names the list that guards one now (it moves: one list per API and stage). */
  bind: (BindableApi & { from?: string })[];
  unbind: BindableApi[];
}

/** Which published APIs of one group and stage an ACL should guard, against which it guards now. */
export function useApiSelection(ipControlId: string, apis: readonly BindableApi[] | undefined) {
  const [chosen, setChosen] = useState<Map<string, boolean>>(new Map());
  const guardedNow = (api: BindableApi) => api.ipControlId === ipControlId;
  const isChecked = (api: BindableApi) => chosen.get(api.apiId) ?? guardedNow(api);
  const plan = useMemo<ApiSelectionPlan>(() => {
    const list = apis ?? [];
    const checked = (api: BindableApi) => chosen.get(api.apiId) ?? api.ipControlId === ipControlId;
    return {
      bind: list.filter((api) => checked(api) && api.ipControlId !== ipControlId).map((api) => (api.ipControlName ? { ...api, from: api.ipControlName } : api)),
      unbind: list.filter((api) => !checked(api) && api.ipControlId === ipControlId),
    };
  }, [apis, chosen, ipControlId]);
  return {
    isChecked,
    toggle: (api: BindableApi) => setChosen((previous) => new Map(previous).set(api.apiId, !isChecked(api))),
    setAll: (checked: boolean) => setChosen(new Map((apis ?? []).map((api) => [api.apiId, checked]))),
    reset: () => setChosen(new Map()),
    plan,
    dirty: plan.bind.length + plan.unbind.length > 0,
  };
}
