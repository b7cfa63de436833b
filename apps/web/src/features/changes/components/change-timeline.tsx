import { useState } from 'react';
import { Button, Group, Paper, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChangeRequest } from '@portico/contracts/changes';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { formatDateTime } from '@/lib/format';
import { useComment } from '../api/changes';
import { ChangeDiffTable } from '@/components/diff/change-diff-table';

/** Opened, comments, approvals, refusals and the apply, oldest first; a comment box under them. */
export function ChangeTimeline({ request }: { request: ChangeRequest }) {
  const { t } = useTranslation();
  const comment = useComment(request.id);
  const [text, setText] = useState('');
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="change-timeline">
      <Title id="change-timeline" order={2} fz="md" fw={600} mb="md">
        {t('changes.timeline.title')}
      </Title>
      <Timeline bulletSize={14} lineWidth={2}>
        {request.timeline.map((entry, index) => (
          <Timeline.Item key={`${entry.at}-${index}`} title={t(`changes.timeline.${entry.type}`, { actor: entry.actor })}>
            <Text size="xs" c="dimmed">
              {formatDateTime(entry.at)}
              {entry.stepUpAt ? ` · ${t('changes.timeline.afterStepUp')}` : ''}
            </Text>
            {entry.text ? (
              <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                {entry.type === 'scheduled' ? formatDateTime(entry.text) : entry.text}
              </Text>
            ) : null}
            {entry.drift ? <DriftRows planned={entry.drift.planned} now={entry.drift.now} /> : null}
          </Timeline.Item>
        ))}
      </Timeline>
      {request.can.comment ? (
        <Stack gap="xs" mt="md">
          {comment.error ? <ApiErrorAlert error={comment.error} title={t('changes.timeline.commentFailed')} /> : null}
          <Textarea label={t('changes.timeline.comment')} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={2} maxLength={2000} />
          <Group justify="flex-end">
            <Button variant="default" disabled={!text.trim()} loading={comment.isPending} onClick={() => comment.mutate(text, { onSuccess: () => setText('') })}>
              {t('changes.timeline.addComment')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Paper>
  );
}

/** What moved between the plan and the apply: the fields that differ now. */
function DriftRows({ planned, now }: { planned: unknown; now: unknown }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} mt={6}>
      <Text size="sm" fw={500}>
        {t('changes.timeline.driftTitle')}
      </Text>
      <ChangeDiffTable
        before={planned}
        after={now}
        label={t('changes.timeline.driftTitle')}
        beforeLabel={t('changes.timeline.planned')}
        afterLabel={t('changes.timeline.current')}
      />
    </Stack>
  );
}
