/** The cloud's page size limit for its listings. */
export const MAX_PAGE_SIZE = 100;

/** Every item of a paged listing, page by page up to the total the cloud reports. */
export async function allPages<T>(fetchPage: (page: number, pageSize: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const first = await fetchPage(1, MAX_PAGE_SIZE);
  const items = [...first.items];
  const pages = Math.ceil(first.total / MAX_PAGE_SIZE);
  for (let page = 2; page <= pages; page++) items.push(...(await fetchPage(page, MAX_PAGE_SIZE)).items);
  return items;
}
