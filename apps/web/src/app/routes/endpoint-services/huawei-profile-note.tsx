import { Badge, Group, Text } from '@mantine/core';
import { useProfiles } from '@/features/profiles/api/get-profiles';

/**
 * The header shows the Alibaba profile; these screens speak to Huawei Cloud, through the BFF's
 * first Huawei profile (see the endpoint services' `useHuaweiProfile`). Say which one.
 */
export function HuaweiProfileNote() {
  const profiles = useProfiles();
  const huawei = profiles.data?.items.find((p) => p.cloud === 'huawei');
  if (!profiles.data) return null;
  if (!huawei) {
    return (
      <Text size="sm" c="orange.8" role="status">
        No Huawei Cloud profile is configured.
      </Text>
    );
  }
  return (
    <Group gap={8} wrap="nowrap" aria-label="Huawei Cloud profile" role="group">
      <Text size="xs" c="dimmed">
        Huawei Cloud
      </Text>
      <Text size="sm" fw={600}>
        {huawei.name}
      </Text>
      <Badge variant="light" color="gray" size="sm" radius="sm" tt="none">
        {huawei.region}
      </Badge>
      {huawei.emulated ? (
        <Badge color="grape" variant="filled" size="sm" radius="sm">
          emulator
        </Badge>
      ) : null}
    </Group>
  );
}
