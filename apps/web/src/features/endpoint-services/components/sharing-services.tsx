import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import type { EndpointServiceDetail } from '@portico/contracts/endpoint-services';
import { Link } from 'react-router';
import { plural } from '@/lib/format';
import { endpointServicePath } from './endpoint-service-table';

/**
 * Other services on the same backend port_id. The cloud wants every (server port, protocol) on
 * one backend port to belong to one service, so their server ports are taken for this one.
 */
export function SharingServices({ services }: { services: EndpointServiceDetail['sharingPortId'] }) {
  if (services.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No other service uses this backend port: any server port is free.
      </Text>
    );
  }
  return (
    <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Services sharing this backend port">
      {services.map((service) => {
        const serverPorts = [...new Set(service.ports.map((p) => `${p.serverPort}/${p.protocol}`))];
        return (
          <Paper component="li" key={service.id} withBorder radius="sm" p="sm">
            <Group justify="space-between" align="baseline" wrap="wrap" gap="xs">
              <Anchor component={Link} to={endpointServicePath(service.id)} fw={500}>
                {service.serviceName || service.id}
              </Anchor>
              <Text size="xs" c="dimmed">
                {plural(serverPorts.length, 'server port')} taken
              </Text>
            </Group>
            <Text size="sm" ff="monospace" mt={4} style={{ overflowWrap: 'anywhere' }}>
              {serverPorts.length > 0 ? serverPorts.join(', ') : '—'}
            </Text>
          </Paper>
        );
      })}
    </Stack>
  );
}
