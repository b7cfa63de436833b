import { useEffect, useState } from 'react';
import { Group, Text } from '@mantine/core';
import type { Inventory } from '@portico/contracts/bindings';
import { formatAge, formatDuration, formatTimestamp, plural } from '@/lib/format';

/** Re-renders once a second (only this line, not the page) so the age stays true. */
function useNow(intervalMs = 1_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** "as of 2026-03-16 10:04:12 (12 s ago) · 318 cloud calls · built in 2.4 s" */
export function InventorySummary({ inventory }: { inventory: Inventory }) {
  const now = useNow();
  const asOf = new Date(inventory.asOf).getTime();
  return (
    <Group gap="xs" wrap="wrap" data-testid="inventory-summary">
      <Text size="sm">
        as of <time dateTime={inventory.asOf}>{formatTimestamp(inventory.asOf)}</time>{' '}
        <Text span c="dimmed" size="sm">
          ({Number.isNaN(asOf) ? 'unknown age' : formatAge(now - asOf)})
        </Text>
      </Text>
      <Text size="sm" c="dimmed">
        · {plural(inventory.cloudCalls, 'cloud call')} · built in {formatDuration(inventory.durationMs)}
      </Text>
    </Group>
  );
}
