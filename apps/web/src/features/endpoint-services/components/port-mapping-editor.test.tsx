// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EndpointServiceDetail } from '@portico/contracts/endpoint-services';
import { i18n } from '@/lib/i18n/i18n';
import { renderWithApp } from '@/testing/render';
import { EditEndpointServiceForm } from './edit-endpoint-service-form';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

const detail: EndpointServiceDetail = {
  service: {
    id: '5c7a0a50-0000-4000-8000-000000000001',
    serviceName: 'billing-vm',
    serverType: 'VM',
    serviceType: 'interface',
    status: 'available',
    approvalEnabled: false,
    tcpProxy: 'close',
    description: 'Billing service',
    ports: [{ clientPort: 8080, serverPort: 80, protocol: 'TCP' }],
  },
  connections: [],
  sharingPortId: [],
};

const renderEditor = () => renderWithApp(<EditEndpointServiceForm detail={detail} cancelTo="/" onSaved={vi.fn()} />);
const table = () => screen.getByRole('table', { name: /Port mappings|端口映射/ });

describe('PortMappingEditor', () => {
  it('when a mapping is added, then focus moves to its client port and it is announced; a bad port is named by its row', async () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Add mapping' }));
    const client = await screen.findByLabelText('Client port 2');
    expect(document.activeElement).toBe(client);
    expect(screen.getByText('Added mapping 2.')).toBeTruthy();
    fireEvent.change(client, { target: { value: '70000' } });
    expect(await within(table()).findByText('Row 2: client port must be between 1 and 65535')).toBeTruthy();
  });

  it('when a client port is mapped twice, then the later row names the first, and the first says where it is repeated', async () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Add mapping' }));
    fireEvent.change(await screen.findByLabelText('Client port 2'), { target: { value: '8080' } });
    fireEvent.change(screen.getByLabelText('Server port 2'), { target: { value: '81' } });
    expect(await screen.findByText('Row 2: client port 8080 is already mapped in row 1')).toBeTruthy();
    expect(screen.getByText('Mapped again in row 2')).toBeTruthy();
    expect(screen.getByText('To review, fix 1 row (first: row 2) in the port mappings.')).toBeTruthy();
  });

  it('when a mapping is removed in Chinese, then the announcement and the headers are Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    renderEditor();
    expect(within(table()).getByText('客户端端口')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '删除映射 1' }));
    expect(await screen.findByText('已删除映射 1。')).toBeTruthy();
    expect(screen.getByText(/没有端口映射/)).toBeTruthy();
  });

  it('when the name is cleared, then the review says the service will be shown by its id everywhere', async () => {
    renderEditor();
    fireEvent.change(screen.getByLabelText('Service name'), { target: { value: '' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Review changes' })));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(`(no name) — the service is then shown by its id ${detail.service.id} everywhere`)).toBeTruthy();
  });
});
