import { StageName } from '@portico/contracts/published-apis';
import { z } from 'zod';

/**
 * What the model editor tells the backend's page through the history entry's state. Parsed on
 * arrival, since history state outlives the code that wrote it.
 */
export const ModelSavedState = z.object({
  modelSaved: z.object({ stage: StageName, created: z.boolean(), task: z.boolean() }),
});
export type ModelSavedState = z.infer<typeof ModelSavedState>;
