import { useEffect } from 'react';
import { Badge, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import type { CloudProfile } from '@portico/contracts/profiles';
import { useProfiles } from '@/features/profiles/api/get-profiles';
import { setHuaweiProfile, useChosenHuaweiProfile } from '@/lib/huawei-profile';

function Summary({ profile }: { profile: CloudProfile }) {
  return (
    <Group gap={8} wrap="nowrap">
      <Text size="xs" c="dimmed">
        Huawei Cloud
      </Text>
      <Text size="sm" fw={600}>
        {profile.name}
      </Text>
      <Badge variant="light" color="gray" size="sm" radius="sm" tt="none" data-testid="huawei-profile-region">
        {profile.region}
      </Badge>
      {profile.emulated ? (
        <Badge color="grape" variant="filled" size="sm" radius="sm">
          emulator
        </Badge>
      ) : null}
    </Group>
  );
}

/**
 * The header shows the Alibaba profile; these screens speak to Huawei Cloud. Say through which
 * profile (project and region), and offer the others when there are several.
 */
export function HuaweiProfileNote() {
  const profiles = useProfiles();
  const chosenId = useChosenHuaweiProfile();
  const huawei = profiles.data?.items.filter((p) => p.cloud === 'huawei') ?? [];
  const chosen = huawei.find((p) => p.id === chosenId);

  // A remembered profile the BFF no longer has would fail every request: forget it.
  useEffect(() => {
    if (profiles.data && chosenId && !chosen) setHuaweiProfile(undefined);
  }, [profiles.data, chosenId, chosen]);

  if (!profiles.data) return null;
  const active = chosen ?? huawei[0];
  if (!active) {
    return (
      <Text size="sm" c="orange" role="status">
        No Huawei Cloud profile is configured.
      </Text>
    );
  }
  if (huawei.length < 2) {
    return (
      <Group gap={8} wrap="nowrap" aria-label="Huawei Cloud profile" role="group">
        <Summary profile={active} />
      </Group>
    );
  }
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={320}>
      <Menu.Target>
        <UnstyledButton aria-label={`Huawei Cloud profile: ${active.name}. Switch profile`} px={6} py={4}>
          <Summary profile={active} />
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Huawei Cloud profiles</Menu.Label>
        {huawei.map((profile) => (
          <Menu.Item key={profile.id} onClick={() => setHuaweiProfile(profile.id)} rightSection={profile.id === active.id ? <Text size="xs">✓</Text> : null}>
            <Text size="sm">{profile.name}</Text>
            <Text size="xs" c="dimmed">
              {profile.region} · {profile.accessKeyIdMasked}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
