import { z } from 'zod';

/** Query strings carry numbers as text; accept both and bound them. */
const pageNumber = z.coerce.number({ error: 'must be a number' }).int('must be a whole number');

export const PageQuery = z.object({
  page: pageNumber.min(1, 'must be 1 or more').max(100_000, 'is too large').default(1),
  pageSize: pageNumber.min(1, 'must be 1 or more').max(100, 'must be 100 or less').default(20),
});
export type PageQuery = z.infer<typeof PageQuery>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    page: z.number().int().positive(),
    pageSize: z.number().int().positive(),
  });
}
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
