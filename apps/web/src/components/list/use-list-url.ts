import { useEffect, useState } from 'react';
import { useDebouncedCallback } from '@mantine/hooks';
import { PageQuery } from '@portico/contracts/paging';
import { useLocation, useSearchParams } from 'react-router';
import type { z } from 'zod';

const SEARCH_DEBOUNCE_MS = 300;
const DEFAULT_PAGE_SIZE = 20;

/**
 * The URL's query as it is now. The updater's own argument is the query of the render that
 * created it, which a debounced call may have outlived.
 */
const currentParams = () => new URLSearchParams(window.location.search);

/** One optional filter of a list (a type, a status), read from `?<key>=` with its contract rule. */
export interface ListFilter<F extends string> {
  key: string;
  schema: z.ZodType<F>;
}

export interface ListUrlOptions<F extends string> {
  /** The contract's rule for the search text: what it refuses stays in the box with its message. */
  search: z.ZodType<string | undefined>;
  filter?: ListFilter<F>;
}

/**
 * A list screen's state kept in the URL (`page`, `pageSize`, `search`, one filter), so a reload,
 * a shared link and Back show the same rows. Values the contract refuses fall back to defaults.
 */
export function useListUrl<F extends string = never>(options: ListUrlOptions<F>) {
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const page = PageQuery.shape.page.safeParse(params.get('page') ?? undefined).data ?? 1;
  const pageSize = PageQuery.shape.pageSize.safeParse(params.get('pageSize') ?? undefined).data ?? DEFAULT_PAGE_SIZE;
  const search = options.search.safeParse(params.get('search') ?? undefined).data ?? '';
  const filterKey = options.filter?.key;
  const filter = options.filter?.schema.safeParse(params.get(options.filter.key) ?? undefined).data;

  const [text, setText] = useState(search);
  const searchError = options.search.safeParse(text).error?.issues[0]?.message;

  // Updates keep the navigation state (a "removed" notice, say) the screen was opened with.
  const update = (change: (next: URLSearchParams) => void, replace = false) =>
    setParams(
      () => {
        const next = currentParams();
        change(next);
        return next;
      },
      { replace, state: location.state },
    );

  const applySearch = useDebouncedCallback((value: string) => {
    if (!options.search.safeParse(value).success) return;
    // Starting a search is a step Back can undo; refining it replaces that step.
    update((next) => {
      if (value.trim()) next.set('search', value.trim());
      else next.delete('search');
      next.delete('page');
    }, currentParams().has('search'));
  }, SEARCH_DEBOUNCE_MS);

  // Back/forward changes the URL's search: show it in the box (our own updates already match).
  useEffect(() => {
    setText((typed) => (typed.trim() === search ? typed : search));
  }, [search]);

  return {
    page,
    pageSize,
    search,
    filter,
    /** Whether a search or a filter narrows the list (an empty list then means "no match"). */
    narrowed: Boolean(search) || filter !== undefined,
    text,
    searchError,
    /** As people type: the URL follows after a pause. */
    typeSearch: (value: string) => {
      setText(value);
      applySearch(value);
    },
    /** At once (Enter, a suggested search, Clear). */
    searchNow: (value: string) => {
      setText(value);
      applySearch(value);
      applySearch.flush();
    },
    flushSearch: () => applySearch.flush(),
    setFilter: (value: string) =>
      update((next) => {
        if (!filterKey) return;
        if (value) next.set(filterKey, value);
        else next.delete(filterKey);
        next.delete('page');
      }),
    setPage: (value: number) =>
      update((next) => {
        if (value > 1) next.set('page', String(value));
        else next.delete('page');
      }),
    setPageSize: (value: number) =>
      update((next) => {
        next.set('pageSize', String(value));
        next.delete('page');
      }),
    /** Back to the whole list. */
    clear: () => {
      setText('');
      applySearch.cancel();
      // The order the person chose is not a filter: it stays.
      const kept = new URLSearchParams();
      for (const key of ['sort', 'order']) {
        const value = currentParams().get(key);
        if (value !== null) kept.set(key, value);
      }
      setParams(kept, { replace: true, state: location.state });
    },
  };
}

export type ListUrl = ReturnType<typeof useListUrl>;
