import { parseWhopRetryAfterMs } from 'src/modules/whop/utils/parse-whop-retry-after-ms.util';

const NOW = Date.parse('2026-12-06T12:00:00.000Z');

describe('parseWhopRetryAfterMs', () => {
  it('reads retry-after-ms first, then Retry-After in seconds', () => {
    expect(parseWhopRetryAfterMs(new Headers({ 'retry-after-ms': '250.5' }), NOW)).toBe(250.5);
    expect(
      parseWhopRetryAfterMs(new Headers({ 'retry-after-ms': '250', 'retry-after': '12' }), NOW),
    ).toBe(250);
    expect(parseWhopRetryAfterMs(new Headers({ 'retry-after': '12' }), NOW)).toBe(12_000);
    expect(parseWhopRetryAfterMs(new Headers({ 'retry-after': '0.5' }), NOW)).toBe(500);
  });

  it('reads Retry-After as an HTTP date, from now', () => {
    expect(
      parseWhopRetryAfterMs(new Headers({ 'retry-after': 'Sun, 06 Dec 2026 12:00:30 GMT' }), NOW),
    ).toBe(30_000);
    expect(
      parseWhopRetryAfterMs(new Headers({ 'retry-after': 'Sun, 06 Dec 2026 11:59:00 GMT' }), NOW),
    ).toBe(0);
  });

  it('is null when the answer does not say', () => {
    expect(parseWhopRetryAfterMs(new Headers(), NOW)).toBeNull();
    expect(parseWhopRetryAfterMs(new Headers({ 'retry-after': 'soon' }), NOW)).toBeNull();
  });

  it('never asks to wait less than nothing', () => {
    expect(parseWhopRetryAfterMs(new Headers({ 'retry-after-ms': '-5' }), NOW)).toBe(0);
    expect(parseWhopRetryAfterMs(new Headers({ 'retry-after': '-5' }), NOW)).toBe(0);
  });
});
