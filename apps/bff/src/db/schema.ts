import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Inventory } from '@portico/contracts/bindings';
import type { TaskApiResult } from '@portico/contracts/tasks';

/** A cloud's asynchronous change being followed until it ends. */
export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    cloud: text('cloud').notNull(),
    profile: text('profile').notNull(),
    operationId: text('operation_id').notNull(),
    targetName: text('target_name').notNull(),
    status: text('status').notNull(),
    apis: jsonb('apis').$type<TaskApiResult[]>().notNull(),
    error: text('error'),
    /** Last sequence number written to task_events. */
    lastSeq: integer('last_seq').notNull().default(0),
    /** The instance polling it, until the lease expires (a dead instance's tasks are taken over). */
    leaseOwner: text('lease_owner'),
    leaseExpiresAt: timestamp('lease_expires_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('tasks_status_idx').on(t.status), index('tasks_operation_idx').on(t.cloud, t.profile, t.operationId)],
);

export const taskEvents = pgTable(
  'task_events',
  {
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    data: jsonb('data').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.seq] })],
);

/** People who may sign in. Passwords are argon2id hashes; nothing else about them is secret. */
export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role').notNull(),
  /** Null for people who sign in through the identity provider: they have no Portico password. */
  passwordHash: text('password_hash'),
  /** Set for a generated password: nothing but a password change is allowed until it is changed. */
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  disabled: boolean('disabled').notNull().default(false),
  /** `local` (a Portico password, kept for break-glass) or `oidc` (created at the first SSO sign-in). */
  authSource: text('auth_source').notNull().default('local'),
  /** The provider's `sub`: the identity key, never the username (a provider user could pick any name). */
  oidcSubject: text('oidc_subject').unique(),
  /** The provider's groups as of the person's last sign-in; roles (and grants) are read from them. */
  groups: jsonb('groups').$type<string[]>().notNull().default([]),
  /** The console's language the person chose (`en`, `zh-CN`); null follows their browser. */
  locale: text('locale'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Server-side sessions. The cookie holds a random token; only its SHA-256 is stored, so a
 * leaked database does not hand out live sessions.
 */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** The last fresh sign-in (password typed again), which approving a change request needs. */
    stepUpAt: timestamp('step_up_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Who changed what. A row is written as `pending` before the cloud call and finished after it,
 * so a crash in between leaves an `unknown` record, never a missing one.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    cloud: text('cloud').notNull(),
    profile: text('profile').notNull(),
    region: text('region').notNull(),
    operation: text('operation').notNull(),
    resourceType: text('resource_type').notNull(),
    target: text('target').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    result: text('result').notNull(),
    error: text('error'),
    requestId: text('request_id'),
    taskId: uuid('task_id'),
    taskOutcome: text('task_outcome'),
    revertOf: uuid('revert_of'),
    /** Who reverted this change and when: claimed before the revert runs, so it runs once. */
    revertedByName: text('reverted_by_name'),
    revertedAt: timestamp('reverted_at', { withTimezone: true }),
    /** The audit event of the revert, once it exists. */
    revertedBy: uuid('reverted_by'),
    /** The client's address as the trusted-proxy setting resolves it (sign-ins, refusals, changes). */
    clientAddress: text('client_address'),
    /** How the actor came in when not through the console: `token:<name>` for a personal API token. */
    via: text('via'),
    /** The change request this change applied, when it went through review. */
    changeRequestId: uuid('change_request_id'),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('audit_at_idx').on(t.at), index('audit_target_idx').on(t.resourceType, t.target), index('audit_task_idx').on(t.taskId)],
);

/**
 * Sign-in attempts per address or account in a fixed window, counted in the database so that
 * every instance behind a load balancer counts the same attempts.
 */
export const signInAttempts = pgTable('sign_in_attempts', {
  key: text('key').primaryKey(),
  hits: integer('hits').notNull(),
  resetAt: timestamp('reset_at', { withTimezone: true }).notNull(),
});

/**
 * Personal API tokens: `Authorization: Bearer ptc_…` acts as its owner (narrowed to reading when
 * `access` is `read`). Only the SHA-256 of the value is stored; it is shown once, at creation.
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    access: text('access').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);

/**
 * Bindings inventory builds, shared by every instance: at most one running per profile (a second
 * refresh, on any instance, joins it), built by whoever holds the lease (a dead builder's job is
 * taken over when it expires). Finished jobs are pruned after a while.
 */
