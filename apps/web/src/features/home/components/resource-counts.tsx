import { Anchor, Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ResourceKind } from '@portico/contracts/grants';
import type { HomeCount, HomeProfile } from '@portico/contracts/home';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HomeCard } from './home-card';

/** Where each kind's list lives. */
export const listPaths: Record<ResourceKind, string> = {
  'vpc-authorization': '/vpc-authorizations',
  'ip-control': '/ip-access-control',
  'backend-model': '/backend-models',
  'endpoint-service': '/endpoint-services',
};

const withProfile = (path: string, profile: string) => `${path}?profile=${encodeURIComponent(profile)}`;

function CountLink({ count, profile }: { count: HomeCount; profile: string }) {
  const { t } = useTranslation();
  const label = t(`home.kinds.${count.kind}`);
  const value = count.count === null ? '—' : `${count.count}${count.more ? '+' : ''}`;
  return (
    <Anchor component={Link} to={withProfile(listPaths[count.kind], profile)} underline="never" data-kind={count.kind}>
      <Stack gap={0} className="portico-home-count">
        <Text fz={28} fw={700} lh={1.1} c="var(--mantine-color-text)" title={count.count === null ? t('home.counts.unknown') : count.more ? t('home.counts.more') : undefined}>
          {value}
        </Text>
        <Text size="sm">{label}</Text>
      </Stack>
    </Anchor>
  );
}

/** Per profile, how many resources of each kind the person may see; each links to its list. */
export function ResourceCounts({ profiles }: { profiles: HomeProfile[] }) {
  const { t } = useTranslation();
  return (
    <HomeCard id="home-resources" title={t('home.counts.title')}>
      {profiles.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('home.counts.none')}
        </Text>
      ) : (
        <Stack gap="md">
          {profiles.map((profile) => (
            <Stack key={profile.id} gap={6} data-profile={profile.id}>
              <Group gap="xs" wrap="wrap">
                <Text fw={600} size="sm">
                  {profile.name}
                </Text>
                <Badge variant="light" color={profile.cloud === 'alibaba' ? 'orange' : 'red'} size="sm" radius="sm" tt="none">
                  {t(`home.clouds.${profile.cloud}`)} · {profile.region}
                </Badge>
              </Group>
              <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
                {profile.counts.map((count) => (
                  <CountLink key={count.kind} count={count} profile={profile.id} />
                ))}
              </SimpleGrid>
            </Stack>
          ))}
        </Stack>
      )}
    </HomeCard>
  );
}
