import { parseWhopDate } from 'src/modules/whop/utils/parse-whop-date.util';

describe('parseWhopDate', () => {
  it('parses an ISO-8601 timestamp', () => {
    expect(parseWhopDate('2026-03-01T09:32:00.000Z')?.toISOString()).toBe(
      '2026-03-01T09:32:00.000Z',
    );
  });

  it.each([
    ['2026-03-01T10:32:00+01:00'],
    ['2026-03-01T10:32:00.5+0100'],
    ['2026-03-01T04:32-05:00'],
  ])('honours the offset of %p', (value) => {
    expect(parseWhopDate(value)?.toISOString().slice(0, 16)).toBe('2026-03-01T09:32');
  });

  it.each([null, undefined, '', '  ', 'not a date'])('maps %p to null', (value) => {
    expect(parseWhopDate(value)).toBeNull();
  });

  // `new Date` reads a timestamp without an offset as a local time, a date alone as UTC midnight,
  // and a number or a month name as some day of 2001.
  it.each([['2026-01-01T00:00:00'], ['2026-01-01'], ['0'], ['12'], ['March 7']])(
    'does not guess a date from %p, which has no offset or is no timestamp',
    (value) => {
      expect(parseWhopDate(value)).toBeNull();
    },
  );

  it.each([[1767225600], [{}], [true]])('maps a non-string %p to null', (value) => {
    expect(parseWhopDate(value)).toBeNull();
  });

  it('maps an impossible date to null', () => {
    expect(parseWhopDate('2026-13-45T00:00:00Z')).toBeNull();
  });
});
