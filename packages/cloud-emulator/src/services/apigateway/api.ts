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

// --- IP access control (IpControl) -------------------------------------------

/** An answer with nothing but its RequestId. */
export type EmptyResponse = Record<never, never>;

export interface DescribeIpControlsRequest {
  IpControlId?: string;
  /** Case-insensitive substring of the name. */
  IpControlName?: string;
  /** ALLOW or REFUSE. */
  IpControlType?: string;
  PageNumber?: number;
  PageSize?: number;
}

export interface IpControlInfo {
  IpControlId: string;
  IpControlName: string;
  IpControlType: string;
  Description: string;
  RegionId: string;
  CreateTime: string;
  ModifiedTime: string;
}

export interface DescribeIpControlsResponse {
  TotalCount: number;
  PageNumber: number;
  PageSize: number;
  IpControlInfos: { IpControlInfo: IpControlInfo[] };
}

export interface DescribeIpControlPolicyItemsRequest {
  IpControlId?: string;
  PolicyItemId?: string;
  PageNumber?: number;
  PageSize?: number;
}

export interface IpControlPolicyItem {
  PolicyItemId: string;
  AppId: string;
  CidrIp: string;
  CreateTime: string;
  ModifiedTime: string;
}

export interface DescribeIpControlPolicyItemsResponse {
  TotalCount: number;
  PageNumber: number;
  PageSize: number;
  IpControlPolicyItems: { IpControlPolicyItem: IpControlPolicyItem[] };
}

export interface AddIpControlPolicyItemRequest {
  IpControlId: string;
  /** Up to 10 IPv4/IPv6 addresses or CIDR blocks, `;`-separated. */
  CidrIp: string;
  AppId?: string;
}

export interface AddIpControlPolicyItemResponse {
  PolicyItemId: string;
}

export interface ModifyIpControlPolicyItemRequest {
  IpControlId: string;
  PolicyItemId: string;
  CidrIp: string;
  AppId?: string;
}

export interface RemoveIpControlPolicyItemRequest {
  IpControlId: string;
  /** Up to 100 policy ids, `;`-separated. */
  PolicyItemIds: string;
}

export interface DescribeApisByIpControlRequest {
  IpControlId: string;
  PageNumber?: number;
  PageSize?: number;
}

export interface IpControlApiInfo {
  RegionId: string;
  GroupId: string;
  GroupName: string;
  StageName: string;
  ApiId: string;
  ApiName: string;
  Description: string;
  Visibility: string;
  BoundTime: string;
}

export interface DescribeApisByIpControlResponse {
  TotalCount: number;
  PageNumber: number;
  PageSize: number;
  ApiInfos: { ApiInfo: IpControlApiInfo[] };
}

/** One policy given with CreateIpControl (IpControlPolicys.N, N from 1 to 100). */
export interface IpControlPolicyParam {
  AppId?: string;
  CidrIp?: string;
}

export interface CreateIpControlRequest {
  /** 4 to 50 letters (Chinese characters too), digits and underscores, not starting with an underscore. */
  IpControlName: string;
  /** ALLOW or REFUSE. */
  IpControlType: string;
  /** At most 200 characters. */
  Description?: string;
  IpControlPolicys?: IpControlPolicyParam[];
}

export interface CreateIpControlResponse {
  IpControlId: string;
}

/** Only the name and the description can change; the type cannot. */
export interface ModifyIpControlRequest {
  IpControlId: string;
  IpControlName?: string;
  Description?: string;
}

export interface DeleteIpControlRequest {
  IpControlId: string;
}

export interface SetIpControlApisRequest {
  IpControlId: string;
  GroupId: string;
  StageName: string;
  /** Up to 100 API ids, comma-separated. */
  ApiIds: string;
}

export interface RemoveIpControlApisRequest {
  IpControlId: string;
  GroupId: string;
  StageName: string;
  /** Up to 100 API ids, comma-separated; absent: every API of the group in the stage. */
  ApiIds?: string;
}

