/**
 * The one key factory of this feature, general to specific, so that invalidating
 * `lists()` reaches every page and search, and `detail(name)` every profile of one name.
 */
export interface VpcAuthorizationListFilter {
  page: number;
  pageSize: number;
  search?: string | undefined;
  profile?: string | undefined;
}

export const vpcAuthorizationKeys = {
  all: ['vpc-authorizations'] as const,
  lists: () => [...vpcAuthorizationKeys.all, 'list'] as const,
  list: (filter: VpcAuthorizationListFilter) =>
    [
      ...vpcAuthorizationKeys.lists(),
      { page: filter.page, pageSize: filter.pageSize, search: filter.search ?? '', profile: filter.profile ?? null },
    ] as const,
  details: () => [...vpcAuthorizationKeys.all, 'detail'] as const,
  detail: (name: string, profile?: string) =>
    [...vpcAuthorizationKeys.details(), name, { profile: profile ?? null }] as const,
};
