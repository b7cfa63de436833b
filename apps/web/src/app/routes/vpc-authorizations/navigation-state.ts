import { PublishedApi } from '@portico/contracts/published-apis';
import { z } from 'zod';

/**
 * What one screen tells the next through the history entry's state. Parsed on arrival, since
 * history state outlives the code that wrote it.
 */

/** Detail → list after a removal: what was removed and which APIs lost their binding. */
export const RemovedState = z.object({
  removed: z.object({ name: z.string(), unboundApis: z.array(PublishedApi) }),
});
export type RemovedState = z.infer<typeof RemovedState>;

/** Create / edit → detail: what just happened, for a one-line notice. */
export const ArrivalState = z.object({
  created: z.boolean().optional(),
  saved: z.object({ needBatchWork: z.boolean(), task: z.boolean() }).optional(),
});
export type ArrivalState = z.infer<typeof ArrivalState>;
