/** The cloud's page size limit for its listings. */
export const MAX_PAGE_SIZE = 100;

/**
 * Every item of a paged listing, page by page up to the total the cloud reports. Listings differ
 * in their largest page (DescribeDeployedApis takes 50), so the caller may say.
 */
export async function allPages<T>(fetchPage: (page: number, pageSize: number) => Promise<{ items: T[]; total: number }>, pageSize = MAX_PAGE_SIZE): Promise<T[]> {
  const first = await fetchPage(1, pageSize);
  const items = [...first.items];
  const pages = Math.ceil(first.total / pageSize);
  for (let page = 2; page <= pages; page++) items.push(...(await fetchPage(page, pageSize)).items);
  return items;
}
