import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import type { FindingSeverity, HomeFindings } from '@portico/contracts/home';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '@/lib/format';
import { HomeCard } from './home-card';

const severityColors: Record<FindingSeverity, string> = { high: 'red', warning: 'orange', info: 'blue' };
const severities: FindingSeverity[] = ['high', 'warning', 'info'];
const bindingsPath = (profile: string) => `/bindings?profile=${encodeURIComponent(profile)}`;

function ProfileFindings({ findings }: { findings: HomeFindings }) {
  const { t } = useTranslation();
  if (findings.state === 'not-built') {
    return (
      <Text size="sm" c="dimmed">
        {t('home.findings.notBuilt')}{' '}
        <Anchor component={Link} to={bindingsPath(findings.profile)} size="sm">
          {t('home.findings.openBindings')}
        </Anchor>
      </Text>
    );
  }
  const total = severities.reduce((sum, s) => sum + findings.open[s], 0);
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        {total === 0 ? (
          <Text size="sm">{t('home.findings.noneOpen')}</Text>
        ) : (
          severities.map((severity) => (
            <Anchor key={severity} component={Link} to={bindingsPath(findings.profile)} underline="never" data-severity={severity}>
              <Badge color={severityColors[severity]} variant={findings.open[severity] ? 'filled' : 'light'} radius="sm" tt="none" size="lg">
                {t(`home.findings.${severity}`, { count: findings.open[severity] })}
              </Badge>
            </Anchor>
          ))
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {t('home.findings.asOf', { at: formatDateTime(findings.asOf, { withZone: true }) })}
        {findings.suppressed ? ` · ${t('home.findings.suppressed', { count: findings.suppressed })}` : ''}
      </Text>
    </Stack>
  );
}

/** Open findings of each profile's bindings inventory as last built; never starts a build. */
export function FindingsSummary({ findings }: { findings: HomeFindings[] }) {
  const { t } = useTranslation();
  if (findings.length === 0) return null;
  return (
    <HomeCard id="home-findings" title={t('home.findings.title')}>
      <Stack gap="sm">
        {findings.map((f) => (
          <Stack key={f.profile} gap={4} data-profile={f.profile}>
            <Text fw={600} size="sm">
              {f.profileName}
            </Text>
            <ProfileFindings findings={f} />
          </Stack>
        ))}
      </Stack>
    </HomeCard>
  );
}
