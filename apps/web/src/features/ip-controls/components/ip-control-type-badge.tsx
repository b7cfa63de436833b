import { Badge } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { IpControlType } from '@portico/contracts/ip-controls';

const typeColors: Record<IpControlType, string> = { ALLOW: 'green', REFUSE: 'red' };

/** ALLOW (green): only these addresses get in. REFUSE (red): these addresses are kept out. */
export function IpControlTypeBadge({ type }: { type: IpControlType }) {
  return (
    // Never shortened to "REFU…" when a table squeezes its column.
    <Badge color={typeColors[type]} variant="light" radius="sm" size="sm" miw="max-content">
      {type}
    </Badge>
  );
}

/** One line a person reads to know what the list does. */
export function typeMeaning(t: TFunction, type: IpControlType): string {
  return type === 'ALLOW' ? t('ipControls.typeMeaning.ALLOW') : t('ipControls.typeMeaning.REFUSE');
}
