import {
  ApplyChange,
  ChangeCheck,
  ChangeList,
  ChangeListQuery,
  ChangeParams,
  ChangePolicy,
  ChangePolicyInput,
  ChangePolicyList,
  ChangeRequest,
  CheckChange,
  CommentChange,
  DecideChange,
  Freeze,
  FreezeInput,
  FreezeList,
  FreezeParams,
  OpenChange,
  PolicyParams,
  StepUp,
  StepUpResult,
} from './changes.ts';
import { z } from 'zod';
import { Grant, GrantInput, GrantList, GrantParams, type ResourceKind } from './grants.ts';
import { ProfileList, Health, ProfileHealth, ProfileQuery } from './profiles.ts';
import {
  CreateVpcAuthorization,
  CreatedVpcAuthorization,
  ModifiedVpcAuthorization,
  ModifyVpcAuthorization,
  RemovedVpcAuthorization,
  VpcAuthorizationDetail,
  VpcAuthorizationList,
  VpcAuthorizationListQuery,
  VpcAuthorizationParams,
} from './vpc-authorizations.ts';
import { Task, TaskEvent, TaskList, TaskListQuery, TaskParams } from './tasks.ts';
import { CreatedToken, CreateToken, TokenList, TokenListQuery, TokenParams } from './tokens.ts';
import { ChangePassword, CreateUser, SessionInfo, SignIn, UpdateUser, User, UserList, UserParams, type Access } from './auth.ts';
import {
  ApiGroupList,
  ApiGroupsQuery,
  BindableApis,
  BindableApisQuery,
  CreatedIpControl,
  CreateIpControl,
  DeletedIpControl,
  IpControlApis,
  IpControlApisChanged,
  ModifiedIpControl,
  ModifyIpControl,
  IpControlDetail,
  IpControlList,
  IpControlListQuery,
  IpControlParams,
  PolicyItemChanged,
  PolicyItemInput,
  PolicyItemParams,
  PolicyItemRemoved,
} from './ip-controls.ts';
import {
  ConnectionAction,
  ConnectionActionResult,
  EndpointService,
  EndpointServiceDetail,
  EndpointServiceList,
  EndpointServiceListQuery,
  EndpointServiceParams,
  PermissionAction,
  ServicePermissionList,
  UpdateEndpointService,
} from './endpoint-services.ts';
import { BackendDetail, BackendList, BackendListQuery, BackendParams, BackendStageParams, SaveBackendModel, SavedBackendModel } from './backend-models.ts';
import {
  ApiChain,
  ApiKeyParams,
  BindingsSearchQuery,
  Inventory,
  InventoryJob,
  InventoryJobParams,
  InventoryQuery,
  CreateSuppression,
  FindingSuppression,
  ResourceImpact,
  ResourceKeyParams,
  SuppressionList,
  SuppressionParams,
  SearchResult,
} from './bindings.ts';
import { InventoryExportQuery } from './bindings-filter.ts';
import { BindingRows, BindingRowsQuery } from './bindings-rows.ts';
import { AuditEvent, AuditExportQuery, AuditList, AuditParams, AuditQuery, RevertPreview, RevertRequest, RevertResult } from './audit.ts';
import { DemoCloudInfo, DemoCloudReset } from './demo-cloud.ts';
import { UpdateSessionPreferences } from './locale.ts';
import { HomeSummary } from './home.ts';
import { AuthProviders, oidcCallbackPath, oidcStartPath, OidcStartQuery, SignInSettings, UpdateSignInSettings } from './sso.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RouteBase {
  method: HttpMethod;
  path: string;
  params?: z.ZodType;
  query?: z.ZodType;
  /** Who may call it; reads default to 'read', changes to 'change'. */
  access?: Access;
  /** Allowed while a generated password waits to be changed (the session and the change itself). */
  beforePasswordChange?: boolean;
  /** Refused to API tokens: needs a signed-in browser session. */
  sessionOnly?: boolean;
  /**
   * The kind of cloud resource it reads or changes, so grants scoped to kinds, profiles (the
   * `profile` query), stages (a `:stage` param) and names (a `:name` param) decide it.
   */
  resource?: ResourceKind;
  /** Reads every kind of a profile at once (the bindings inventory): needs a grant not narrowed to kinds, names or tags. */
  wholeProfile?: boolean;
}

