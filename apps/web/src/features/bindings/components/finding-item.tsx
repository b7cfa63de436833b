import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Finding } from '@portico/contracts/bindings';
import { accessOf, routes } from '@portico/contracts/routes';
import { AccessButton } from '@/components/auth/access-button';
import { useRemoveSuppression } from '../api/suppressions';
import type { InventoryIndex } from '../utils/inventory-index';
import type { ResourceHref } from '../utils/labels';

/** Where a finding is fixed in the console: the resource's own screen, or (an API without an ACL) the ACLs. */
export type FindingFixHref = (finding: Finding) => string | undefined;

export interface FindingItemProps {
  finding: Finding;
  index: InventoryIndex;
  onShowApi: (apiKey: string) => void;
  resourceHref: ResourceHref;
  fixHref: FindingFixHref;
  onSuppress: (finding: Finding) => void;
}

function Subject({ finding, index, onShowApi, resourceHref }: Omit<FindingItemProps, 'fixHref' | 'onSuppress'>) {
  const resource = index.resourceByKey.get(finding.subject);
  const href = resource ? resourceHref(resource) : undefined;
  if (href)
    return (
      <Anchor component={Link} to={href} size="sm" fw={500}>
        {finding.subjectName}
      </Anchor>
    );
  if (index.apiByKey.has(finding.subject))
    return (
      <Anchor component="button" type="button" size="sm" fw={500} onClick={() => onShowApi(finding.subject)}>
        {finding.subjectName}
      </Anchor>
    );
  return (
    <Text span size="sm" fw={500}>
      {finding.subjectName}
    </Text>
  );
}

/** One finding: what it is about, in words, where to fix it, and its suppression (or a way to suppress it). */
export function FindingItem(props: FindingItemProps) {
  const { t, i18n } = useTranslation();
  const { finding, fixHref, onSuppress } = props;
  const remove = useRemoveSuppression();
  const fix = fixHref(finding);
  const until = finding.suppressed ? new Date(finding.suppressed.expiresAt).toLocaleDateString(i18n.language) : undefined;
  return (
    <List.Item>
      <Group gap={6} wrap="wrap">
        <Subject {...props} />
        <Text span size="sm" c="dimmed">
          {/* An inventory stored before findings carried their values has the English sentence only. */}
          {finding.params ? t(`bindings.findingText.${finding.kind}`, { ...finding.params }) : finding.message}
        </Text>
        {fix ? (
          <Anchor component={Link} to={fix} size="xs">
            {t('bindings.findings.fix')}
          </Anchor>
        ) : null}
        {finding.suppressed ? (
          <>
            <Badge variant="outline" color="gray" size="sm" radius="sm" tt="none" title={finding.suppressed.reason}>
              {t('bindings.findings.suppressedBy', { owner: finding.suppressed.owner, until })}
            </Badge>
            <AccessButton
              access={accessOf(routes.removeSuppression)}
              variant="subtle"
              size="compact-xs"
              loading={remove.isPending}
              onClick={() => finding.suppressed && remove.mutate(finding.suppressed.id)}
            >
              {t('bindings.findings.unsuppress')}
            </AccessButton>
          </>
        ) : (
          <AccessButton access={accessOf(routes.createSuppression)} variant="subtle" size="compact-xs" onClick={() => onSuppress(finding)}>
            {t('bindings.findings.suppress')}
          </AccessButton>
        )}
      </Group>
    </List.Item>
  );
}
