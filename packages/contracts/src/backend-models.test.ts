import { describe, expect, it } from 'vitest';
import { fieldMessages } from './errors.ts';
import { checkBackendModel, type BackendType } from './backend-models.ts';

const valid: Record<BackendType, unknown> = {
  HTTP: { ServiceAddress: 'http://121.40.10.10:8080', HttpTargetHostName: 'api.example.com', ServiceTimeout: 10000 },
  VPC: { VpcConfig: { VpcId: 'vpc-uf657qec7lx42paw3qxxx', InstanceId: 'i-uf6bzcg1pr4oh5jjmxxx', Port: 8080, VpcScheme: 'http' } },
  OSS: { OssConfig: { OssRegionId: 'cn-hangzhou', BucketName: 'portico-assets' } },
  FC_EVENT: {
    FunctionComputeConfig: { FcRegionId: 'cn-hangzhou', ServiceName: 'orders', FunctionName: 'create', RoleArn: 'acs:ram::1234567890:role/aliyunapigatewayaccessingfcrole' },
  },
  FC_HTTP: { FunctionComputeConfig: { FcRegionId: 'cn-hangzhou', FcBaseUrl: 'https://1234.cn-hangzhou.fc.aliyuncs.com/2016-08-15/proxy/orders/create/' } },
  FC_EVENT_V3: { FunctionComputeConfig: { FcRegionId: 'cn-shanghai', FunctionName: 'create-order' } },
  FC_HTTP_V3: { FunctionComputeConfig: { FcRegionId: 'cn-shanghai', FcBaseUrl: 'https://create-order.cn-shanghai.fcapp.run' } },
  MOCK: { MockConfig: { MockResult: '{"ok":true}', MockStatusCode: 200, MockHeaders: [{ HeaderName: 'X-Mock', HeaderValue: '1' }] } },
  EVENTBRIDGE: { EventBridgeConfig: { EventBridgeRegionId: 'cn-hangzhou', EventBus: 'default', EventSource: 'orders', RoleArn: 'acs:ram::1234567890:role/eventbridge' } },
};

const invalid: Record<BackendType, [unknown, string, string]> = {
  HTTP: [{ ServiceAddress: 'ftp://files.example.com' }, 'ServiceAddress', 'must be an http(s) URL'],
  VPC: [{ VpcConfig: { VpcId: 'vpc-1', InstanceId: 'i-1', Port: 70000 } }, 'VpcConfig.Port', 'must be between 1 and 65535'],
  OSS: [{ OssConfig: { OssRegionId: 'hangzhou', BucketName: 'b-1' } }, 'OssConfig.OssRegionId', 'must be a region id such as cn-hangzhou'],
  FC_EVENT: [{ FunctionComputeConfig: { FcRegionId: 'cn-hangzhou', ServiceName: 'orders' } }, 'FunctionComputeConfig.FunctionName', 'must be text'],
  FC_HTTP: [{ FunctionComputeConfig: { FcRegionId: 'cn-hangzhou', FcBaseUrl: 'not a url' } }, 'FunctionComputeConfig.FcBaseUrl', 'must be an http(s) URL'],
  FC_EVENT_V3: [{ FunctionComputeConfig: { FcRegionId: 'cn-hangzhou', FunctionName: '' } }, 'FunctionComputeConfig.FunctionName', 'is required'],
  FC_HTTP_V3: [{ FunctionComputeConfig: { FcRegionId: 'cn-hangzhou' } }, 'FunctionComputeConfig.FcBaseUrl', 'must be an http(s) URL'],
  MOCK: [{ MockConfig: { MockResult: 'x', MockStatusCode: 700 } }, 'MockConfig.MockStatusCode', 'must be an HTTP status from 100 to 599'],
  EVENTBRIDGE: [
    { EventBridgeConfig: { EventBridgeRegionId: 'cn-hangzhou', EventBus: 'b', EventSource: 's', RoleArn: 'nope' } },
    'EventBridgeConfig.RoleArn',
    'must be a RAM role ARN such as acs:ram::1234567890:role/aliyunapigatewayaccessingfcrole',
  ],
};

describe('backend model schemas', () => {
  it.each(Object.keys(valid) as BackendType[])('when a %s model is well formed, then it passes', (type) => {
    const result = checkBackendModel(type, valid[type]);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it.each(Object.keys(invalid) as BackendType[])('when a %s model is wrong, then the message names the JSON path', (type) => {
    const [data, path, message] = invalid[type];
    const result = checkBackendModel(type, data);
    expect(result.success).toBe(false);
    expect(fieldMessages(result.error!)[path]).toBe(message);
  });

  it('when a key belongs to another type, then it is refused (a typo or a wrong type is not sent)', () => {
    const result = checkBackendModel('HTTP', { ServiceAddress: 'http://a.example.com', VpcConfig: {} });
    expect(result.success).toBe(false);
  });

  it('when an HTTP model uses Nacos discovery instead of an address, then it passes', () => {
    const nacos = {
      DiscoveryConfig: {
        RcType: 'NACOS',
        NacosConfig: { ServerAddress: 'http://nacos:8848', ServiceName: 'orders', AuthType: 'USERNAME_PASSWORD', UserName: 'u', Password: 'p' },
      },
    };
    expect(checkBackendModel('HTTP', nacos).success).toBe(true);
    expect(fieldMessages(checkBackendModel('HTTP', {}).error!).ServiceAddress).toBe('is required (or a DiscoveryConfig)');
  });

  it('when the data is not an object, then it is refused', () => {
    expect(checkBackendModel('MOCK', 'hello').success).toBe(false);
    expect(checkBackendModel('MOCK', null).success).toBe(false);
  });
});
