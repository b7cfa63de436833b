import type { EndpointServiceListQuery } from '@portico/contracts/endpoint-services';

/**
 * The one key factory of this feature, general to specific, so that invalidating `lists()`
 * reaches every page, search and status filter, and `details()` every service (a change to one
 * service shows in the "sharing this backend port" part of the others).
 */
export interface EndpointServiceListFilter {
  page: number;
  pageSize: number;
  search?: string | undefined;
  status?: EndpointServiceListQuery['status'] | undefined;
  profile?: string | undefined;
}

export const endpointServiceKeys = {
  all: ['endpoint-services'] as const,
  lists: () => [...endpointServiceKeys.all, 'list'] as const,
  list: (filter: EndpointServiceListFilter) =>
    [
      ...endpointServiceKeys.lists(),
      {
        page: filter.page,
        pageSize: filter.pageSize,
        search: filter.search ?? '',
        status: filter.status ?? null,
        profile: filter.profile ?? null,
      },
    ] as const,
  details: () => [...endpointServiceKeys.all, 'detail'] as const,
  detail: (id: string, profile?: string) => [...endpointServiceKeys.details(), id, { profile: profile ?? null }] as const,
};
