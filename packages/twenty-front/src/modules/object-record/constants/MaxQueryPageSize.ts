// The most records the record API returns in one page (the server refuses a larger `first`).
export const MAX_QUERY_PAGE_SIZE = 200;
