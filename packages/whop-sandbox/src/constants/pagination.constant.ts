// Whop's v1 lists are Relay connections served by graphql-ruby, whose `max_page_size` clamps
// `first`/`last` to the maximum instead of failing: the sandbox clamps too (inferred, not documented).
export const MAX_PAGE_SIZE = 100;

// Whop documents no default page size for v1; its earlier list APIs returned 10 items by default.
export const DEFAULT_PAGE_SIZE = 10;
