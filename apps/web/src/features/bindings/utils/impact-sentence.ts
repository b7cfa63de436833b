import type { ResourceImpact } from '@portico/contracts/bindings';
import { i18n } from '@/lib/i18n/i18n';

/**
 * "24 APIs in 3 groups, 6 of them in RELEASE depend on it", in the reader's language, from the
 * impact's counts (the BFF's `sentence` is the same in English, for API clients).
 */
export function impactSentence(summary: ResourceImpact['summary']): string {
  const { apiCount, groupCount, byStage } = summary;
  if (apiCount === 0) return i18n.t('bindings.impact.none');
  const release = byStage.RELEASE ?? 0;
  const values = { count: apiCount, apis: i18n.t('bindings.impact.apis', { count: apiCount }), groups: i18n.t('bindings.impact.groups', { count: groupCount }), release };
  return release === apiCount ? i18n.t('bindings.impact.all', values) : i18n.t('bindings.impact.some', values);
}