export const inventoryJobs = pgTable(
  'inventory_jobs',
  {
    id: uuid('id').primaryKey(),
    profile: text('profile').notNull(),
    status: text('status').notNull(),
    phase: text('phase').notNull(),
    done: integer('done').notNull().default(0),
    total: integer('total').notNull().default(0),
    error: text('error'),
    /** Bumped by every change: the event id of its stream, so a resumed watcher skips what it saw. */
    seq: integer('seq').notNull().default(1),
    leaseOwner: text('lease_owner'),
    leaseExpiresAt: timestamp('lease_expires_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('inventory_jobs_running_idx')
      .on(t.profile)
      .where(sql`status = 'running'`),
    index('inventory_jobs_status_idx').on(t.status, t.updatedAt),
  ],
);

/**
 * The latest inventory per profile. It is one document (about 10,000 APIs at the largest seen, a
 * few MB), always read and replaced whole: jsonb, not rows per API.
 */
export const inventories = pgTable('inventories', {
  profile: text('profile').primaryKey(),
  /** The job that built it: instances keep a parsed copy and re-read only when this changes. */
  jobId: uuid('job_id').notNull(),
  asOf: timestamp('as_of', { withTimezone: true }).notNull(),
  data: jsonb('data').$type<Inventory>().notNull(),
  /** Bumped by every write (a build or a console change's update): instances re-read when it moves. */
  version: integer('version').notNull().default(1),
});

/**
 * What each refresh saw, per profile: the resources with their bindings, kept a while (the
 * newest few per profile) so that the next refresh can say what changed outside Portico.
 */
export const inventorySnapshots = pgTable(
  'inventory_snapshots',
  {
    id: uuid('id').primaryKey(),
    profile: text('profile').notNull(),
    jobId: uuid('job_id').notNull(),
    takenAt: timestamp('taken_at', { withTimezone: true }).notNull().defaultNow(),
    /** Resource key → the resource as read, with the keys of the APIs bound to it. */
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index('inventory_snapshots_profile_idx').on(t.profile, t.takenAt)],
);

/** Findings accepted for a while: who owns the risk, why, until when. Expired ones stay, for the record. */
export const findingSuppressions = pgTable(
  'finding_suppressions',
  {
    id: uuid('id').primaryKey(),
    profile: text('profile').notNull(),
    kind: text('kind').notNull(),
    subject: text('subject').notNull(),
    owner: text('owner').notNull(),
    reason: text('reason').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('finding_suppressions_profile_idx').on(t.profile, t.expiresAt)],
);

/**
 * Sign-ins started with the identity provider and not yet back. The browser holds a random
 * binding token in a short-lived cookie; only its SHA-256 is the key here, so the PKCE
 * verifier and nonce never leave the server and a callback from another browser finds nothing.
 */
export const oidcLogins = pgTable('oidc_logins', {
  bindingHash: text('binding_hash').primaryKey(),
  state: text('state').notNull(),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  returnTo: text('return_to').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  /** A fresh sign-in to approve a change: the session (token hash) whose step-up it records, not a new session. */
  reauthSession: text('reauth_session'),
});

/** Console-wide settings an admin changes (e.g. require SSO), one row per key. */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Scoped roles: a role for a person (`user`, by username) or an identity-provider group, in a
 * scope (profiles, kinds, tags, names, stages). `file` grants come from PORTICO_ACCESS_FILE and
 * are replaced whenever the file is loaded; `console` grants are managed in the console.
 */
export const grants = pgTable(
  'grants',
  {
    id: uuid('id').primaryKey(),
    subjectType: text('subject_type').notNull(),
    subject: text('subject').notNull(),
    role: text('role').notNull(),
    scope: jsonb('scope').$type<Record<string, unknown>>().notNull().default({}),
    source: text('source').notNull().default('console'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('grants_subject_idx').on(t.subjectType, t.subject)],
);

/** Which changes wait for review (admins; `file` ones come from PORTICO_ACCESS_FILE). */
export const changePolicies = pgTable('change_policies', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  scope: jsonb('scope').$type<Record<string, unknown>>().notNull().default({}),
  conditions: jsonb('conditions').$type<Record<string, unknown>>().notNull().default({}),
  approvals: integer('approvals').notNull().default(1),
  approverRole: text('approver_role').notNull().default('operator'),
  approverGroups: jsonb('approver_groups').$type<string[]>().notNull().default([]),
  expiresAfterHours: integer('expires_after_hours').notNull().default(72),
  windows: jsonb('windows').$type<unknown[]>().notNull().default([]),
  /** May hold a token (DingTalk, Slack): read by the delivery only, never sent to a browser. */
  webhookUrl: text('webhook_url'),
  webhookFormat: text('webhook_format'),
  source: text('source').notNull().default('console'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A save held for review: the route's input (kept server-side), its plan and its state. */
export const changeRequests = pgTable(
  'change_requests',
  {
    id: uuid('id').primaryKey(),
    operation: text('operation').notNull(),
    state: text('state').notNull(),
    profile: text('profile').notNull(),
    kind: text('kind').notNull(),
    input: jsonb('input').notNull(),
    plan: jsonb('plan').notNull(),
    /** The live state the plan was made from; an apply reads it again and refuses if it moved. */
    fingerprint: text('fingerprint').notNull(),
    policies: jsonb('policies').$type<unknown[]>().notNull(),
    requiredApprovals: integer('required_approvals').notNull(),
    authorId: uuid('author_id'),
    authorName: text('author_name').notNull(),
    comment: text('comment').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    scheduledFor: timestamp('scheduled_for', { withTimezone: true }),
    scheduledById: uuid('scheduled_by_id'),
    auditEventId: uuid('audit_event_id'),
    taskId: uuid('task_id'),
    error: text('error'),
  },
  (t) => [index('change_requests_state_idx').on(t.state), index('change_requests_author_idx').on(t.authorId)],
);

/** A request's timeline: opened, comments, approvals, refusals, the apply. */
export const changeRequestEvents = pgTable(
  'change_request_events',
  {
    id: uuid('id').primaryKey(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => changeRequests.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    type: text('type').notNull(),
    text: text('text'),
    data: jsonb('data'),
  },
  (t) => [index('change_request_events_request_idx').on(t.requestId, t.at)],
);

/** A change freeze: nothing is applied in it except by a break-glass admin with a reason. */
export const changeFreezes = pgTable('change_freezes', {
  id: uuid('id').primaryKey(),
  startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
  endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
  profiles: jsonb('profiles').$type<string[]>().notNull().default([]),
  reason: text('reason').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Webhook deliveries waiting or done: retried with backoff, never in the way of a change. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey(),
    requestId: uuid('request_id').notNull(),
    policyId: uuid('policy_id').notNull(),
    event: text('event').notNull(),
    body: jsonb('body').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('webhook_deliveries_due_idx').on(t.deliveredAt, t.nextAttemptAt)],
);
