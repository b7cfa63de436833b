import { z } from 'zod';
import { msg } from './messages.ts';

/** Query strings carry numbers as text; accept both and bound them. */
const pageNumber = z.coerce.number(msg('number')).int(msg('wholeNumber'));

export const PageQuery = z.object({
  page: pageNumber.min(1, msg('atLeastOne')).max(100_000, msg('tooLarge')).default(1),
  pageSize: pageNumber
    .min(1, msg('atLeastOne'))
    .max(100, msg('atMost', { max: 100 }))
    .default(20),
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
