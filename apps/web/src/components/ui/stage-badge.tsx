import { Badge } from '@mantine/core';

const stageColors: Record<string, string> = { TEST: 'gray', PRE: 'yellow', RELEASE: 'teal' };

/** The environment of a published API: TEST, PRE or RELEASE. */
export function StageBadge({ stage }: { stage: string }) {
  return (
    <Badge color={stageColors[stage.toUpperCase()] ?? 'blue'} variant="light" radius="sm" size="sm" miw="max-content">
      {stage}
    </Badge>
  );
}
