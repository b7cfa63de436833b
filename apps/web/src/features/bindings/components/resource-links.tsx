import { Anchor, Badge, Group, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Finding, InventoryResource } from '@portico/contracts/bindings';
import { findingKindLabel, severityColors, type ResourceHref } from '../utils/labels';

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

/** One small badge per finding kind, its full wording on hover and for screen readers. */
export function FindingBadges({ findings }: { findings: readonly Finding[] }) {
  const { t } = useTranslation();
  if (findings.length === 0) return null;
  const kinds = [...new Map(findings.map((f) => [f.kind, f])).values()];
  return (
    <Group gap={4} wrap="nowrap">
      {kinds.map((finding) => (
        <Tooltip key={finding.kind} label={findingKindLabel(finding.kind)} withinPortal openDelay={300}>
          <Badge color={severityColors[finding.severity]} variant="light" size="sm" radius="sm" aria-label={findingKindLabel(finding.kind)}>
            {t(`bindings.findingShort.${finding.kind}`)}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