// --- Backend services and their per-stage models --------------------------------

export interface DescribeBackendListRequest {
  /** Exact name, or a pattern with `*` wildcards. */
  BackendName?: string;
  BackendType?: string;
  PageNumber?: number;
  PageSize?: number;
  Tag?: Tag[];
}

export interface BackendListItem {
  BackendId: string;
  BackendName: string;
  BackendType: string;
  Description: string;
  CreatedTime: string;
  ModifiedTime: string;
  Tags: TagInfo[];
}

export interface DescribeBackendListResponse {
  TotalCount: number;
  PageNumber: number;
  PageSize: number;
  BackendInfoList: BackendListItem[];
}

export interface DescribeBackendInfoRequest {
  BackendId?: string;
}

export interface NacosConfig {
  ServerAddress: string;
  ServiceName: string;
  Namespace?: string;
  GroupName?: string;
  Clusters?: string;
  AuthType?: string;
  UserName?: string;
  Password?: string;
  AccessKey?: string;
  SecretKey?: string;
}

export interface ZookeeperConfig {
  ConnectString: string;
  ServiceName: string;
  Namespace?: string;
}

export interface DiscoveryConfig {
  RcType: string;
  NacosConfig?: NacosConfig;
  ZookeeperConfig?: ZookeeperConfig;
}

export interface EdasConfig {
  EdasAppId?: string;
  MicroserviceNamespace?: string;
  MicroserviceNamespaceId?: string;
  MicroserviceNamespaceName?: string;
  MseInstanceId?: string;
  RegistryType?: string;
  ServiceName?: string;
}

export interface VpcConfig {
  VpcId: string;
  InstanceId: string;
  Port: number;
  VpcAccessId?: string;
  Name?: string;
  VpcScheme?: string;
  VpcTargetHostName?: string;
}

export interface OssConfig {
  OssRegionId: string;
  BucketName: string;
  Key?: string;
  Action?: string;
}

export interface FunctionComputeConfig {
  FcRegionId: string;
  FcType?: string;
  ServiceName?: string;
  FunctionName?: string;
  Qualifier?: string;
  RoleArn?: string;
  FcBaseUrl?: string;
  TriggerName?: string;
  OnlyBusinessPath?: boolean;
  FcVersion?: string;
  Path?: string;
  Method?: string;
  ContentTypeCatagory?: string;
  ContentTypeValue?: string;
}

export interface MockHeader {
  HeaderName: string;
  HeaderValue: string;
}

export interface MockConfig {
  MockResult: string;
  /** A string in the SDK's model ("200"). */
  MockStatusCode: string;
  MockHeaders?: MockHeader[];
}

export interface EventBridgeConfig {
  EventBridgeRegionId: string;
  EventBus: string;
  EventSource: string;
  RoleArn: string;
}

/** A backend model's configuration, keyed as BackendModelData and the SDK's BackendConfig. */
export interface BackendConfig {
  Type: string;
  ServiceAddress?: string;
  HttpTargetHostName?: string;
  ServiceTimeout?: number;
  DiscoveryConfig?: DiscoveryConfig;
  EdasConfig?: EdasConfig;
  VpcConfig?: VpcConfig;
  OssConfig?: OssConfig;
  FunctionComputeConfig?: FunctionComputeConfig;
  MockConfig?: MockConfig;
  EventBridgeConfig?: EventBridgeConfig;
}

export interface BackendModelInfo {
  BackendModelId: string;
  StageName: string;
  StageModeId: string;
  Description: string;
  GmtCreate: string;
  GmtModified: string;
  BackendConfig: BackendConfig;
}

export interface BackendInfo {
  BackendId: string;
  BackendName: string;
  BackendType: string;
  Description: string;
  CreatedTime: string;
  ModifiedTime: string;
  BackendModels: BackendModelInfo[];
}

export interface DescribeBackendInfoResponse {
  BackendInfo: BackendInfo;
}

