import { type Decoded, decodeParams, type ParamDef, param } from '../../protocols/alibaba-rpc/param-spec.ts';
import type { RpcOperation, RpcParams, RpcService } from '../../registry.ts';
import type { CallContext } from '../../core/context.ts';
import type { ApiGatewayApi } from './api.ts';

/**
 * How API Gateway's operations look on the RPC wire: each operation's
 * parameters (names, types, which are required, as in the official SDK's
 * models) and the provider method that serves it.
 */
export const APIGATEWAY_PRODUCT = 'CloudAPI';
export const APIGATEWAY_VERSION = '2016-07-14';

function operation<S extends Record<string, ParamDef<unknown>>, R extends object>(action: string, spec: S, call: (req: Decoded<S>, ctx: CallContext) => R): RpcOperation {
  return { action, invoke: (params: RpcParams, ctx: CallContext) => call(decodeParams(spec, params), ctx) };
}

export function apiGatewayRpcService(provider: ApiGatewayApi): RpcService {
  return {
    product: APIGATEWAY_PRODUCT,
    version: APIGATEWAY_VERSION,
    endpointPrefix: 'apigateway',
    operations: [
      operation(
        'DescribeVpcAccesses',
        {
          VpcAccessId: param.string(),
          Name: param.string(),
          VpcId: param.string(),
          InstanceId: param.string(),
          Port: param.string(),
          AccurateQuery: param.boolean(),
          PageNumber: param.integer(),
          PageSize: param.integer(),
          Tag: param.tags(),
        },
        (req, ctx) => provider.describeVpcAccesses(ctx, req),
      ),
      operation(
        'SetVpcAccess',
        {
          Name: param.requiredString(),
          VpcId: param.requiredString(),
          InstanceId: param.requiredString(),
          Port: param.requiredInteger(),
          Description: param.string(),
          VpcTargetHostName: param.string(),
          Tag: param.tags(),
        },
        (req, ctx) => provider.setVpcAccess(ctx, req),
      ),
      operation(
        'ModifyVpcAccessAndUpdateApis',
        {
          Name: param.requiredString(),
          VpcId: param.string(),
          InstanceId: param.string(),
          Port: param.integer(),
          VpcTargetHostName: param.string(),
          Token: param.string(),
          Refresh: param.boolean(),
          NeedBatchWork: param.boolean(),
        },
        (req, ctx) => provider.modifyVpcAccessAndUpdateApis(ctx, req),
      ),
      operation('DescribeUpdateVpcInfoTask', { OperationUid: param.requiredString() }, (req, ctx) => provider.describeUpdateVpcInfoTask(ctx, req)),
      operation(
        'RemoveVpcAccess',
        {
          VpcId: param.requiredString(),
          InstanceId: param.requiredString(),
          Port: param.requiredInteger(),
          NeedBatchWork: param.boolean(),
        },
        (req, ctx) => provider.removeVpcAccess(ctx, req),
      ),
      operation('DescribeApisByVpcAccess', { VpcName: param.string(), PageNumber: param.integer(), PageSize: param.integer() }, (req, ctx) =>
        provider.describeApisByVpcAccess(ctx, req),
      ),
      operation(
        'DescribeIpControls',
        {
          IpControlId: param.string(),
          IpControlName: param.string(),
          IpControlType: param.string(),
          PageNumber: param.integer(),
          PageSize: param.integer(),
        },
        (req, ctx) => provider.describeIpControls(ctx, req),
      ),
      operation(
        'DescribeIpControlPolicyItems',
        { IpControlId: param.string(), PolicyItemId: param.string(), PageNumber: param.integer(), PageSize: param.integer() },
        (req, ctx) => provider.describeIpControlPolicyItems(ctx, req),
      ),
      operation('AddIpControlPolicyItem', { IpControlId: param.requiredString(), CidrIp: param.requiredString(), AppId: param.string() }, (req, ctx) =>
        provider.addIpControlPolicyItem(ctx, req),
      ),
      operation(
        'ModifyIpControlPolicyItem',
        {
          IpControlId: param.requiredString(),
          PolicyItemId: param.requiredString(),
          CidrIp: param.requiredString(),
          AppId: param.string(),
        },
        (req, ctx) => provider.modifyIpControlPolicyItem(ctx, req),
      ),
      operation('RemoveIpControlPolicyItem', { IpControlId: param.requiredString(), PolicyItemIds: param.requiredString() }, (req, ctx) =>
        provider.removeIpControlPolicyItem(ctx, req),
      ),
      operation(
        'CreateIpControl',
        {
          IpControlName: param.requiredString(),
          IpControlType: param.requiredString(),
          Description: param.string(),
          IpControlPolicys: param.objectList(['AppId', 'CidrIp'] as const),
        },
        (req, ctx) => {
          const { IpControlPolicys, ...rest } = req;
          const policies = IpControlPolicys?.map((e) => ({ ...e.fields }));
          return provider.createIpControl(ctx, policies ? { ...rest, IpControlPolicys: policies } : rest);
        },
      ),
      operation('ModifyIpControl', { IpControlId: param.requiredString(), IpControlName: param.string(), Description: param.string() }, (req, ctx) =>
        provider.modifyIpControl(ctx, req),
      ),
      operation('DeleteIpControl', { IpControlId: param.requiredString() }, (req, ctx) => provider.deleteIpControl(ctx, req)),
      operation(
        'SetIpControlApis',
        { IpControlId: param.requiredString(), GroupId: param.requiredString(), StageName: param.requiredString(), ApiIds: param.requiredString() },
        (req, ctx) => provider.setIpControlApis(ctx, req),
      ),
      operation(
        'RemoveIpControlApis',
        { IpControlId: param.requiredString(), GroupId: param.requiredString(), StageName: param.requiredString(), ApiIds: param.string() },
        (req, ctx) => provider.removeIpControlApis(ctx, req),
      ),
      operation('DescribeApisByIpControl', { IpControlId: param.requiredString(), PageNumber: param.integer(), PageSize: param.integer() }, (req, ctx) =>
        provider.describeApisByIpControl(ctx, req),
      ),
      operation(
        'DescribeBackendList',
        {
          BackendName: param.string(),
          BackendType: param.string(),
          PageNumber: param.integer(),
          PageSize: param.integer(),
          Tag: param.tags(),
        },
        (req, ctx) => provider.describeBackendList(ctx, req),
      ),
      operation('DescribeBackendInfo', { BackendId: param.string() }, (req, ctx) => provider.describeBackendInfo(ctx, req)),
      operation(
        'CreateBackendModel',
        {
          BackendId: param.string(),
          StageName: param.string(),
          BackendType: param.string(),
          BackendModelData: param.string(),
          Description: param.string(),
        },
        (req, ctx) => provider.createBackendModel(ctx, req),
      ),
      operation(
        'ModifyBackendModel',
        {
          BackendId: param.string(),
          BackendModelId: param.string(),
          StageName: param.string(),
          BackendType: param.string(),
          BackendModelData: param.string(),
          Description: param.string(),
          // Not in the SDK's typed request: sent through its generic call.
          ClientToken: param.string(),
        },
        (req, ctx) => provider.modifyBackendModel(ctx, req),
      ),
      operation('DescribeUpdateBackendTask', { OperationUid: param.requiredString() }, (req, ctx) => provider.describeUpdateBackendTask(ctx, req)),
      operation(
        'DescribeApisByBackend',
        { BackendId: param.requiredString(), StageName: param.string(), PageNumber: param.integer(), PageSize: param.integer() },
        (req, ctx) => provider.describeApisByBackend(ctx, req),
      ),
      operation(
        'DescribeApiGroups',
        {
          GroupId: param.string(),
          GroupName: param.string(),
          InstanceId: param.string(),
          BasePath: param.string(),
          EnableTagAuth: param.boolean(),
          Sort: param.string(),
          PageNumber: param.integer(),
          PageSize: param.integer(),
          Tag: param.tags(),
        },
        (req, ctx) => provider.describeApiGroups(ctx, req),
      ),
      operation(
        'DescribeDeployedApis',
        {
          GroupId: param.string(),
          StageName: param.string(),
          ApiId: param.string(),
          ApiName: param.string(),
          ApiPath: param.string(),
          ApiMethod: param.string(),
          EnableTagAuth: param.boolean(),
          Tag: param.tags(),
          PageNumber: param.integer(),
          PageSize: param.integer(),
        },
        (req, ctx) => provider.describeDeployedApis(ctx, req),
      ),
      operation(
        'DescribeApiIpControls',
        {
          GroupId: param.requiredString(),
          StageName: param.requiredString(),
          ApiIds: param.string(),
          PageNumber: param.integer(),
          PageSize: param.integer(),
        },
        (req, ctx) => provider.describeApiIpControls(ctx, req),
      ),
    ],
  };
}
