// How long an answer asks to wait before the next request, in milliseconds, read as the SDK reads
// it: `retry-after-ms`, else `Retry-After` in seconds or as an HTTP date. Null when it does not say.
export const parseWhopRetryAfterMs = (headers: Headers, now: number): number | null => {
  const milliseconds = parseFloat(headers.get('retry-after-ms') ?? '');

  if (!Number.isNaN(milliseconds)) return Math.max(0, milliseconds);
  const retryAfter = headers.get('retry-after');

  if (retryAfter === null) return null;
  const seconds = parseFloat(retryAfter);

  if (!Number.isNaN(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(retryAfter);

  return Number.isNaN(date) ? null : Math.max(0, date - now);
};
