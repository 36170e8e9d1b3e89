export type ListWalk = { pages: number; items: number };

type Page = { data: unknown[]; page_info: { end_cursor: string | null } };

// Reads every page of a list as @whop/sdk 0.0.42's auto-pagination does: the list's query, then the
// same query plus `after=<end_cursor>` while the last page had items and an end cursor (so the walk
// ends with one empty page).
export const walkList = async (url: string, headers: Record<string, string>): Promise<ListWalk> => {
  let pages = 0;
  let items = 0;
  let cursor: string | null = null;
  do {
    const response = await fetch(cursor === null ? url : `${url}&after=${cursor}`, { headers });
    const page = (await response.json()) as Page;
    pages++;
    if (response.status !== 200)
      throw new Error(`${url}: page ${pages} answered ${response.status}.`);
    items += page.data.length;
    cursor = page.data.length > 0 ? page.page_info.end_cursor : null;
  } while (cursor !== null);
  return { pages, items };
};
