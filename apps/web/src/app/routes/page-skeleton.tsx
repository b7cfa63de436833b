import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What shows while the first screen's code loads. */
export function PageSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" p="lg" aria-busy="true" aria-label={t('shell.loadingPage')}>
      <Skeleton height={28} width={280} />
      <Skeleton height={14} width={420} />
      <Skeleton height={240} />
    </Stack>
  );
}
