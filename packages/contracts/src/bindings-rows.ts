import { z } from 'zod';
import { msg } from './messages.ts';
import { Finding, InventoryApi, InventoryQuery, InventoryResource } from './bindings.ts';
import { BindingFilters } from './bindings-filter.ts';

/** The columns the bindings table sorts by, on the BFF (the browser holds one page at a time). */
export const BindingRowSort = z.enum(['group', 'stage', 'api', 'method', 'path', 'vpc', 'acls', 'backend', 'findings']);
export type BindingRowSort = z.infer<typeof BindingRowSort>;

/** Most rows in one page: enough to fill a tall screen several times over. */
export const MAX_ROWS_PAGE = 500;

export const BindingRowsQuery = InventoryQuery.extend({
  ...BindingFilters.shape,
  offset: z.coerce
    .number()
    .int(msg('wholeNumber'))
    .min(0, msg('zeroOrMore'))
    .max(1_000_000, msg('atMost', { max: 1_000_000 }))
    .default(0),
  limit: z.coerce
    .number()
    .int(msg('wholeNumber'))
    .min(1, msg('atLeastOne'))
    .max(MAX_ROWS_PAGE, msg('atMost', { max: MAX_ROWS_PAGE }))
    .default(100),
  sort: BindingRowSort.default('group'),
  desc: z.enum(['true', 'false'], msg('boolean')).default('false'),
});
export type BindingRowsQuery = z.infer<typeof BindingRowsQuery>;

/** A resource as a row names it: enough to show and link it (no details). */
export const RowResource = InventoryResource.omit({ details: true });
export type RowResource = z.infer<typeof RowResource>;

/** One published API as the bindings table shows it, with what it hangs on. */
export const BindingRow = z.object({
  key: z.string(),
  api: InventoryApi,
  /** Upper-case TEST / PRE / RELEASE, whatever case the cloud sent. */
  stage: z.string(),
  vpcAuthorizations: z.array(RowResource),
  ipControls: z.array(RowResource),
  backends: z.array(RowResource),
  findings: z.array(Finding),
});
export type BindingRow = z.infer<typeof BindingRow>;

/**
 * GET /api/bindings/rows: one page of the table, filtered and sorted by the BFF, so the browser
 * receives the rows it shows and not the whole inventory.
 */
export const BindingRows = z.object({
  asOf: z.string(),
  /** Rows the filters leave (the table's length). */
  total: z.number().int(),
  /** Rows in the inventory before any filter. */
  all: z.number().int(),
  offset: z.number().int(),
  rows: z.array(BindingRow),
});
export type BindingRows = z.infer<typeof BindingRows>;
