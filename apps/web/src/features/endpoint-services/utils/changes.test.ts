import { describe, expect, it } from 'vitest';
import type { EndpointService } from '@portico/contracts/endpoint-services';
import { diffMappings, editDefaults, serviceChanges } from './changes';

const m = (clientPort: number, serverPort: number) => ({ clientPort, serverPort, protocol: 'TCP' as const });

const service: EndpointService = {
  id: '5c7a0a50-0000-4000-8000-000000000001',
  serviceName: 'billing-vm',
  serverType: 'VM',
  serviceType: 'interface',
  status: 'available',
  approvalEnabled: false,
  tcpProxy: 'close',
  description: 'Billing service',
  ports: [m(8080, 80), m(8443, 443), m(9090, 9090)],
};

describe('diffMappings', () => {
  it('when mappings are added and removed, then both are listed and the rest counted unchanged', () => {
    const diff = diffMappings(service.ports, [m(8080, 80), m(9090, 9091), m(22, 22)]);
    expect(diff.added).toEqual([m(9090, 9091), m(22, 22)]);
    expect(diff.removed).toEqual([m(8443, 443), m(9090, 9090)]);
    expect(diff.unchanged).toBe(1);
    expect(diff.changed).toBe(true);
  });

  it('when only the order changed, then nothing changed', () => {
    const diff = diffMappings(service.ports, [m(9090, 9090), m(8080, 80), m(8443, 443)]);
    expect(diff).toEqual({ added: [], removed: [], unchanged: 3, reordered: true, changed: false });
  });

  it('when a mapping is repeated, then each copy counts', () => {
    expect(diffMappings([m(1, 1)], [m(1, 1), m(1, 1)]).added).toEqual([m(1, 1)]);
    expect(diffMappings([m(1, 1), m(1, 1)], [m(1, 1)]).removed).toEqual([m(1, 1)]);
  });
});

describe('serviceChanges', () => {
  it('when nothing was edited, then nothing changes and the body is empty', () => {
    const values = editDefaults(service);
    const changes = serviceChanges(service, { ...values, ports: values.ports.map((p) => ({ ...p, protocol: 'TCP' as const })) });
    expect(changes).toMatchObject({ changed: false, fields: [], body: {} });
  });

  it('when some fields changed, then only those are in the body, each with its old and new value', () => {
    const changes = serviceChanges(service, {
      serviceName: 'billing-vm',
      description: 'Billing',
      approvalEnabled: true,
      tcpProxy: 'proxy_open',
      ports: [m(8080, 80), m(8443, 443), m(9090, 9090), m(22, 22)],
    });
    expect(changes.body).toEqual({
      description: 'Billing',
      approvalEnabled: true,
      tcpProxy: 'proxy_open',
      ports: [m(8080, 80), m(8443, 443), m(9090, 9090), m(22, 22)],
    });
    expect(changes.fields.map((f) => [f.label, f.current, f.next])).toEqual([
      ['Description', 'Billing service', 'Billing'],
      ['Approval required', 'Off: endpoints connect at once', 'On: new endpoint connections wait for your approval'],
      ['TCP proxy', 'close (Off: the server sees the endpoint, not the client)', 'proxy_open (Proxy Protocol: client address in the TCP payload)'],
    ]);
    expect(changes.ports).toMatchObject({ added: [m(22, 22)], removed: [], unchanged: 3 });
  });

  it('when the mappings were only sorted, then they are not sent', () => {
    const changes = serviceChanges(service, { ...editDefaults(service), ports: [m(9090, 9090), m(8443, 443), m(8080, 80)] });
    expect(changes.body).toEqual({});
    expect(changes.ports.reordered).toBe(true);
  });

  it('when the cloud sent no description or proxy setting, then leaving them empty changes nothing', () => {
    const bare: EndpointService = { ...service, description: undefined, tcpProxy: undefined };
    const defaults = editDefaults(bare);
    expect(defaults.description).toBe('');
    expect(defaults.tcpProxy).toBeUndefined();
    expect(serviceChanges(bare, { ...defaults, ports: service.ports.map((p) => ({ ...p, protocol: 'TCP' as const })) }).changed).toBe(false);
  });
});

describe('clearing the name', () => {
  it('when the name is cleared, then the review says the service is then shown by its id everywhere, in either language', async () => {
    const { i18n } = await import('@/lib/i18n/i18n');
    const field = serviceChanges(service, { serviceName: '' }).fields[0];
    expect(field).toMatchObject({ key: 'serviceName', current: 'billing-vm' });
    expect(field?.next).toBe(`(no name) — the service is then shown by its id ${service.id} everywhere`);
    expect(serviceChanges(service, { serviceName: '' }).body).toEqual({ serviceName: '' });
    await i18n.changeLanguage('zh-CN');
    try {
      expect(serviceChanges(service, { serviceName: '' }).fields[0]).toMatchObject({ label: '服务名称', next: expect.stringContaining(`将以其 ID ${service.id} 显示`) });
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
