import { Badge, Loader } from '@mantine/core';
import type { AuditResult } from '@portico/contracts/audit';
import { resultColors, resultMeanings } from '../utils/labels';

/** pending / succeeded / failed / unknown, with what each means on hover. */
export function AuditResultBadge({ result }: { result: AuditResult }) {
  return (
    <Badge
      color={resultColors[result]}
      variant={result === 'pending' ? 'outline' : 'light'}
      size="sm"
      radius="sm"
      tt="none"
      title={resultMeanings[result]}
      leftSection={result === 'pending' ? <Loader size={8} color="blue" /> : null}
      data-result={result}
    >
      {result}
    </Badge>
  );
}
