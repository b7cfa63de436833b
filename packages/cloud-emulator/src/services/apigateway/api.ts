import type { CallContext } from '../../core/context.ts';

/**
 * API Gateway (CloudAPI, RPC version 2016-07-14): one method per operation, with
 * request and response shapes named as on the wire (and in the official SDK's
 * models). Responses leave RequestId to the protocol layer.
 */

export interface Tag {
  Key: string;
  Value?: string;
}

export interface TagInfo {
  Key: string;
  Value: string;
}

export interface DescribeVpcAccessesRequest {
  VpcAccessId?: string;
  Name?: string;
  VpcId?: string;
  InstanceId?: string;
  /** A string on the wire (the SDK's model types it so). */
  Port?: string;
  /** true: Name matches exactly; otherwise Name matches as a substring. */
  AccurateQuery?: boolean;
  PageNumber?: number;
  PageSize?: number;
  Tag?: Tag[];
}

export interface VpcAccessAttribute {
  VpcAccessId: string;
  Name: string;
  VpcId: string;
  InstanceId: string;
  Port: number;
  RegionId: string;
  Description?: string;
  VpcTargetHostName?: string;
  CreatedTime: string;
  Tags?: { TagInfo: TagInfo[] };
}

export interface DescribeVpcAccessesResponse {
  TotalCount: number;
  PageNumber: number;
  PageSize: number;
  VpcAccessAttributes: { VpcAccessAttribute: VpcAccessAttribute[] };
}

export interface SetVpcAccessRequest {
  Name: string;
  VpcId: string;
  InstanceId: string;
  Port: number;
  Description?: string;
  VpcTargetHostName?: string;
  Tag?: Tag[];
}

export interface SetVpcAccessResponse {
  VpcAccessId: string;
}

export interface ModifyVpcAccessAndUpdateApisRequest {
  /** Identifies the authorization; it cannot be changed. */
  Name: string;
  VpcId?: string;
  InstanceId?: string;
  Port?: number;
  VpcTargetHostName?: string;
  /** Client token: a repeat with the same token answers the first result. */
  Token?: string;
  Refresh?: boolean;
  NeedBatchWork?: boolean;
}

export interface ModifyVpcAccessAndUpdateApisResponse {
  OperationId: string;
}

export interface DescribeUpdateVpcInfoTaskRequest {
  OperationUid: string;
}

export interface ApiUpdateVpcInfoResult {
  ApiUid: string;
  ApiName: string;
  GroupId: string;
  GroupName: string;
  StageId: string;
  StageName: string;
  UpdateStatus: string;
  ErrorMsg: string;
}

export interface DescribeUpdateVpcInfoTaskResponse {
  ApiUpdateVpcInfoResults: { ApiUpdateVpcInfoResult: ApiUpdateVpcInfoResult[] };
}

export interface RemoveVpcAccessRequest {
  VpcId: string;
  InstanceId: string;
  Port: number;
  NeedBatchWork?: boolean;
}

export interface RemovedApi {
  ApiId: string;
  GroupId: string;
  StageId: string;
}

export interface RemoveVpcAccessResponse {
  Apis: { Api: RemovedApi[] };
}

export interface DescribeApisByVpcAccessRequest {
  VpcName?: string;
  PageNumber?: number;
  PageSize?: number;
}

export interface ApiVpcAccessInfo {
  ApiId: string;
  ApiName: string;
  GroupId: string;
  GroupName: string;
  StageId: string;
  StageName: string;
  Method: string;
  Path: string;
  VpcId: string;
  VpcName: string;
  InstanceId: string;
  Port: number;
  RegionId: string;
  Description: string;
}

export interface DescribeApisByVpcAccessResponse {
  TotalCount: number;
  PageNumber: number;
  PageSize: number;
  ApiVpcAccessInfos: { ApiVpcAccessInfo: ApiVpcAccessInfo[] };
}

export interface ApiGatewayApi {
  describeVpcAccesses(ctx: CallContext, req: DescribeVpcAccessesRequest): DescribeVpcAccessesResponse;
  setVpcAccess(ctx: CallContext, req: SetVpcAccessRequest): SetVpcAccessResponse;
  modifyVpcAccessAndUpdateApis(
    ctx: CallContext,
    req: ModifyVpcAccessAndUpdateApisRequest,
  ): ModifyVpcAccessAndUpdateApisResponse;
  describeUpdateVpcInfoTask(ctx: CallContext, req: DescribeUpdateVpcInfoTaskRequest): DescribeUpdateVpcInfoTaskResponse;
  removeVpcAccess(ctx: CallContext, req: RemoveVpcAccessRequest): RemoveVpcAccessResponse;
  describeApisByVpcAccess(ctx: CallContext, req: DescribeApisByVpcAccessRequest): DescribeApisByVpcAccessResponse;
}
