import { describe, expect, it } from 'vitest';

import { convertAmountToMicros } from '@/object-record/utils/convertAmountToMicros';

describe('convertAmountToMicros', () => {
  it.each([
    ['149.99', 149_990_000],
    [' 0.000001 ', 1],
    ['1000', 1_000_000_000],
    ['1,000', 1_000_000_000],
    ['12,345,678.5', 12_345_678_500_000],
  ])('reads %p as %p micros, exactly', (amount, micros) => {
    expect(convertAmountToMicros(amount)).toBe(micros);
  });

  it.each(['', '$100', '49,99', '1,00', '1.0000001', '-5', '1e3', '12,34,567'])(
    'reads %p as no amount',
    (amount) => {
      expect(convertAmountToMicros(amount)).toBeNull();
    },
  );
});
