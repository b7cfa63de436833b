import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid, index } from 'drizzle-orm/pg-core';
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
  (t) => [index('tasks_status_idx').on(t.status)],
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
