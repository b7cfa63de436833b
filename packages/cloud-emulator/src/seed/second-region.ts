import { DEMO_HUAWEI_SECOND_PROJECT_ID, DEMO_HUAWEI_SECOND_REGION, DEMO_SECOND_REGION } from '../config.ts';
import { parseSeedDocument, type SeedDocument } from './seed-document.ts';

/**
 * The seeded account's second region of each cloud: smaller than the first and different from
 * it, so that a console with a profile per region shows two clouds (one group of three APIs,
 * two authorizations, an ACL and a backend in Alibaba's cn-shenzhen; two endpoint services in
 * Huawei's cn-east-3 project). Written as a seed document, the format EMULATOR_SEED_FILE takes.
 */
export const SECOND_REGION_SEED: SeedDocument = parseSeedDocument(
  {
    version: 1,
    alibaba: [
      {
        region: DEMO_SECOND_REGION,
        groups: [
          {
            name: 'portico_shipping',
            description: 'Shipping quotes and labels, served from Shenzhen',
            basePath: '/shipping',
            tags: [{ Key: 'team', Value: 'logistics' }],
            apis: [
              { name: 'quote_shipment', method: 'POST', path: '/quotes', description: 'Quote a shipment' },
              { name: 'get_label', path: '/labels/[labelId]', description: 'Fetch a shipping label' },
              { name: 'track_parcel', path: '/parcels/[parcelId]', description: 'Track a parcel', stages: ['TEST', 'RELEASE'] },
            ],
          },
        ],
        vpcAccesses: [
          {
            name: 'vpc-shipping-sh-slb',
            vpcId: 'vpc-wz9shippingportico01',
            instanceId: 'lb-wz9shippingportico01',
            port: 8080,
            description: 'Shipping backend behind the Shenzhen SLB',
            bindings: [
              { group: 'portico_shipping', api: 'quote_shipment', stage: 'RELEASE' },
              { group: 'portico_shipping', api: 'get_label', stage: 'RELEASE' },
            ],
          },
          {
            name: 'vpc-shipping-sh-spare',
            vpcId: 'vpc-wz9shippingportico01',
            instanceId: 'i-wz9shippingspare0001',
            port: 9000,
            description: 'Spare ECS, not bound yet',
          },
        ],
        ipControls: [
          {
            name: 'portico_shipping_partners',
            type: 'ALLOW',
            description: 'Carriers allowed to call the shipping APIs',
            policies: [{ cidrIp: '203.0.113.0/24', appId: '220001' }, { cidrIp: '198.51.100.7;198.51.100.8' }],
            bindings: [{ group: 'portico_shipping', api: 'quote_shipment', stage: 'RELEASE' }],
          },
        ],
        backends: [
          {
            name: 'portico-shipping-http',
            type: 'HTTP',
            description: 'Shipping service over HTTP',
            models: {
              TEST: { ServiceAddress: 'http://shipping-test.internal.example.com' },
              RELEASE: { ServiceAddress: 'https://shipping.internal.example.com' },
            },
            bindings: [{ group: 'portico_shipping', api: 'track_parcel', stage: 'RELEASE' }],
          },
        ],
      },
    ],
    huawei: [
      {
        projectId: DEMO_HUAWEI_SECOND_PROJECT_ID,
        region: DEMO_HUAWEI_SECOND_REGION,
        services: [
          {
            name: 'east-gateway',
            serverType: 'LB',
            approvalEnabled: true,
            description: 'Gateway of the cn-east-3 deployment',
            ports: [
              { client_port: 443, server_port: 8443 },
              { client_port: 80, server_port: 8080 },
            ],
            connections: [{ status: 'accepted' }, { status: 'pendingAcceptance', description: 'analytics team' }],
          },
          {
            name: 'east-reports',
            serverType: 'VM',
            tcpProxy: 'proxy_open',
            description: 'Reporting service',
            ports: [{ client_port: 9100, server_port: 19100 }],
          },
        ],
      },
    ],
  },
  'the built-in second-region seed',
);
