import { describe, expect, it } from 'vitest';

import { formatTime } from '@/ui/field/display/utils/formatTime';

describe('formatTime', () => {
  it('gives the time of day in the local time zone', () => {
    expect(formatTime(new Date(2025, 2, 14, 10, 31).toISOString())).toBe('10:31 AM');
    expect(formatTime(new Date(2025, 2, 14, 15, 5).toISOString())).toBe('3:05 PM');
  });

  it('gives nothing for a date it cannot read', () => {
    expect(formatTime('not a date')).toBe('');
  });
});
