import type { ReactNode } from 'react';
import { Anchor, AppShell, Badge, Burger, Group, NavLink, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import { can, type Access } from '@portico/contracts/auth';
import { accessOf, routes } from '@portico/contracts/routes';
import { UserMenu } from '@/features/auth/components/user-menu';
import { ActiveProfile } from '@/features/profiles/components/active-profile';
import { IconGraph, IconHistory, IconNetwork, IconPlug, IconShield, IconStack, IconUsers, IconKey } from '@/components/ui/icons';
import { useSession } from '@/lib/session';
import { UnsavedChangesBoundary } from '@/lib/unsaved-changes';

interface NavItem {
  label: string;
  to: string;
  icon: ReactNode;
  soon?: boolean;
}

const navItems: NavItem[] = [
  { label: 'VPC authorizations', to: '/vpc-authorizations', icon: <IconPlug /> },
  { label: 'IP access control', to: '/ip-access-control', icon: <IconShield /> },
  { label: 'Backend models', to: '/backend-models', icon: <IconStack /> },
  { label: 'Endpoint services', to: '/endpoint-services', icon: <IconNetwork /> },
];

/** The console's own records; each item shows only for the roles that may open it. */
const consoleItems: (NavItem & { access: Access })[] = [
  { label: 'Bindings', to: '/bindings', icon: <IconGraph />, access: accessOf(routes.getInventory) },
  { label: 'Tasks', to: '/tasks', icon: <IconStack />, access: accessOf(routes.listTasks) },
  { label: 'Audit', to: '/audit', icon: <IconHistory />, access: accessOf(routes.listAudit) },
  { label: 'API tokens', to: '/tokens', icon: <IconKey />, access: accessOf(routes.listTokens) },
  { label: 'People', to: '/people', icon: <IconUsers />, access: accessOf(routes.listUsers) },
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

function NavItemLink({ item, pathname, onNavigate }: { item: NavItem; pathname: string; onNavigate: () => void }) {
  const current = pathname === item.to || pathname.startsWith(`${item.to}/`);
  return (
    <NavLink
      component={Link}
      to={item.to}
      label={item.label}
      leftSection={item.icon}
      rightSection={
        item.soon ? (
          <Badge size="xs" variant="light" color="gray">
            soon
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
  const { pathname } = useLocation();
  const navigation = useNavigation();
  const { user } = useSession();

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 264, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <a href="#main" className="portico-skip-link">
        Skip to content
      </a>
      {navigation.state === 'loading' ? <Progress value={100} animated size={3} radius={0} className="portico-nav-progress" aria-label="Loading page" /> : null}
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Brand />
          </Group>
          <Group gap="md" wrap="nowrap" miw={0}>
            <ActiveProfile />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label="Resources">
        <Stack gap={2}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt={4} pb={6}>
            Network access
          </Text>
          {navItems.map((item) => (
            <NavItemLink key={item.to} item={item} pathname={pathname} onNavigate={close} />
          ))}
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt="md" pb={6}>
            Console
          </Text>
          {consoleItems
            .filter((item) => can(user.role, item.access))
            .map((item) => (
              <NavItemLink key={item.to} item={item} pathname={pathname} onNavigate={close} />
            ))}
        </Stack>
      </AppShell.Navbar>

      <AppShell.Main id="main" className="portico-main">
        <UnsavedChangesBoundary>
          <Outlet />
        </UnsavedChangesBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
