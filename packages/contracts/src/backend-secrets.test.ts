import { describe, expect, it } from 'vitest';
import { SECRET_MASK } from './backend-models.ts';
import { secretsToRetype } from './backend-secrets.ts';

const nacos = (overrides: Record<string, unknown> = {}) => ({
  DiscoveryConfig: {
    RcType: 'NACOS',
    NacosConfig: {
      ServerAddress: 'http://nacos.internal:8848',
      Namespace: 'prod',
      GroupName: 'DEFAULT_GROUP',
      ServiceName: 'orders',
      AuthType: 'USERNAME_PASSWORD',
      UserName: 'nacos',
      Password: SECRET_MASK,
      ...overrides,
    },
  },
});

describe('masked secrets and where they are sent', () => {
  it('when nothing that decides the destination changed, then masked secrets may be kept', () => {
    expect(secretsToRetype(nacos({ ServiceName: 'orders-v2' }), nacos({ Password: 'stored' }))).toEqual({});
  });

  it.each([
    ['ServerAddress', 'http://attacker.example:8848', 'the server address'],
    ['Namespace', 'dev', 'the namespace'],
    ['GroupName', 'OTHER', 'the group'],
    ['AuthType', 'AKSK', 'the authentication type'],
  ])('when %s changes, then each masked secret must be typed again', (field, value, label) => {
    const fields = secretsToRetype(nacos({ [field]: value, AccessKey: SECRET_MASK }), nacos({ Password: 'stored', AccessKey: 'ak' }));
    expect(fields).toEqual({
      'DiscoveryConfig.NacosConfig.Password': `must be typed again: ${label} changed`,
      'DiscoveryConfig.NacosConfig.AccessKey': `must be typed again: ${label} changed`,
    });
  });

  it('when the destination changed but the secret is typed again, then nothing is asked', () => {
    expect(secretsToRetype(nacos({ ServerAddress: 'http://new:8848', Password: 'typed-again' }), nacos({ Password: 'stored' }))).toEqual({});
  });

  it('when the discovery type changes, then the masked secret must be typed again', () => {
    const incoming = { DiscoveryConfig: { ...nacos().DiscoveryConfig, RcType: 'ZOOKEEPER' } };
    expect(Object.keys(secretsToRetype(incoming, nacos({ Password: 'stored' })))).toEqual(['DiscoveryConfig.NacosConfig.Password']);
  });
});
