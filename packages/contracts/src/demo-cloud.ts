import { z } from 'zod';

/** Whether this console runs the embedded demo cloud (the emulator), whose state an admin may reset. */
export const DemoCloudInfo = z.object({
  available: z.boolean(),
  /** Where the demo cloud keeps its state, when it does (a path on the server). */
  persistent: z.boolean(),
});
export type DemoCloudInfo = z.infer<typeof DemoCloudInfo>;

/** The demo cloud is back to its seed; the audit log is kept (and holds this reset). */
export const DemoCloudReset = z.object({ ok: z.literal(true), auditEventId: z.string() });
export type DemoCloudReset = z.infer<typeof DemoCloudReset>;
