import { Badge, Loader } from '@mantine/core';
import type { AuditResult } from '@portico/contracts/audit';
import { useTranslation } from 'react-i18next';
import { resultColors } from '../utils/labels';

/** pending / succeeded / failed / unknown, with what each means on hover; never cut or wrapped. */
export function AuditResultBadge({ result }: { result: AuditResult }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={resultColors[result]}
      variant={result === 'pending' ? 'outline' : 'light'}
      size="sm"
      radius="sm"
      tt="none"
      title={t(`audit.resultMeanings.${result}`)}
      leftSection={result === 'pending' ? <Loader size={8} color="blue" /> : null}
      data-result={result}
      // Mantine cuts a badge's label to its box; a result is short and must always read whole.
      styles={{ root: { flexShrink: 0, minWidth: 'max-content', overflow: 'visible' }, label: { overflow: 'visible', textOverflow: 'clip' } }}
    >
      {t(`audit.results.${result}`)}
    </Badge>
  );
}
