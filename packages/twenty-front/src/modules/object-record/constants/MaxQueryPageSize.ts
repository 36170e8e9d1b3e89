// The most records the record API returns in one page (the server caps `first` there).
export const MAX_QUERY_PAGE_SIZE = 200;
