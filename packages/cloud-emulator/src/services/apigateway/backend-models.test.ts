import { describe, expect, it } from 'vitest';
import { CloudError } from '../../core/errors.ts';
import { type BackendType, parseBackendModelData, type VpcAccessLookup } from './backend-models.ts';
import type { VpcAccessRecord } from './store.ts';

const access: VpcAccessRecord = {
  vpcAccessId: 'a1b2c3',
  name: 'vpc-orders',
  vpcId: 'vpc-bp1orders',
  instanceId: 'i-bp1orders',
  port: 8080,
  createdAt: 0,
  tags: [],
};

const lookup: VpcAccessLookup = {
  byId: (id) => (id === access.vpcAccessId ? access : undefined),
  byName: (name) => (name === access.name ? access : undefined),
  byEndpoint: (vpcId, instanceId, port) => (vpcId === access.vpcId && instanceId === access.instanceId && port === access.port ? access : undefined),
};

const parse = (type: BackendType, data: unknown) => parseBackendModelData(type, typeof data === 'string' ? data : JSON.stringify(data), lookup);

function problem(type: BackendType, data: unknown): { code: string; message: string } {
  try {
    parse(type, data);
  } catch (error) {
    if (error instanceof CloudError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected the model to be refused');
}

describe('parseBackendModelData', () => {
  it('when each type gets the keys of its SDK BackendConfig, then the stored config carries Type', () => {
    expect(parse('HTTP', { ServiceAddress: 'http://10.0.0.1:8080', ServiceTimeout: 3000 })).toEqual({
      Type: 'HTTP',
      ServiceAddress: 'http://10.0.0.1:8080',
      ServiceTimeout: 3000,
    });
    expect(parse('OSS', { OssConfig: { OssRegionId: 'cn-hangzhou', BucketName: 'my-bucket' } }).OssConfig).toEqual({
      OssRegionId: 'cn-hangzhou',
      BucketName: 'my-bucket',
    });
    expect(parse('FC_EVENT', { FunctionComputeConfig: { FcRegionId: 'cn-hangzhou', ServiceName: 's', FunctionName: 'f' } }).Type).toBe('FC_EVENT');
    expect(parse('FC_EVENT_V3', { FunctionComputeConfig: { FcRegionId: 'cn-hangzhou', FunctionName: 'f' } }).Type).toBe('FC_EVENT_V3');
    expect(parse('FC_HTTP_V3', { FunctionComputeConfig: { FcRegionId: 'cn-hangzhou', FcBaseUrl: 'https://x.fcapp.run' } }).Type).toBe('FC_HTTP_V3');
    expect(parse('MOCK', { MockConfig: { MockResult: '', MockStatusCode: 204 } }).MockConfig).toEqual({ MockResult: '', MockStatusCode: '204' });
    const eb = { EventBridgeRegionId: 'cn-hangzhou', EventBus: 'bus', EventSource: 'src', RoleArn: 'acs:ram::123:role/eb' };
    expect(parse('EVENTBRIDGE', { EventBridgeConfig: eb }).EventBridgeConfig).toEqual(eb);
    const zk = { RcType: 'ZOOKEEPER', ZookeeperConfig: { ConnectString: 'zk:2181', ServiceName: 'svc' } };
    expect(parse('HTTP', { DiscoveryConfig: zk }).DiscoveryConfig).toEqual(zk);
  });

  it('when a VPC model names its authorization by id, name or endpoint, then the stored VpcConfig is complete', () => {
    const full = { VpcAccessId: 'a1b2c3', Name: 'vpc-orders', VpcId: 'vpc-bp1orders', InstanceId: 'i-bp1orders', Port: 8080 };
    expect(parse('VPC', { VpcConfig: { VpcAccessId: 'a1b2c3' } }).VpcConfig).toEqual(full);
    expect(parse('VPC', { VpcConfig: { Name: 'vpc-orders', VpcScheme: 'https' } }).VpcConfig).toEqual({ ...full, VpcScheme: 'https' });
    expect(parse('VPC', { VpcConfig: { VpcId: 'vpc-bp1orders', InstanceId: 'i-bp1orders', Port: '8080' } }).VpcConfig).toEqual(full);
    expect(problem('VPC', { VpcConfig: { VpcAccessId: 'nope' } }).code).toBe('NotFoundVpcAccess');
    expect(problem('VPC', { VpcConfig: { VpcId: 'vpc-bp1orders', InstanceId: 'i-bp1orders', Port: 9090 } }).code).toBe('NotFoundVpcAccess');
    expect(problem('VPC', { VpcConfig: { VpcId: 'vpc-bp1orders', InstanceId: 'i-bp1orders' } }).message).toMatch(/VpcConfig\.Port is required/);
    expect(problem('VPC', { VpcConfig: { VpcId: 'vpc-bp1orders', InstanceId: 'i', Port: 70000 } }).message).toMatch(/VpcConfig\.Port must be a whole number from 1 to 65535/);
  });

  it('when the data does not parse or does not fit the type, then InvalidBackendModelData names what is wrong', () => {
    const cases: [BackendType, unknown, RegExp][] = [
      ['HTTP', '{"ServiceAddress":', /not valid JSON/],
      ['HTTP', '[1,2]', /must be a JSON object/],
      ['HTTP', {}, /ServiceAddress is required/],
      ['HTTP', { ServiceAddress: 'ftp://host' }, /ServiceAddress must be an http\(s\) URL/],
      ['HTTP', { ServiceAddress: 'http://a', VpcConfig: {} }, /VpcConfig is not a key of HTTP backend models/],
      ['HTTP', { ServiceAddress: 'http://a', Type: 'VPC' }, /Type must be HTTP/],
      ['HTTP', { ServiceAddress: 'http://a', ServiceTimeout: 1.5 }, /ServiceTimeout must be a whole number/],
      ['HTTP', { DiscoveryConfig: { RcType: 'NACOS' } }, /DiscoveryConfig\.NacosConfig is required/],
      ['HTTP', { DiscoveryConfig: { RcType: 'NACOS', NacosConfig: { ServerAddress: 'a', ServiceName: 's', Token: 'x' } } }, /NacosConfig\.Token is not a key of NacosConfig/],
      ['HTTP', { DiscoveryConfig: { RcType: 'EUREKA' } }, /RcType must be one of NACOS, ZOOKEEPER/],
      ['OSS', { OssConfig: { OssRegionId: 'cn-hangzhou' } }, /OssConfig\.BucketName is required/],
      ['OSS', { OssConfig: { OssRegionId: 'hangzhou', BucketName: 'b-1' } }, /OssConfig\.OssRegionId must be a region id/],
      ['OSS', { ServiceAddress: 'http://a' }, /ServiceAddress is not a key of OSS backend models/],
      ['FC_EVENT', { FunctionComputeConfig: { FcRegionId: 'cn-hangzhou', FunctionName: 'f' } }, /FunctionComputeConfig\.ServiceName is required/],
      ['FC_HTTP', { FunctionComputeConfig: { FcRegionId: 'cn-hangzhou' } }, /FunctionComputeConfig\.FcBaseUrl is required/],
      ['FC_HTTP', { FunctionComputeConfig: { FcRegionId: 'cn-hangzhou', FcBaseUrl: 'https://x', FcType: 'FCEvent' } }, /FcType must be one of HttpTrigger/],
      ['FC_HTTP', { FunctionComputeConfig: { FcRegionId: 'cn-hangzhou', FcBaseUrl: 'https://x', RoleArn: 'admin' } }, /RoleArn must be a RAM role ARN/],
      ['FC_HTTP', { FunctionComputeConfig: { FcRegionId: 'cn-hangzhou', FcBaseUrl: 'https://x', OnlyBusinessPath: 'yes' } }, /OnlyBusinessPath must be true or false/],
      ['MOCK', { MockConfig: { MockResult: 'x', MockStatusCode: 700 } }, /MockStatusCode must be a whole number from 100 to 599/],
      ['MOCK', { MockConfig: { MockStatusCode: 200 } }, /MockConfig\.MockResult is required/],
      ['MOCK', { MockConfig: { MockResult: 'x', MockStatusCode: 200, MockHeaders: [{ HeaderValue: 'v' }] } }, /MockHeaders\[0\]\.HeaderName is required/],
      ['EVENTBRIDGE', { EventBridgeConfig: { EventBridgeRegionId: 'cn-hangzhou', EventBus: 'b', EventSource: 's' } }, /EventBridgeConfig\.RoleArn is required/],
      ['VPC', { VpcConfig: 'vpc-1' }, /VpcConfig must be a JSON object/],
    ];
    for (const [type, data, message] of cases) {
      const { code, message: text } = problem(type, data);
      expect(code).toBe('InvalidBackendModelData');
      expect(text).toMatch(message);
    }
  });
});