/** One JSON endpoint as data: the BFF registers it, the SPA's fetchers read its path and response. */
export interface RouteDef extends RouteBase {
  kind?: 'json';
  body?: z.ZodType;
  response: z.ZodType;
  /** HTTP status of a success. */
  status?: number;
}

/** Server-Sent Events: each message's data is an `event`, sent under one of the `events` names. */
export interface StreamRouteDef extends RouteBase {
  kind: 'stream';
  method: 'GET';
  event: z.ZodType;
  events: readonly string[];
}

/** A file to save (CSV or JSON as an attachment), fetched outside the JSON client. */
export interface DownloadRouteDef extends RouteBase {
  kind: 'download';
  method: 'GET';
  query: z.ZodType;
}

/** A browser navigation that answers with a redirect (the OpenID Connect sign-in and its callback). */
export interface RedirectRouteDef extends RouteBase {
  kind: 'redirect';
  method: 'GET';
}

export type AnyRouteDef = RouteDef | StreamRouteDef | DownloadRouteDef | RedirectRouteDef;

/** The access a route needs: its own, else read for GET and change for anything else. */
export const accessOf = (def: AnyRouteDef): Access => def.access ?? (def.method === 'GET' ? 'read' : 'change');

const Ok = z.object({ ok: z.literal(true) });

const route = <R extends AnyRouteDef>(def: R): R => def;

