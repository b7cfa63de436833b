import { z } from 'zod';

/**
 * What the edit screen tells the detail through the history entry's state. Parsed on arrival,
 * since history state outlives the code that wrote it.
 */
export const SavedState = z.object({
  saved: z.object({
    added: z.number().int(),
    removed: z.number().int(),
    /** Labels of the other fields that changed. */
    fields: z.array(z.string()),
  }),
});
export type SavedState = z.infer<typeof SavedState>;
