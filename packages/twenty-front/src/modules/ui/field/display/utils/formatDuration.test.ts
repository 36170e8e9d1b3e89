import { describe, expect, it } from 'vitest';

import { formatDuration } from '@/ui/field/display/utils/formatDuration';

describe('formatDuration', () => {
  it.each([
    [0, '< 1 s'],
    [400, '< 1 s'],
    [45_000, '45 s'],
    [60_000, '1 min'],
    [134_000, '2 min 14 s'],
    [3_600_000, '1 h'],
    [3_780_000, '1 h 3 min'],
  ])('formats %d ms as %s', (durationMs, expected) => {
    expect(formatDuration(durationMs)).toBe(expected);
  });
});