export interface CreateBackendModelRequest {
  BackendId?: string;
  StageName?: string;
  BackendType?: string;
  BackendModelData?: string;
  Description?: string;
}

export interface CreateBackendModelResponse {
  BackendModelId: string;
}

export interface ModifyBackendModelRequest {
  BackendId?: string;
  BackendModelId?: string;
  StageName?: string;
  BackendType?: string;
  BackendModelData?: string;
  Description?: string;
  /** Not in the SDK's typed request; sent through its generic call. */
  ClientToken?: string;
}

export interface ModifyBackendModelResponse {
  OperationId: string;
}

export interface DescribeUpdateBackendTaskRequest {
  OperationUid: string;
}

export interface ApiUpdateBackendResult {
  ApiUid: string;
  ApiName: string;
  GroupId: string;
  GroupName: string;
  StageId: string;
  StageName: string;
  BackendId: string;
  UpdateStatus: string;
  ErrorMsg: string;
}

export interface DescribeUpdateBackendTaskResponse {
  ApiUpdateBackendResults: { ApiUpdateBackendResult: ApiUpdateBackendResult[] };
}

export interface DescribeApisByBackendRequest {
  BackendId: string;
  /** Published APIs of this stage; without it, the APIs whose draft uses the backend. */
  StageName?: string;
  PageNumber?: number;
  PageSize?: number;
}

export interface BackendApiInfo {
  ApiId: string;
  ApiName: string;
  GroupId: string;
  GroupName: string;
  Method: string;
  Path: string;
  Description: string;
}

export interface DescribeApisByBackendResponse {
  TotalCount: number;
  PageNumber: number;
  PageSize: number;
  ApiInfoList: { ApiInfo: BackendApiInfo[] };
}

// --- API groups and published APIs --------------------------------------------

export interface DescribeApiGroupsRequest {
  GroupId?: string;
  /** Case-insensitive substring of the name. */
  GroupName?: string;
  InstanceId?: string;
  BasePath?: string;
  /** Accepted; tag-based authorization is not emulated. */
  EnableTagAuth?: boolean;
  /** asc or desc (default): by modification time. */
  Sort?: string;
  PageNumber?: number;
  PageSize?: number;
  Tag?: Tag[];
}

export interface ApiGroupAttribute {
  GroupId: string;
  GroupName: string;
  SubDomain: string;
  Description: string;
  CreatedTime: string;
  ModifiedTime: string;
  RegionId: string;
  TrafficLimit: number;
  BillingStatus: string;
  IllegalStatus: string;
  InstanceId: string;
  InstanceType: string;
  HttpsPolicy: string;
  BasePath: string;
  Tags?: { TagInfo: TagInfo[] };
}

export interface DescribeApiGroupsResponse {
  TotalCount: number;
  PageNumber: number;
  PageSize: number;
  ApiGroupAttributes: { ApiGroupAttribute: ApiGroupAttribute[] };
}

export interface DescribeDeployedApisRequest {
  GroupId?: string;
  /** RELEASE when absent. */
  StageName?: string;
  ApiId?: string;
  /** Case-insensitive substring of the name. */
  ApiName?: string;
  ApiPath?: string;
  ApiMethod?: string;
  /** Accepted; tag-based authorization is not emulated. */
  EnableTagAuth?: boolean;
  /** Tags of the API's group. */
  Tag?: Tag[];
  PageNumber?: number;
  PageSize?: number;
}

export interface DeployedApiItem {
  RegionId: string;
  GroupId: string;
  GroupName: string;
  StageName: string;
  ApiId: string;
  ApiName: string;
  Visibility: string;
  Description: string;
  DeployedTime: string;
  ApiMethod: string;
  ApiPath: string;
}

export interface DescribeDeployedApisResponse {
  TotalCount: number;
  PageNumber: number;
  PageSize: number;
  DeployedApis: { DeployedApiItem: DeployedApiItem[] };
}