export const routes = {
  health: route({ method: 'GET', path: '/api/health', response: Health, access: 'public' }),
  profileHealth: route({ method: 'GET', path: '/api/health/profiles', response: ProfileHealth }),

  getSession: route({ method: 'GET', path: '/api/session', response: SessionInfo, beforePasswordChange: true }),
  signIn: route({ method: 'POST', path: '/api/session', body: SignIn, response: SessionInfo, access: 'public' }),
  signOut: route({ method: 'DELETE', path: '/api/session', response: Ok, access: 'read', beforePasswordChange: true, sessionOnly: true }),
  /** The signed-in person's own preferences (the console's language), kept on their account. */
  updateSessionPreferences: route({
    method: 'PATCH',
    path: '/api/session',
    body: UpdateSessionPreferences,
    response: SessionInfo,
    access: 'read',
    beforePasswordChange: true,
    sessionOnly: true,
  }),
  changePassword: route({
    method: 'POST',
    path: '/api/session/password',
    body: ChangePassword,
    response: SessionInfo,
    access: 'read',
    beforePasswordChange: true,
    sessionOnly: true,
  }),

  /** What the sign-in screen offers (the provider's name when one is configured). */
  authProviders: route({ method: 'GET', path: '/api/auth/providers', response: AuthProviders, access: 'public' }),
  /** Starts a sign-in at the identity provider (302 there); `?next=/path` is where to land. */
  oidcStart: route({ kind: 'redirect', method: 'GET', path: oidcStartPath, query: OidcStartQuery, access: 'public' }),
  /** The provider's redirect back (302 into the console, or to /sign-in?error=…). */
  oidcCallback: route({ kind: 'redirect', method: 'GET', path: oidcCallbackPath, access: 'public' }),
  getSignInSettings: route({ method: 'GET', path: '/api/settings/sign-in', response: SignInSettings, access: 'admin' }),
  updateSignInSettings: route({ method: 'PUT', path: '/api/settings/sign-in', body: UpdateSignInSettings, response: SignInSettings, access: 'admin' }),

  listUsers: route({ method: 'GET', path: '/api/users', response: UserList, access: 'admin' }),
  createUser: route({ method: 'POST', path: '/api/users', body: CreateUser, response: User, status: 201, access: 'admin' }),
  updateUser: route({ method: 'PATCH', path: '/api/users/:id', params: UserParams, body: UpdateUser, response: User, access: 'admin' }),

  /** Grants: scoped roles for people and identity-provider groups (admins only). */
  listGrants: route({ method: 'GET', path: '/api/grants', response: GrantList, access: 'admin' }),
  createGrant: route({ method: 'POST', path: '/api/grants', body: GrantInput, response: Grant, status: 201, access: 'admin' }),
  updateGrant: route({ method: 'PUT', path: '/api/grants/:id', params: GrantParams, body: GrantInput, response: Grant, access: 'admin' }),
  deleteGrant: route({ method: 'DELETE', path: '/api/grants/:id', params: GrantParams, response: Ok, access: 'admin' }),

  // Token management needs a browser session: a token cannot mint or list tokens.
  listTokens: route({ method: 'GET', path: '/api/tokens', query: TokenListQuery, response: TokenList, access: 'read', sessionOnly: true }),
  createToken: route({ method: 'POST', path: '/api/tokens', body: CreateToken, response: CreatedToken, status: 201, access: 'read', sessionOnly: true }),
  revokeToken: route({ method: 'DELETE', path: '/api/tokens/:id', params: TokenParams, response: Ok, access: 'read', sessionOnly: true }),

  listAudit: route({ method: 'GET', path: '/api/audit', query: AuditQuery, response: AuditList }),
  getAuditEvent: route({ method: 'GET', path: '/api/audit/:id', params: AuditParams, response: AuditEvent }),
  previewRevert: route({ method: 'GET', path: '/api/audit/:id/revert', params: AuditParams, response: RevertPreview, access: 'change' }),
  revert: route({ method: 'POST', path: '/api/audit/:id/revert', params: AuditParams, body: RevertRequest, response: RevertResult }),
  /** CSV or JSON download of the filtered audit log. */
  exportAudit: route({ kind: 'download', method: 'GET', path: '/api/audit-export', query: AuditExportQuery }),
  listProfiles: route({ method: 'GET', path: '/api/profiles', response: ProfileList }),
  getDemoCloud: route({ method: 'GET', path: '/api/demo-cloud', response: DemoCloudInfo }),
  resetDemoCloud: route({ method: 'POST', path: '/api/demo-cloud/reset', response: DemoCloudReset, access: 'admin' }),

  listVpcAuthorizations: route({
    resource: 'vpc-authorization',
    method: 'GET',
    path: '/api/vpc-authorizations',
    query: VpcAuthorizationListQuery,
    response: VpcAuthorizationList,
  }),
  getVpcAuthorization: route({
    resource: 'vpc-authorization',
    method: 'GET',
    path: '/api/vpc-authorizations/:name',
    params: VpcAuthorizationParams,
    query: ProfileQuery,
    response: VpcAuthorizationDetail,
  }),
  createVpcAuthorization: route({
    resource: 'vpc-authorization',
    method: 'POST',
    path: '/api/vpc-authorizations',
    query: ProfileQuery,
    body: CreateVpcAuthorization,
    response: CreatedVpcAuthorization,
    status: 201,
  }),
  modifyVpcAuthorization: route({
    resource: 'vpc-authorization',
    method: 'PUT',
    path: '/api/vpc-authorizations/:name',
    params: VpcAuthorizationParams,
    query: ProfileQuery,
    body: ModifyVpcAuthorization,
    response: ModifiedVpcAuthorization,
  }),
  removeVpcAuthorization: route({
    resource: 'vpc-authorization',
    method: 'DELETE',
    path: '/api/vpc-authorizations/:name',
    params: VpcAuthorizationParams,
    query: ProfileQuery,
    response: RemovedVpcAuthorization,
  }),

  listIpControls: route({ resource: 'ip-control', method: 'GET', path: '/api/ip-controls', query: IpControlListQuery, response: IpControlList }),
  getIpControl: route({ resource: 'ip-control', method: 'GET', path: '/api/ip-controls/:id', params: IpControlParams, query: ProfileQuery, response: IpControlDetail }),
  createIpControl: route({
    resource: 'ip-control',
    method: 'POST',
    path: '/api/ip-controls',
    query: ProfileQuery,
    body: CreateIpControl,
    response: CreatedIpControl,
    status: 201,
  }),
  modifyIpControl: route({
    resource: 'ip-control',
    method: 'PUT',
    path: '/api/ip-controls/:id',
    params: IpControlParams,
    query: ProfileQuery,
    body: ModifyIpControl,
    response: ModifiedIpControl,
  }),
  deleteIpControl: route({ resource: 'ip-control', method: 'DELETE', path: '/api/ip-controls/:id', params: IpControlParams, query: ProfileQuery, response: DeletedIpControl }),
  listApiGroups: route({ method: 'GET', path: '/api/api-groups', query: ApiGroupsQuery, response: ApiGroupList }),
  listBindableApis: route({
    resource: 'ip-control',
    method: 'GET',
    path: '/api/ip-controls/:id/bindable-apis',
    params: IpControlParams,
    query: BindableApisQuery,
    response: BindableApis,
  }),
  setIpControlApis: route({
    resource: 'ip-control',
    method: 'POST',
    path: '/api/ip-controls/:id/apis',
    params: IpControlParams,
    query: ProfileQuery,
    body: IpControlApis,
    response: IpControlApisChanged,
  }),
  removeIpControlApis: route({
    resource: 'ip-control',
    method: 'POST',
    path: '/api/ip-controls/:id/apis/remove',
    params: IpControlParams,
    query: ProfileQuery,
    body: IpControlApis,
    response: IpControlApisChanged,
  }),
  addPolicyItem: route({
    resource: 'ip-control',
    method: 'POST',
    path: '/api/ip-controls/:id/policy-items',
    params: IpControlParams,
    query: ProfileQuery,
    body: PolicyItemInput,
    response: PolicyItemChanged,
    status: 201,
  }),
  modifyPolicyItem: route({
    resource: 'ip-control',
    method: 'PUT',
    path: '/api/ip-controls/:id/policy-items/:itemId',
    params: PolicyItemParams,
    query: ProfileQuery,
    body: PolicyItemInput,
    response: PolicyItemChanged,
  }),
  removePolicyItem: route({
    resource: 'ip-control',
    method: 'DELETE',
    path: '/api/ip-controls/:id/policy-items/:itemId',
    params: PolicyItemParams,
    query: ProfileQuery,
    response: PolicyItemRemoved,
  }),

  actOnConnections: route({
    resource: 'endpoint-service',
    method: 'POST',
    path: '/api/endpoint-services/:id/connections/action',
    params: EndpointServiceParams,
    query: ProfileQuery,
    body: ConnectionAction,
    response: ConnectionActionResult,
  }),
  listServicePermissions: route({
    resource: 'endpoint-service',
    method: 'GET',
    path: '/api/endpoint-services/:id/permissions',
    params: EndpointServiceParams,
    query: ProfileQuery,
    response: ServicePermissionList,
  }),
  changeServicePermissions: route({
    resource: 'endpoint-service',
    method: 'POST',
    path: '/api/endpoint-services/:id/permissions/action',
    params: EndpointServiceParams,
    query: ProfileQuery,
    body: PermissionAction,
    response: ServicePermissionList,
  }),
  listEndpointServices: route({ resource: 'endpoint-service', method: 'GET', path: '/api/endpoint-services', query: EndpointServiceListQuery, response: EndpointServiceList }),
  getEndpointService: route({
    resource: 'endpoint-service',
    method: 'GET',
    path: '/api/endpoint-services/:id',
    params: EndpointServiceParams,
    query: ProfileQuery,
    response: EndpointServiceDetail,
  }),
  updateEndpointService: route({
    resource: 'endpoint-service',
    method: 'PUT',
    path: '/api/endpoint-services/:id',
    params: EndpointServiceParams,
    query: ProfileQuery,
    body: UpdateEndpointService,
    response: z.object({ service: EndpointService }),
  }),

  listBackends: route({ resource: 'backend-model', method: 'GET', path: '/api/backends', query: BackendListQuery, response: BackendList }),
  getBackend: route({ resource: 'backend-model', method: 'GET', path: '/api/backends/:id', params: BackendParams, query: ProfileQuery, response: BackendDetail }),
  createBackendModel: route({
    resource: 'backend-model',
    method: 'POST',
    path: '/api/backends/:id/models/:stage',
    params: BackendStageParams,
    query: ProfileQuery,
    body: SaveBackendModel,
    response: SavedBackendModel,
    status: 201,
  }),
  modifyBackendModel: route({
    resource: 'backend-model',
    method: 'PUT',
    path: '/api/backends/:id/models/:stage',
    params: BackendStageParams,
    query: ProfileQuery,
    body: SaveBackendModel,
    response: SavedBackendModel,
  }),

  /** Change requests: policies (admins), freezes (admins), the requests and their review. */
  listChangePolicies: route({ method: 'GET', path: '/api/change-policies', response: ChangePolicyList }),
  createChangePolicy: route({ method: 'POST', path: '/api/change-policies', body: ChangePolicyInput, response: ChangePolicy, status: 201, access: 'admin' }),
  updateChangePolicy: route({ method: 'PUT', path: '/api/change-policies/:id', params: PolicyParams, body: ChangePolicyInput, response: ChangePolicy, access: 'admin' }),
  deleteChangePolicy: route({ method: 'DELETE', path: '/api/change-policies/:id', params: PolicyParams, response: Ok, access: 'admin' }),
  listFreezes: route({ method: 'GET', path: '/api/change-freezes', response: FreezeList }),
  createFreeze: route({ method: 'POST', path: '/api/change-freezes', body: FreezeInput, response: Freeze, status: 201, access: 'admin' }),
  deleteFreeze: route({ method: 'DELETE', path: '/api/change-freezes/:id', params: FreezeParams, response: Ok, access: 'admin' }),
  /** The plan of a save and the policies that would hold it: asked before the review dialog's confirm. */
  checkChange: route({ method: 'POST', path: '/api/changes/check', body: CheckChange, response: ChangeCheck, access: 'read' }),
  listChanges: route({ method: 'GET', path: '/api/changes', query: ChangeListQuery, response: ChangeList }),
  openChange: route({ method: 'POST', path: '/api/changes', body: OpenChange, response: ChangeRequest, status: 201 }),
  getChange: route({ method: 'GET', path: '/api/changes/:id', params: ChangeParams, response: ChangeRequest }),
  commentChange: route({ method: 'POST', path: '/api/changes/:id/comments', params: ChangeParams, body: CommentChange, response: ChangeRequest, access: 'read' }),
  approveChange: route({ method: 'POST', path: '/api/changes/:id/approve', params: ChangeParams, body: DecideChange, response: ChangeRequest, sessionOnly: true }),
  rejectChange: route({ method: 'POST', path: '/api/changes/:id/reject', params: ChangeParams, body: DecideChange, response: ChangeRequest, sessionOnly: true }),
  withdrawChange: route({ method: 'POST', path: '/api/changes/:id/withdraw', params: ChangeParams, response: ChangeRequest }),
  applyChange: route({ method: 'POST', path: '/api/changes/:id/apply', params: ChangeParams, body: ApplyChange, response: ChangeRequest }),
  /** A fresh sign-in for approvals: the password typed again. */
  stepUp: route({ method: 'POST', path: '/api/session/step-up', body: StepUp, response: StepUpResult, access: 'read', sessionOnly: true }),

  getInventory: route({ method: 'GET', path: '/api/bindings', query: InventoryQuery, response: Inventory, wholeProfile: true }),
  /** A read of the clouds only, so viewers may start it too. */
  refreshInventory: route({ method: 'POST', path: '/api/bindings/refresh', query: InventoryQuery, response: InventoryJob, status: 202, access: 'read', wholeProfile: true }),
  getInventoryJob: route({ method: 'GET', path: '/api/bindings/jobs/:id', params: InventoryJobParams, response: InventoryJob, wholeProfile: true }),
  /** One resource's impact from the latest inventory: the APIs that depend on it, by group and stage. */
  /** API name, path or id; resource name or id; VPC or instance id; an address (the ACL entries holding it); a port. */
  searchBindings: route({ method: 'GET', path: '/api/bindings/search', query: BindingsSearchQuery, response: SearchResult, wholeProfile: true }),
  /** One API's chain per stage: ACLs, backend, VPC authorization, the endpoint service carrying its port. */
  getApiChain: route({ method: 'GET', path: '/api/bindings/apis/:key', params: ApiKeyParams, query: InventoryQuery, response: ApiChain, wholeProfile: true }),
  /** Findings accepted for a while (owner, reason, expiry); creating and ending one is audited. */
  listSuppressions: route({ method: 'GET', path: '/api/bindings/suppressions', query: InventoryQuery, response: SuppressionList, wholeProfile: true }),
  createSuppression: route({
    method: 'POST',
    path: '/api/bindings/suppressions',
    query: InventoryQuery,
    body: CreateSuppression,
    response: FindingSuppression,
    status: 201,
    wholeProfile: true,
  }),
  removeSuppression: route({ method: 'DELETE', path: '/api/bindings/suppressions/:id', params: SuppressionParams, response: FindingSuppression, wholeProfile: true }),
  getResourceImpact: route({
    method: 'GET',
    path: '/api/bindings/resources/:key',
    params: ResourceKeyParams,
    query: InventoryQuery,
    response: ResourceImpact,
    wholeProfile: true,
  }),
  /** One page of the bindings table, filtered and sorted by the BFF: the browser gets the rows it shows. */
  listBindingRows: route({ method: 'GET', path: '/api/bindings/rows', query: BindingRowsQuery, response: BindingRows, wholeProfile: true }),

  /** The build's state as it changes: `progress`, then `completed` or `failed`. */
  inventoryJobEvents: route({
    kind: 'stream',
    method: 'GET',
    path: '/api/bindings/jobs/:id/events',
    params: InventoryJobParams,
    event: InventoryJob,
    events: ['progress', 'completed', 'failed'] as const,
    wholeProfile: true,
  }),
  exportInventory: route({ kind: 'download', method: 'GET', path: '/api/bindings-export', query: InventoryExportQuery, wholeProfile: true }),

  listTasks: route({ method: 'GET', path: '/api/tasks', query: TaskListQuery, response: TaskList }),
  getTask: route({ method: 'GET', path: '/api/tasks/:id', params: TaskParams, response: Task }),
  /** Resumable with Last-Event-ID (or `?after=` on a first connect); each event's id is its seq. */
  taskEvents: route({
    kind: 'stream',
    method: 'GET',
    path: '/api/tasks/:id/events',
    params: TaskParams,
    event: TaskEvent,
    events: ['started', 'progress', 'completed', 'failed'] as const,
  }),

  /** This API as OpenAPI 3.1, generated from this table. */
  openApi: route({ method: 'GET', path: '/api/openapi.json', response: z.record(z.string(), z.unknown()) }),
  /** The home screen's summary, narrowed to what the person's grants let them see; never starts a crawl. */
  getHomeSummary: route({ method: 'GET', path: '/api/home', response: HomeSummary }),
} as const;

export type Routes = typeof routes;
export type RouteName = keyof Routes;

/** Fills `:name` segments, encoding each value, so no caller builds a path by hand. */
export function pathOf(path: string, params: Record<string, string | number> = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`missing path parameter ${key}`);
    return encodeURIComponent(String(value));
  });
}

/** The event stream of one task (tests and benchmarks follow it by hand). */
export const taskEventsPath = (taskId: string) => pathOf(routes.taskEvents.path, { id: taskId });
