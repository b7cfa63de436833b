import { useState } from 'react';
import { Anchor, SegmentedControl, Stack, Text } from '@mantine/core';
import { auditOperations, type AuditEvent } from '@portico/contracts/audit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '@/lib/format';
import { HomeCard } from './home-card';

type Whose = 'mine' | 'everyone';
type Operation = (typeof auditOperations)[number];
const isOperation = (operation: string): operation is Operation => (auditOperations as readonly string[]).includes(operation);

function ChangeLine({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const what = isOperation(event.operation) ? t(`audit.operations.${event.operation}`) : event.operation;
  return (
    <Stack gap={0}>
      <Anchor component={Link} to={`/audit/${encodeURIComponent(event.id)}`} size="sm">
        {t('home.recent.line', { person: event.actor.name, what, target: event.target })}
      </Anchor>
      <Text size="xs" c="dimmed">
        <time dateTime={event.at}>{formatDateTime(event.at, { withZone: true })}</time>
        {event.result === 'succeeded' ? '' : ` · ${t(`audit.results.${event.result}`)}`}
      </Text>
    </Stack>
  );
}

/** The latest changes, the person's own or everyone's they may see, each opening its audit event. */
export function RecentChanges({ mine, everyone, username }: { mine: AuditEvent[]; everyone: AuditEvent[]; username: string }) {
  const { t } = useTranslation();
  const [whose, setWhose] = useState<Whose>('mine');
  const events = whose === 'mine' ? mine : everyone;
  const more = whose === 'mine' ? `/audit?category=changes&actor=${encodeURIComponent(username)}` : '/audit?category=changes';
  return (
    <HomeCard id="home-recent" title={t('home.recent.title')} more={{ label: t('home.recent.all'), to: more }}>
      <SegmentedControl
        size="xs"
        value={whose}
        onChange={(value) => setWhose(value === 'everyone' ? 'everyone' : 'mine')}
        data={[
          { value: 'mine', label: t('home.recent.mine') },
          { value: 'everyone', label: t('home.recent.everyone') },
        ]}
        aria-label={t('home.recent.whose')}
      />
      {events.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t(whose === 'mine' ? 'home.recent.noneMine' : 'home.recent.none')}
        </Text>
      ) : (
        <Stack gap="xs">
          {events.map((event) => (
            <ChangeLine key={event.id} event={event} />
          ))}
        </Stack>
      )}
    </HomeCard>
  );
}