export interface DescribeApiIpControlsRequest {
  GroupId: string;
  StageName: string;
  /** Up to 100 API ids, comma-separated. */
  ApiIds?: string;
  PageNumber?: number;
  PageSize?: number;
}

export interface ApiIpControlItem {
  ApiId: string;
  ApiName: string;
  IpControlId: string;
  IpControlName: string;
  BoundTime: string;
}

export interface DescribeApiIpControlsResponse {
  TotalCount: number;
  PageNumber: number;
  PageSize: number;
  ApiIpControls: { ApiIpControlItem: ApiIpControlItem[] };
}

export interface ApiGatewayApi {
  describeVpcAccesses(ctx: CallContext, req: DescribeVpcAccessesRequest): DescribeVpcAccessesResponse;
  setVpcAccess(ctx: CallContext, req: SetVpcAccessRequest): SetVpcAccessResponse;
  modifyVpcAccessAndUpdateApis(ctx: CallContext, req: ModifyVpcAccessAndUpdateApisRequest): ModifyVpcAccessAndUpdateApisResponse;
  describeUpdateVpcInfoTask(ctx: CallContext, req: DescribeUpdateVpcInfoTaskRequest): DescribeUpdateVpcInfoTaskResponse;
  removeVpcAccess(ctx: CallContext, req: RemoveVpcAccessRequest): RemoveVpcAccessResponse;
  describeApisByVpcAccess(ctx: CallContext, req: DescribeApisByVpcAccessRequest): DescribeApisByVpcAccessResponse;

  describeIpControls(ctx: CallContext, req: DescribeIpControlsRequest): DescribeIpControlsResponse;
  describeIpControlPolicyItems(ctx: CallContext, req: DescribeIpControlPolicyItemsRequest): DescribeIpControlPolicyItemsResponse;
  addIpControlPolicyItem(ctx: CallContext, req: AddIpControlPolicyItemRequest): AddIpControlPolicyItemResponse;
  modifyIpControlPolicyItem(ctx: CallContext, req: ModifyIpControlPolicyItemRequest): EmptyResponse;
  removeIpControlPolicyItem(ctx: CallContext, req: RemoveIpControlPolicyItemRequest): EmptyResponse;
  describeApisByIpControl(ctx: CallContext, req: DescribeApisByIpControlRequest): DescribeApisByIpControlResponse;
  createIpControl(ctx: CallContext, req: CreateIpControlRequest): CreateIpControlResponse;
  modifyIpControl(ctx: CallContext, req: ModifyIpControlRequest): EmptyResponse;
  deleteIpControl(ctx: CallContext, req: DeleteIpControlRequest): EmptyResponse;
  setIpControlApis(ctx: CallContext, req: SetIpControlApisRequest): EmptyResponse;
  removeIpControlApis(ctx: CallContext, req: RemoveIpControlApisRequest): EmptyResponse;

  describeBackendList(ctx: CallContext, req: DescribeBackendListRequest): DescribeBackendListResponse;
  describeBackendInfo(ctx: CallContext, req: DescribeBackendInfoRequest): DescribeBackendInfoResponse;
  createBackendModel(ctx: CallContext, req: CreateBackendModelRequest): CreateBackendModelResponse;
  modifyBackendModel(ctx: CallContext, req: ModifyBackendModelRequest): ModifyBackendModelResponse;
  describeUpdateBackendTask(ctx: CallContext, req: DescribeUpdateBackendTaskRequest): DescribeUpdateBackendTaskResponse;
  describeApisByBackend(ctx: CallContext, req: DescribeApisByBackendRequest): DescribeApisByBackendResponse;

  describeApiGroups(ctx: CallContext, req: DescribeApiGroupsRequest): DescribeApiGroupsResponse;
  describeDeployedApis(ctx: CallContext, req: DescribeDeployedApisRequest): DescribeDeployedApisResponse;
  describeApiIpControls(ctx: CallContext, req: DescribeApiIpControlsRequest): DescribeApiIpControlsResponse;
}
