import { z } from 'zod';
import { PageQuery, pageOf } from './paging.ts';
import { Cloud } from './profiles.ts';
import { ClientToken } from './vpc-authorizations.ts';
import { TaskSummary } from './tasks.ts';
import { msg } from './messages.ts';

/** `pending` while the cloud call is in flight; `unknown` if the BFF died before it learned the outcome. */
export const AuditResult = z.enum(['pending', 'succeeded', 'failed', 'unknown']);
export type AuditResult = z.infer<typeof AuditResult>;

/** `session`: sign-ins, sign-outs, password changes and refused requests. `demo-cloud`: a reset of the embedded emulator. `settings`: console-wide settings. */
export const ResourceType = z.enum([
  'vpc-authorization',
  'ip-control',
  'backend-model',
  'backend',
  'endpoint-service',
  'finding',
  'user',
  'session',
  'api-token',
  'demo-cloud',
  'settings',
  'grant',
  'change-request',
]);
export type ResourceType = z.infer<typeof ResourceType>;

export const AuditEvent = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({ id: z.string().optional(), name: z.string() }),
  cloud: Cloud.or(z.literal('portico')),
  profile: z.string(),
  region: z.string(),
  operation: z.string(),
  resourceType: ResourceType,
  target: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  result: AuditResult,
  error: z.string().optional(),
  requestId: z.string().optional(),
  taskId: z.string().optional(),
  taskOutcome: z.string().optional(),
  revertOf: z.string().optional(),
  /** Set once this change was reverted: a change is reverted at most once. */
  revertedBy: z.object({ name: z.string(), at: z.string(), eventId: z.string().optional() }).optional(),
  /** The client's address, as the trusted-proxy setting resolves it. */
  clientAddress: z.string().optional(),
  /** How the actor came in when not through the console, e.g. `token:deploy-bot`. */
  via: z.string().optional(),
  /** The change request this event belongs to (opened, approved, applied through review). */
  changeRequestId: z.string().optional(),
  finishedAt: z.string().optional(),
  /** Whether this change can be undone from the console. */
  revertible: z.boolean(),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

const isoDate = z.iso.datetime({ offset: true, ...msg('isoDateTime') });

/** Every operation the audit log records, for filters. */
export const auditOperations = [
  'SetVpcAccess',
  'ModifyVpcAccessAndUpdateApis',
  'RemoveVpcAccess',
  'AddIpControlPolicyItem',
  'ModifyIpControlPolicyItem',
  'RemoveIpControlPolicyItem',
  'CreateBackendModel',
  'ModifyBackendModel',
  'UpdateEndpointService',
  'CreateUser',
  'UpdateUser',
  'SignIn',
  'SignInFailed',
  'SignOut',
  'ChangePassword',
  'RequestRefused',
  'CreateToken',
  'RevokeToken',
  'ResetDemoCloud',
  'SuppressFinding',
  'EndFindingSuppression',
  'CreatedOutsidePortico',
  'ChangedOutsidePortico',
  'RemovedOutsidePortico',
  'OpenChangeRequest',
  'ApproveChangeRequest',
  'RejectChangeRequest',
  'BreakGlass',
  'StepUp',
  'CreateChangePolicy',
  'UpdateChangePolicy',
  'DeleteChangePolicy',
  'LoadChangePolicies',
  'CreateChangeFreeze',
  'DeleteChangeFreeze',
] as const;

/** How an event found by a refresh (a change made outside Portico) says where it came from. */
export const OUTSIDE_PORTICO = 'outside-portico';
export const outsideOperations = ['CreatedOutsidePortico', 'ChangedOutsidePortico', 'RemovedOutsidePortico'] as const;

/**
 * `changes`: what people changed through Portico; `access`: sign-ins, sign-outs, password changes
 * and refused requests; `outside`: what a refresh found changed in the clouds outside Portico.
 */
export const AuditCategory = z.enum(['changes', 'access', 'outside']);
export type AuditCategory = z.infer<typeof AuditCategory>;

/** The resource types that are access events rather than changes. */
export const accessResourceTypes: readonly ResourceType[] = ['session'];

export const AuditQuery = PageQuery.extend({
  category: AuditCategory.optional(),
  actor: z.string().trim().max(64).optional(),
  resourceType: ResourceType.optional(),
  target: z.string().trim().max(100).optional(),
  operation: z.string().trim().max(64).optional(),
  result: AuditResult.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditExportQuery = AuditQuery.omit({ page: true, pageSize: true }).extend({ format: z.enum(['csv', 'json']).default('json') });
export type AuditExportQuery = z.infer<typeof AuditExportQuery>;

export const AuditList = pageOf(AuditEvent);
export type AuditList = z.infer<typeof AuditList>;

export const AuditParams = z.object({ id: z.uuid(msg('auditEventId')) });

/** What a revert would do, shown and confirmed before it is done. */
export const RevertPreview = z.object({
  event: AuditEvent,
  current: z.unknown(),
  restore: z.unknown(),
  /** Why the revert is refused, when the resource changed since in a conflicting way. */
  conflict: z.string().optional(),
});
export type RevertPreview = z.infer<typeof RevertPreview>;

export const RevertRequest = z.strictObject({ clientToken: ClientToken.optional() });

export const RevertResult = z.object({ auditEventId: z.string(), task: TaskSummary.optional() });
export type RevertResult = z.infer<typeof RevertResult>;
