// Whop's timestamps are ISO-8601 with their offset (`2026-03-01T09:32:00.000Z`). Anything else is
// not read as a date: `new Date` would take a timestamp without an offset in the server's own time
// zone, and a bare number or a month name for some day of 2001.
const WHOP_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

// A Whop timestamp → Date; missing, blank or not an ISO-8601 timestamp with an offset → null.
export const parseWhopDate = (value: unknown): Date | null => {
  if (typeof value !== 'string' || !WHOP_TIMESTAMP.test(value.trim())) {
    return null;
  }

  const date = new Date(value.trim());

  return Number.isNaN(date.getTime()) ? null : date;
};
