import { useEffect } from 'react';
import { Badge, Group, Menu, Skeleton, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CloudProfile } from '@portico/contracts/profiles';
import { useActiveProfile } from '@/lib/active-profile';
import { IconAlert } from '@/components/ui/icons';
import { useProfiles } from '../api/get-profiles';

const cloudLabels = { alibaba: 'profile.alibaba', huawei: 'profile.huawei' } as const satisfies Record<CloudProfile['cloud'], string>;

/**
 * The screens that work today (VPC authorizations) speak to Alibaba Cloud, so the header offers
 * its profiles; Huawei profiles join when the endpoint services screen does.
 */
const switchable = (profiles: readonly CloudProfile[]) => profiles.filter((p) => p.cloud === 'alibaba');

/** The profile queries go to: the chosen one, else the BFF's default (first Alibaba profile). */
export function pickActiveProfile(profiles: readonly CloudProfile[], chosen: string | undefined): CloudProfile | undefined {
  const candidates = switchable(profiles);
  return candidates.find((p) => p.id === chosen) ?? candidates[0] ?? profiles[0];
}

function ProfileSummary({ profile }: { profile: CloudProfile }) {
  const { t } = useTranslation();
  return (
    // Narrower headers keep the name and region and drop the rest (the switcher's menu lists it all).
    <Group gap={8} wrap="nowrap" miw={0}>
      <Text size="sm" fw={600} data-testid="profile-name" truncate="end" maw={{ base: 120, sm: 220, lg: 'none' }}>
        {profile.name}
      </Text>
      <Text size="xs" c="dimmed" visibleFrom="lg" style={{ whiteSpace: 'nowrap' }}>
        {t(cloudLabels[profile.cloud])}
      </Text>
      <Badge variant="light" color="gray" size="sm" radius="sm" tt="none" data-testid="profile-region" visibleFrom="sm" style={{ flexShrink: 0 }}>
        {profile.region}
      </Badge>
      <Text size="xs" ff="monospace" c="dimmed" data-testid="profile-key" visibleFrom="xl">
        {profile.accessKeyIdMasked}
      </Text>
      {profile.emulated ? (
        <Tooltip label={t('profile.emulatorHint')}>
          <Badge color="grape" variant="filled" size="sm" radius="sm" visibleFrom="md" style={{ flexShrink: 0 }}>
            {t('profile.emulator')}
          </Badge>
        </Tooltip>
      ) : null}
    </Group>
  );
}

/** The active cloud profile in the header, with a menu to switch when there is more than one. */
export function ActiveProfile() {
  const { t } = useTranslation();
  const profiles = useProfiles();
  const { profileId, setProfileId } = useActiveProfile();
  const items = profiles.data?.items;

  // A remembered profile the BFF no longer has would fail every request: forget it.
  useEffect(() => {
    if (items && profileId && !switchable(items).some((p) => p.id === profileId)) setProfileId(undefined);
  }, [items, profileId, setProfileId]);

  if (profiles.isPending) return <Skeleton height={22} width={260} aria-label={t('profile.loading')} />;
  if (profiles.isError || !items) {
    return (
      <Group gap={6} c="orange" role="status">
        <IconAlert size={16} />
        <Text size="sm">{t('profile.unavailable')}</Text>
      </Group>
    );
  }

  const active = pickActiveProfile(items, profileId);
  if (!active)
    return (
      <Text size="sm" c="dimmed">
        {t('profile.none')}
      </Text>
    );

  const summary = <ProfileSummary profile={active} />;
  const choices = switchable(items);
  if (choices.length < 2) {
    return (
      <Group gap={6} aria-label={t('profile.active')} role="group">
        {summary}
      </Group>
    );
  }
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={320}>
      <Menu.Target>
        <UnstyledButton aria-label={t('profile.switch', { name: active.name })} px={6} py={4}>
          {summary}
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('profile.list')}</Menu.Label>
        {choices.map((profile) => (
          <Menu.Item key={profile.id} onClick={() => setProfileId(profile.id)} rightSection={profile.id === active.id ? <Text size="xs">✓</Text> : null}>
            <Text size="sm">{profile.name}</Text>
            <Text size="xs" c="dimmed">
              {t(cloudLabels[profile.cloud])} · {profile.region} · {profile.accessKeyIdMasked}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
