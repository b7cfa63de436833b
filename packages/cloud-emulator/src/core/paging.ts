export interface Page<T> {
  readonly items: T[];
  readonly totalCount: number;
  readonly pageNumber: number;
  readonly pageSize: number;
}

/** One page of a list; pages start at 1; a page past the end is empty. */
export function paginate<T>(all: readonly T[], pageNumber: number, pageSize: number): Page<T> {
  const start = (pageNumber - 1) * pageSize;
  return { items: all.slice(start, start + pageSize), totalCount: all.length, pageNumber, pageSize };
}
