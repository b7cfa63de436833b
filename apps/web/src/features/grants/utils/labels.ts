import { useTranslation } from 'react-i18next';
import { ResourceKind, type EffectiveGrant, type Grant } from '@portico/contracts/grants';

/** Each resource kind by the clouds' own name, in the reader's language. */
export function useKindOptions() {
  const { t } = useTranslation();
  return ResourceKind.options.map((kind) => ({ value: kind, label: t(`grants.kinds.${kind}`) }));
}

/**
 * One grant in words, in the reader's language: "operator on backend models in TEST and PRE of
 * profile alibaba-prod, tagged team=orders" (the contracts' describeGrant, which the BFF logs, in English).
 */
export function useDescribeGrant(): (grant: Pick<Grant, 'role' | 'scope'>) => string {
  const { t } = useTranslation();
  return ({ role, scope }) => {
    const or = t('grants.describe.or');
    const and = t('grants.describe.and');
    const parts = [
      scope.kinds
        ? t('grants.describe.onKinds', { kinds: scope.kinds.map((k) => t(`grants.describe.kind.${k}`)).join(t('grants.describe.comma')) })
        : t('grants.describe.onEvery'),
      ...(scope.names ? [t('grants.describe.named', { names: scope.names.join(or) })] : []),
      ...(scope.stages ? [t('grants.describe.inStages', { stages: scope.stages.join(and) })] : []),
      scope.profiles
        ? t('grants.describe.ofProfiles', { count: scope.profiles.length, profiles: scope.profiles.join(t('grants.describe.comma')) })
        : t('grants.describe.ofEvery'),
      ...(scope.tags
        ? [
            t('grants.describe.tagged', {
              tags: Object.entries(scope.tags)
                .map(([k, v]) => `${k}=${v}`)
                .join(and),
            }),
          ]
        : []),
    ];
    return t('grants.describe.sentence', { role: t(`roles.${role}`), scope: parts.join(t('grants.describe.separator')) });
  };
}

/** Where an effective grant comes from ("global role", "you", "group orders") in the reader's language. */
export function useGrantSource(): (from: EffectiveGrant['from']) => string {
  const { t } = useTranslation();
  return (from) => {
    if (from === 'global role') return t('grants.from.global');
    if (from === 'you') return t('grants.from.you');
    return from.startsWith('group ') ? t('grants.from.group', { group: from.slice('group '.length) }) : from;
  };
}

/** Who a grant is for: a username, or "group <name>". */
export function useSubjectName(): (grant: Grant) => string {
  const { t } = useTranslation();
  return (grant) => (grant.subject.type === 'user' ? grant.subject.username : t('grants.from.group', { group: grant.subject.group }));
}
