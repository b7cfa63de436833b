import type { BackendModelData, BackendType } from '@portico/contracts/backend-models';

/**
 * Where a new model starts: the type's required keys, empty, so the checks say at once what
 * is still missing. (Copy from stage starts from another stage's model instead.)
 */
const templates: Record<BackendType, () => BackendModelData> = {
  HTTP: () => ({ Type: 'HTTP', ServiceAddress: '', ServiceTimeout: 10000 }),
  VPC: () => ({ Type: 'VPC', VpcConfig: { VpcId: '', InstanceId: '', Port: 80 }, ServiceTimeout: 10000 }),
  OSS: () => ({ Type: 'OSS', OssConfig: { OssRegionId: '', BucketName: '' } }),
  FC_EVENT: () => ({ Type: 'FC_EVENT', FunctionComputeConfig: { FcRegionId: '', FcType: 'FCEvent', ServiceName: '', FunctionName: '' } }),
  FC_HTTP: () => ({ Type: 'FC_HTTP', FunctionComputeConfig: { FcRegionId: '', FcType: 'HttpTrigger', FcBaseUrl: '' } }),
  FC_EVENT_V3: () => ({ Type: 'FC_EVENT_V3', FunctionComputeConfig: { FcRegionId: '', FcType: 'FCEvent', FunctionName: '' } }),
  FC_HTTP_V3: () => ({ Type: 'FC_HTTP_V3', FunctionComputeConfig: { FcRegionId: '', FcType: 'HttpTrigger', FcBaseUrl: '' } }),
  MOCK: () => ({ Type: 'MOCK', MockConfig: { MockStatusCode: '200', MockResult: '' } }),
  EVENTBRIDGE: () => ({ Type: 'EVENTBRIDGE', EventBridgeConfig: { EventBridgeRegionId: '', EventBus: '', EventSource: '', RoleArn: '' } }),
};

export function modelTemplate(type: BackendType): BackendModelData {
  return templates[type]();
}
