import { z } from 'zod';

export const StageName = z.enum(['TEST', 'PRE', 'RELEASE']);
export type StageName = z.infer<typeof StageName>;

/** A published API as a binding sees it: which API, in which group and stage. */
export const PublishedApi = z.object({
  apiId: z.string(),
  apiName: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  stageId: z.string(),
  stageName: z.string(),
  method: z.string().optional(),
  path: z.string().optional(),
});
export type PublishedApi = z.infer<typeof PublishedApi>;

/** What a removal reports back: the APIs that lost their binding. */
export const UnboundApi = z.object({ apiId: z.string(), groupId: z.string(), stageId: z.string() });
export type UnboundApi = z.infer<typeof UnboundApi>;
