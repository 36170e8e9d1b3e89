import { parseWhopDate } from 'src/modules/whop/utils/parse-whop-date.util';

describe('parseWhopDate', () => {
  it('parses an ISO-8601 timestamp', () => {
    expect(parseWhopDate('2026-03-01T09:32:00.000Z')?.toISOString()).toBe(
      '2026-03-01T09:32:00.000Z',
    );
  });

  it('honours the offset', () => {
    expect(parseWhopDate('2026-03-01T10:32:00+01:00')?.toISOString()).toBe(
      '2026-03-01T09:32:00.000Z',
    );
  });

  it.each([null, undefined, '', '  ', 'not a date'])('maps %p to null', (value) => {
    expect(parseWhopDate(value)).toBeNull();
  });
});
