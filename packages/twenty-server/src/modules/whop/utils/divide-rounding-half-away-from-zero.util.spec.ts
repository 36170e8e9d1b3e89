import { divideRoundingHalfAwayFromZero } from 'src/modules/whop/utils/divide-rounding-half-away-from-zero.util';

describe('divideRoundingHalfAwayFromZero', () => {
  it.each([
    [10n, 2n, 5n],
    [7n, 2n, 4n],
    [5n, 3n, 2n],
    [4n, 3n, 1n],
    [-7n, 2n, -4n],
    [7n, -2n, -4n],
    [-7n, -2n, 4n],
    [-4n, 3n, -1n],
    [0n, 7n, 0n],
    [1n, 3n, 0n],
    [2n, 3n, 1n],
  ])('%p / %p = %p', (numerator, denominator, expected) => {
    expect(divideRoundingHalfAwayFromZero(numerator, denominator)).toBe(expected);
  });

  it('is exact beyond the float range', () => {
    expect(divideRoundingHalfAwayFromZero(10n ** 30n + 5n, 10n)).toBe(10n ** 29n + 1n);
  });

  it('refuses a zero denominator', () => {
    expect(() => divideRoundingHalfAwayFromZero(1n, 0n)).toThrow(RangeError);
  });
});
