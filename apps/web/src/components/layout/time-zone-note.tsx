import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { timeZoneLabel } from '@/lib/format';

/** "Times in Asia/Shanghai (GMT+8)": said once above a list of moments (audit), in the reader's language. */
export function TimeZoneNote() {
  const { t, i18n } = useTranslation();
  return (
    <Text size="xs" c="dimmed" data-testid="time-zone">
      {t('format.timeZone', { zone: timeZoneLabel(undefined, undefined, i18n.language) })}
    </Text>
  );
}
