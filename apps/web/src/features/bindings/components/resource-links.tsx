import { Anchor, Badge, Group, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import { findingLabel, type Finding, type FindingKind, type InventoryResource } from '@portico/contracts/bindings';
import { severityColors, type ResourceHref } from '../utils/labels';

/** Resources by name, each linking to where it is looked after; a dash when there are none. */
export function ResourceLinks({ resources, resourceHref }: { resources: InventoryResource[]; resourceHref: ResourceHref }) {
  if (resources.length === 0) {
    return (
      <Text span c="dimmed" size="sm">
        —
      </Text>
    );
  }
  return (
    <>
      {resources.map((resource, i) => {
        const href = resourceHref(resource);
        return (
          <span key={resource.key}>
            {i > 0 ? ', ' : null}
            {href ? (
              <Anchor component={Link} to={href} size="sm">
                {resource.name}
              </Anchor>
            ) : (
              resource.name
            )}
          </span>
        );
      })}
    </>
  );
}

export const findingShortLabel: Record<FindingKind, string> = {
  'unused-authorization': 'unused',
  'unused-backend': 'unused',
  'unprotected-api': 'no ACL',
  'wide-acl-entry': 'wide ACL',
  'approval-disabled': 'no approval',
  'port-exposed-by-several': 'shared port',
};

/** One small badge per finding kind, its full wording on hover and for screen readers. */
export function FindingBadges({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  const kinds = [...new Map(findings.map((f) => [f.kind, f])).values()];
  return (
    <Group gap={4} wrap="nowrap">
      {kinds.map((finding) => (
        <Tooltip key={finding.kind} label={findingLabel[finding.kind]} withinPortal openDelay={300}>
          <Badge color={severityColors[finding.severity]} variant="light" size="sm" radius="sm" aria-label={findingLabel[finding.kind]}>
            {findingShortLabel[finding.kind]}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
