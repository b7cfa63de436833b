import { useEffect } from 'react';
import { Badge, Group, Menu, Skeleton, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CloudProfile } from '@portico/contracts/profiles';
import { useLocation, useSearchParams } from 'react-router';
import { useActiveProfile } from '@/lib/active-profile';
import { setHuaweiProfile, useChosenHuaweiProfile } from '@/lib/huawei-profile';
import { IconAlert } from '@/components/ui/icons';
import { useProfiles } from '../api/get-profiles';

const cloudLabels = { alibaba: 'profile.alibaba', huawei: 'profile.huawei' } as const satisfies Record<CloudProfile['cloud'], string>;

/** Which cloud a screen speaks to: endpoint services are Huawei's; every other resource screen is Alibaba's. */
export function cloudOfPath(pathname: string): CloudProfile['cloud'] {
  return pathname === '/endpoint-services' || pathname.startsWith('/endpoint-services/') ? 'huawei' : 'alibaba';
}

const switchable = (profiles: readonly CloudProfile[], cloud: CloudProfile['cloud']) => profiles.filter((p) => p.cloud === cloud);

/** The profile queries go to: the chosen one of the screen's cloud, else the BFF's default (its first profile of that cloud). */
export function pickActiveProfile(profiles: readonly CloudProfile[], chosen: string | undefined, cloud: CloudProfile['cloud'] = 'alibaba'): CloudProfile | undefined {
  const candidates = switchable(profiles, cloud);
  return candidates.find((p) => p.id === chosen) ?? candidates[0];
}

/**
 * The choice of each cloud, remembered apart (a Huawei project is not an Alibaba region), and
 * `?profile=` in the URL: a link or a reload with it opens that profile, and picking one puts it there.
 */
function useScreenProfile(cloud: CloudProfile['cloud']) {
  const alibaba = useActiveProfile();
  const huawei = useChosenHuaweiProfile();
  const [params, setParams] = useSearchParams();
  const chosen = cloud === 'huawei' ? huawei : alibaba.profileId;
  const remember = cloud === 'huawei' ? setHuaweiProfile : alibaba.setProfileId;
  const choose = (id: string) => {
    remember(id);
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set('profile', id);
        return next;
      },
      { replace: true },
    );
  };
  return { chosen, remember, choose, fromUrl: params.get('profile') ?? undefined };
}

/** In the phone's navigation drawer there is a line to itself: everything shows, wrapping, nothing cut. */
function ProfileSummaryWhole({ profile }: { profile: CloudProfile }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap">
      <Text size="sm" fw={600} data-testid="profile-name" style={{ overflowWrap: 'anywhere' }}>
        {profile.name}
      </Text>
      <Badge variant="light" color="gray" size="sm" radius="sm" tt="none" data-testid="profile-region">
        {profile.region}
      </Badge>
      {profile.emulated ? (
        <Badge color="grape" variant="filled" size="sm" radius="sm">
          {t('profile.emulator')}
        </Badge>
      ) : null}
    </Group>
  );
}

function ProfileSummary({ profile, whole }: { profile: CloudProfile; whole: boolean }) {
  const { t } = useTranslation();
  if (whole) return <ProfileSummaryWhole profile={profile} />;
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

/** The profile of the screen's cloud in the header (`whole`: in the phone's navigation), with a menu to switch among that cloud's profiles. */
export function ActiveProfile({ whole = false }: { whole?: boolean }) {
  const { t } = useTranslation();
  const profiles = useProfiles();
  const cloud = cloudOfPath(useLocation().pathname);
  const { chosen: profileId, remember, choose, fromUrl } = useScreenProfile(cloud);
  const items = profiles.data?.items;

  useEffect(() => {
    if (!items) return;
    const own = switchable(items, cloud);
    // The URL's choice wins when it names a profile of this cloud; one the BFF no longer has is forgotten.
    if (fromUrl && fromUrl !== profileId && own.some((p) => p.id === fromUrl)) remember(fromUrl);
    else if (profileId && !own.some((p) => p.id === profileId)) remember(undefined);
  }, [items, cloud, fromUrl, profileId, remember]);

  if (profiles.isPending) return <Skeleton height={22} width={260} aria-label={t('profile.loading')} />;
  if (profiles.isError || !items) {
    return (
      <Group gap={6} c="orange" role="status">
        <IconAlert size={16} />
        <Text size="sm">{t('profile.unavailable')}</Text>
      </Group>
    );
  }

  const active = pickActiveProfile(items, profileId, cloud);
  if (!active)
    return (
      <Text size="sm" c="dimmed">
        {t('profile.none', { cloud: t(cloudLabels[cloud]) })}
      </Text>
    );

  const summary = <ProfileSummary profile={active} whole={whole} />;
  const choices = switchable(items, cloud);
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
        <Menu.Label>{t('profile.list', { cloud: t(cloudLabels[cloud]) })}</Menu.Label>
        {choices.map((profile) => (
          <Menu.Item key={profile.id} onClick={() => choose(profile.id)} rightSection={profile.id === active.id ? <Text size="xs">✓</Text> : null}>
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
