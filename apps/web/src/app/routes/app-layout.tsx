import type { ReactNode } from 'react';
import { Anchor, AppShell, Badge, Box, Burger, Group, NavLink, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import type { Access } from '@portico/contracts/auth';
import { decide, type ResourceKind } from '@portico/contracts/grants';
import { accessOf, routes } from '@portico/contracts/routes';
import { UserMenu } from '@/features/auth/components/user-menu';
import { ActiveProfile } from '@/features/profiles/components/active-profile';
import { ColorSchemeMenu, LanguageMenu } from '@/components/layout/display-menus';
import { IconCheck, IconGraph, IconHistory, IconNetwork, IconPlug, IconShield, IconStack, IconUsers, IconKey, IconLock } from '@/components/ui/icons';
import { useWaitingCount } from '@/features/changes/api/changes';
import { HeldChangeModal } from '@/features/changes/components/held-change-modal';
import { useSession } from '@/lib/session';
import { UnsavedChangesBoundary } from '@/lib/unsaved-changes';
import { deniedReason } from '@/lib/roles';

type NavKey =
  'vpcAuthorizations' | 'ipAccessControl' | 'backendModels' | 'endpointServices' | 'bindings' | 'audit' | 'tasks' | 'changes' | 'tokens' | 'permissions' | 'people';

interface NavItem {
  label: NavKey;
  to: string;
  icon: ReactNode;
  soon?: boolean;
}

/** Each resource screen shows for people whose grants let them read that kind somewhere. */
const navItems: (NavItem & { kind: ResourceKind })[] = [
  { label: 'vpcAuthorizations', to: '/vpc-authorizations', icon: <IconPlug />, kind: 'vpc-authorization' },
  { label: 'ipAccessControl', to: '/ip-access-control', icon: <IconShield />, kind: 'ip-control' },
  { label: 'backendModels', to: '/backend-models', icon: <IconStack />, kind: 'backend-model' },
  { label: 'endpointServices', to: '/endpoint-services', icon: <IconNetwork />, kind: 'endpoint-service' },
];

/** The console's own records; each item shows only to people who may open it. */
const consoleItems: (NavItem & { access: Access; wholeProfile?: boolean })[] = [
  { label: 'bindings', to: '/bindings', icon: <IconGraph />, access: accessOf(routes.getInventory), wholeProfile: true },
  { label: 'changes', to: '/changes', icon: <IconCheck />, access: accessOf(routes.listChanges) },
  { label: 'tasks', to: '/tasks', icon: <IconStack />, access: accessOf(routes.listTasks) },
  { label: 'audit', to: '/audit', icon: <IconHistory />, access: accessOf(routes.listAudit) },
  { label: 'tokens', to: '/tokens', icon: <IconKey />, access: accessOf(routes.listTokens) },
  { label: 'permissions', to: '/access', icon: <IconLock />, access: 'read' },
  { label: 'people', to: '/people', icon: <IconUsers />, access: accessOf(routes.listUsers) },
];

export function Brand() {
  return (
    <Anchor component={Link} to="/" underline="never" c="inherit">
      <Group gap={8} wrap="nowrap">
        <ThemeIcon size={28} radius="md" variant="filled" aria-hidden>
          <svg width="16" height="16" viewBox="0 0 32 32" aria-hidden="true">
            <path d="M6 27V11l10-6 10 6v16h-6v-9h-8v9z" fill="currentColor" />
          </svg>
        </ThemeIcon>
        <Text fw={700} fz="lg" lts={-0.2}>
          Portico
        </Text>
      </Group>
    </Anchor>
  );
}

function NavItemLink({ item, pathname, onNavigate, count }: { item: NavItem; pathname: string; onNavigate: () => void; count?: number | undefined }) {
  const { t } = useTranslation();
  const current = pathname === item.to || pathname.startsWith(`${item.to}/`);
  return (
    <NavLink
      component={Link}
      to={item.to}
      label={t(`nav.${item.label}`)}
      leftSection={item.icon}
      rightSection={
        item.soon ? (
          <Badge size="xs" variant="light" color="gray">
            {t('shell.soon')}
          </Badge>
        ) : count ? (
          <Badge size="sm" variant="filled" color="orange" circle aria-label={t('nav.waitingForYou', { count })}>
            {count}
          </Badge>
        ) : null
      }
      active={current}
      aria-current={current ? 'page' : undefined}
      onClick={onNavigate}
      variant="light"
    />
  );
}

/** The shell: header with the active cloud profile, navigation, and the routed page. */
export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure(false);
  // Mantine's `sm` breakpoint, where the navigation becomes a drawer.
  const phone = useMediaQuery('(max-width: 47.99em)') ?? false;
  const { pathname } = useLocation();
  const navigation = useNavigation();
  const { grants } = useSession();
  const { t } = useTranslation();
  const waiting = useWaitingCount(deniedReason(grants, accessOf(routes.listChanges)) === undefined);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 264, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <a href="#main" className="portico-skip-link">
        {t('shell.skipToContent')}
      </a>
      {navigation.state === 'loading' ? <Progress value={100} animated size={3} radius={0} className="portico-nav-progress" aria-label={t('shell.loadingPage')} /> : null}
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.toggleNavigation')} />
            <Brand />
          </Group>
          <Group gap="xs" wrap="nowrap" miw={0}>
            {/* The profile gives way first on a narrow screen: the account menu (and Sign out) stays in view.
                On a phone it moves to the top of the navigation rather than show as a cut sliver. */}
            {phone ? null : (
              <Box miw={0} style={{ flexShrink: 1, overflow: 'hidden' }}>
                <ActiveProfile />
              </Box>
            )}
            <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
              <LanguageMenu />
              <ColorSchemeMenu />
              <UserMenu />
            </Group>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label={t('shell.navigation')}>
        {/* One profile on screen at a time (its switcher keeps the choice): here on a phone. */}
        {phone ? (
          <Box px="sm" pb="sm" mb="xs" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
            <ActiveProfile whole />
          </Box>
        ) : null}
        <Stack gap={2}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt={4} pb={6}>
            {t('shell.networkAccess')}
          </Text>
          {navItems
            .filter((item) => deniedReason(grants, 'read', { kind: item.kind }) === undefined)
            .map((item) => (
              <NavItemLink key={item.to} item={item} pathname={pathname} onNavigate={close} />
            ))}
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt="md" pb={6}>
            {t('shell.console')}
          </Text>
          {consoleItems
            .filter((item) => (item.wholeProfile ? decide(grants, { need: 'read', wholeProfile: true }) : deniedReason(grants, item.access)) === undefined)
            .map((item) => (
              <NavItemLink key={item.to} item={item} pathname={pathname} onNavigate={close} count={item.label === 'changes' ? waiting.data : undefined} />
            ))}
        </Stack>
      </AppShell.Navbar>

      <AppShell.Main id="main" className="portico-main">
        <UnsavedChangesBoundary>
          <Outlet />
          <HeldChangeModal />
        </UnsavedChangesBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
