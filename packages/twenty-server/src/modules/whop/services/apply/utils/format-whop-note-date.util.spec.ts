import { formatWhopNoteDate } from 'src/modules/whop/services/apply/utils/format-whop-note-date.util';

describe('formatWhopNoteDate', () => {
  it('writes the moment in UTC, saying so', () => {
    expect(formatWhopNoteDate(new Date('2026-01-02T22:59:30.000Z'))).toBe(
      'Jan 2, 2026, 10:59 PM UTC',
    );
  });
});
