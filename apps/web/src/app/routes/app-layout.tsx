import type { ReactNode } from 'react';
import { Anchor, AppShell, Badge, Burger, Group, NavLink, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import { ActiveProfile } from '@/features/profiles/components/active-profile';
import { IconNetwork, IconPlug, IconShield, IconStack } from '@/components/ui/icons';

interface NavItem {
  label: string;
  to: string;
  icon: ReactNode;
  soon?: boolean;
}

const navItems: NavItem[] = [
  { label: 'VPC authorizations', to: '/vpc-authorizations', icon: <IconPlug /> },
  { label: 'IP access control', to: '/ip-access-control', icon: <IconShield />, soon: true },
  { label: 'Backend models', to: '/backend-models', icon: <IconStack />, soon: true },
  { label: 'Endpoint services', to: '/endpoint-services', icon: <IconNetwork />, soon: true },
];

function Brand() {
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

/** The shell: header with the active cloud profile, navigation, and the routed page. */
export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  const navigation = useNavigation();

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 264, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <a href="#main" className="portico-skip-link">
        Skip to content
      </a>
      {navigation.state === 'loading' ? (
        <Progress value={100} animated size={3} radius={0} className="portico-nav-progress" aria-label="Loading page" />
      ) : null}
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Brand />
          </Group>
          <ActiveProfile />
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label="Resources">
        <Stack gap={2} component="nav">
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt={4} pb={6}>
            Network access
          </Text>
          {navItems.map((item) => (
            <NavLink
              key={item.to}
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
              active={pathname === item.to || pathname.startsWith(`${item.to}/`)}
              aria-current={pathname === item.to || pathname.startsWith(`${item.to}/`) ? 'page' : undefined}
              onClick={close}
              variant="light"
            />
          ))}
        </Stack>
      </AppShell.Navbar>

      <AppShell.Main id="main" className="portico-main">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
