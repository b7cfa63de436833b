import { z } from 'zod';

/** List → event: the list's query (filters, page), so "Audit log" leads back to the same view. */
export const AuditBackState = z.object({ from: z.string().startsWith('?').or(z.literal('')) });
export type AuditBackState = z.infer<typeof AuditBackState>;
