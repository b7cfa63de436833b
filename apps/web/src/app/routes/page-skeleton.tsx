import { Skeleton, Stack } from '@mantine/core';

/** What shows while the first screen's code loads. */
export function PageSkeleton() {
  return (
    <Stack gap="md" p="lg" aria-busy="true" aria-label="Loading">
      <Skeleton height={28} width={280} />
      <Skeleton height={14} width={420} />
      <Skeleton height={240} />
    </Stack>
  );
}
