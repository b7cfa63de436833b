import { useEffect, useState } from 'react';
import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Inventory } from '@portico/contracts/bindings';
import { formatAge, formatDuration, formatTimestamp } from '@/lib/format';

/** Re-renders once a second (only this line, not the page) so the age stays true. */
function useNow(intervalMs = 1_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** Without a schedule, an inventory this old is marked stale. */
const STALE_WITHOUT_SCHEDULE_MS = 60 * 60_000;

/** Past twice its refresh period (a refresh was missed), or an hour when nothing refreshes it. */
export function isStale(inventory: Inventory, now: number): boolean {
  const age = now - new Date(inventory.asOf).getTime();
  const every = inventory.refreshEveryMs ?? 0;
  return age > (every > 0 ? 2 * every : STALE_WITHOUT_SCHEDULE_MS);
}

/** "as of 2026-03-16 10:04:12 (12 s ago) · 318 cloud calls · built in 2.4 s · refreshed every 30 min · 2 console changes since, last 10:05:01" */
export function InventorySummary({ inventory }: { inventory: Inventory }) {
  const { t } = useTranslation();
  const now = useNow();
  const asOf = new Date(inventory.asOf).getTime();
  const every = inventory.refreshEveryMs ?? 0;
  const stale = isStale(inventory, now);
  return (
    <Group gap="xs" wrap="wrap" data-testid="inventory-summary" data-stale={stale ? 'true' : undefined}>
      {stale ? (
        <Tooltip label={every > 0 ? t('bindings.summary.staleScheduled') : t('bindings.summary.staleUnscheduled')}>
          <Badge color="orange" variant="light" radius="sm" data-testid="inventory-stale">
            {t('bindings.summary.stale')}
          </Badge>
        </Tooltip>
      ) : null}
      <Text size="sm">
        {t('bindings.summary.asOf')} <time dateTime={inventory.asOf}>{formatTimestamp(inventory.asOf)}</time>{' '}
        <Text span c="dimmed" size="sm">
          ({Number.isNaN(asOf) ? t('bindings.summary.unknownAge') : formatAge(now - asOf)})
        </Text>
      </Text>
      <Text size="sm" c="dimmed">
        {t('bindings.summary.cloudCalls', { count: inventory.cloudCalls, duration: formatDuration(inventory.durationMs) })}
        {every > 0
          ? t('bindings.summary.every', { duration: formatDuration(every >= 60_000 ? Math.round(every / 60_000) * 60_000 : every) })
          : t('bindings.summary.whenAsked')}
      </Text>
      {inventory.updatedAt ? (
        <Text size="sm" c="dimmed" data-testid="inventory-updated">
          {t('bindings.summary.updates', { count: inventory.updates ?? 1 })} <time dateTime={inventory.updatedAt}>{formatTimestamp(inventory.updatedAt)}</time>
        </Text>
      ) : null}
    </Group>
  );
}
