import type { TFunction } from 'i18next';
import type { ChangePlan } from '@portico/contracts/changes';

/** A request's title in the reader's language, from what the plan does and to what. */
export function changeTitle(t: TFunction, what: { kind: ChangePlan['kind']; name: string; stage?: string | undefined }): string {
  return t(`changes.titles.${what.kind}`, { name: what.name, stage: what.stage ?? '' });
}
