import { describe, expect, it } from 'vitest';

import { isPositiveAmountMicros } from '@/ui/field/display/utils/isPositiveAmountMicros';

describe('isPositiveAmountMicros', () => {
  it.each([
    ['19990000', true],
    [' 1 ', true],
    ['99999999999999999999999', true],
    ['0', false],
    ['000', false],
    ['-5000000', false],
    ['', false],
    ['12.5', false],
    [null, false],
    [undefined, false],
  ])('%p → %p', (amountMicros, expected) => {
    expect(isPositiveAmountMicros(amountMicros)).toBe(expected);
  });
});
