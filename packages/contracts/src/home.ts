import { z } from 'zod';
import { AuditEvent } from './audit.ts';
import { ResourceKind } from './grants.ts';
import { Cloud, ProfileId } from './profiles.ts';
import { TaskListItem } from './tasks.ts';

/**
 * How many resources of one kind a person may see in one profile. `null`: the cloud did not
 * answer. `more`: a person whose grants narrow the list sees the count of the first page read
 * (100 resources), and there are more to look through on the list itself.
 */
export const HomeCount = z.object({ kind: ResourceKind, count: z.number().int().nonnegative().nullable(), more: z.boolean() });
export type HomeCount = z.infer<typeof HomeCount>;

export const HomeProfile = z.object({ id: ProfileId, name: z.string(), cloud: Cloud, region: z.string(), counts: z.array(HomeCount) });
export type HomeProfile = z.infer<typeof HomeProfile>;

export const FindingSeverity = z.enum(['high', 'warning', 'info']);
export type FindingSeverity = z.infer<typeof FindingSeverity>;

/**
 * The open findings of a profile's bindings inventory, by severity, as last built. `not-built`:
 * no inventory yet (the home page never starts a crawl). Profiles whose whole inventory the person
 * may not read are left out.
 */
export const HomeFindings = z.object({
  profile: ProfileId,
  profileName: z.string(),
  state: z.enum(['built', 'not-built']),
  asOf: z.string().optional(),
  open: z.record(FindingSeverity, z.number().int().nonnegative()),
  suppressed: z.number().int().nonnegative(),
});
export type HomeFindings = z.infer<typeof HomeFindings>;

/** The home screen: what there is, what needs a look, what is running and what changed lately. */
export const HomeSummary = z.object({
  profiles: z.array(HomeProfile),
  findings: z.array(HomeFindings),
  running: z.object({ total: z.number().int().nonnegative(), items: z.array(TaskListItem) }),
  recent: z.object({ mine: z.array(AuditEvent), everyone: z.array(AuditEvent) }),
});
export type HomeSummary = z.infer<typeof HomeSummary>;
