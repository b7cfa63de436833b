import { ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EndpointService } from '@portico/contracts/endpoint-services';

/** The service's mappings as they are, read-only: client port (on the endpoint) → server port (on the backend). */
export function PortMappingsTable({ ports }: { ports: EndpointService['ports'] }) {
  const { t } = useTranslation();
  if (ports.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('endpointServices.detail.noPorts')}
      </Text>
    );
  }
  return (
    // A long list scrolls in place (header kept) instead of stretching the page.
    <ScrollArea.Autosize mah={420} type="auto" offsetScrollbars viewportProps={{ tabIndex: 0 }}>
      <Table verticalSpacing={4} striped stickyHeader aria-label={t('endpointServices.portMappings')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={56} ta="right">
              #
            </Table.Th>
            <Table.Th ta="right">{t('endpointServices.clientPort')}</Table.Th>
            <Table.Th w={40} aria-hidden />
            <Table.Th ta="right">{t('endpointServices.serverPort')}</Table.Th>
            <Table.Th>{t('endpointServices.protocol')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ports.map((port, index) => (
            <Table.Tr key={index}>
              <Table.Td ta="right" c="dimmed" fz="sm">
                {index + 1}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {port.clientPort}
              </Table.Td>
              <Table.Td ta="center" c="dimmed" aria-hidden>
                →
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {port.serverPort}
              </Table.Td>
              <Table.Td fz="sm">{port.protocol}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
