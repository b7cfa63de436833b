import { useLocation, useSearchParams } from 'react-router';
import { z } from 'zod';
import type { SortState } from './sort-rows';

const STORAGE_PREFIX = 'portico-sort:';

/** `?sort=<column>&order=asc|desc`; the column is its place in the table, so it holds in any language. */
const SortParams = z.object({ sort: z.coerce.number().int().min(0).max(50), order: z.enum(['asc', 'desc']).default('asc') });

function parse(sort: string | null, order: string | null): SortState | undefined {
  if (sort === null) return undefined;
  const parsed = SortParams.safeParse({ sort, order: order ?? undefined }).data;
  return parsed ? { column: parsed.sort, direction: parsed.order } : undefined;
}

function stored(path: string): SortState | undefined {
  try {
    const raw = new URLSearchParams(localStorage.getItem(STORAGE_PREFIX + path) ?? '');
    return parse(raw.get('sort'), raw.get('order'));
  } catch {
    return undefined;
  }
}

function remember(path: string, sort: SortState | undefined): void {
  try {
    if (sort) localStorage.setItem(STORAGE_PREFIX + path, `sort=${sort.column}&order=${sort.direction}`);
    else localStorage.removeItem(STORAGE_PREFIX + path);
  } catch {
    // Storage refused: the URL still holds the order for this visit.
  }
}

/** A screen with one table sorts by `?sort=&order=`; a second table on it names its own (`?groupsSort=&groupsOrder=`). */
function paramsOf(name: string | undefined): { sortKey: string; orderKey: string } {
  return name ? { sortKey: `${name}Sort`, orderKey: `${name}Order` } : { sortKey: 'sort', orderKey: 'order' };
}

/**
 * A list's sort, kept in the URL (a shared link or a reload shows the same order) and remembered
 * per screen in this browser, so coming back through the menu finds the order left there.
 */
export function useTableSort(name?: string): { sort: SortState | undefined; setSort: (next: SortState | undefined) => void } {
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const { sortKey, orderKey } = paramsOf(name);
  const storageKey = name ? `${location.pathname}#${name}` : location.pathname;
  const fromUrl = params.has(sortKey);
  const sort = fromUrl ? parse(params.get(sortKey), params.get(orderKey)) : stored(storageKey);
  const setSort = (next: SortState | undefined) => {
    remember(storageKey, next);
    setParams(
      (prev) => {
        const updated = new URLSearchParams(prev);
        if (next) {
          updated.set(sortKey, String(next.column));
          updated.set(orderKey, next.direction);
        } else {
          updated.delete(sortKey);
          updated.delete(orderKey);
        }
        return updated;
      },
      { replace: true, state: location.state },
    );
  };
  return { sort, setSort };
}
