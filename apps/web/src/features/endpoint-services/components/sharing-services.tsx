import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EndpointServiceDetail } from '@portico/contracts/endpoint-services';
import { Link } from 'react-router';
import { endpointServicePath } from './endpoint-service-table';

/**
 * Other services on the same backend port_id. The cloud wants every (server port, protocol) on
 * one backend port to belong to one service, so their server ports are taken for this one.
 */
export function SharingServices({ services }: { services: EndpointServiceDetail['sharingPortId'] }) {
  const { t } = useTranslation();
  if (services.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('endpointServices.detail.noSharing')}
      </Text>
    );
  }
  return (
    <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('endpointServices.detail.sharing')}>
      {services.map((service) => {
        const serverPorts = [...new Set(service.ports.map((p) => `${p.serverPort}/${p.protocol}`))];
        return (
          <Paper component="li" key={service.id} withBorder radius="sm" p="sm">
            <Group justify="space-between" align="baseline" wrap="wrap" gap="xs">
              <Anchor component={Link} to={endpointServicePath(service.id)} fw={500}>
                {service.serviceName || service.id}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t('endpointServices.detail.serverPortsTaken', { count: serverPorts.length })}
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
