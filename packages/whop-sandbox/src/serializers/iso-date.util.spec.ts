import { createPrng } from '../generator/prng.util';
import { toIso, toIsoOrNull } from './iso-date.util';

const native = (milliseconds: number) => new Date(milliseconds).toISOString();

describe('toIso', () => {
  it('matches Date#toISOString across years 0 to 9999, fractions and negatives included', () => {
    const prng = createPrng(11);
    for (let index = 0; index < 3_000; index++) {
      const milliseconds = prng.int(-62_167_219_200_000, 253_402_300_799_999);
      expect(toIso(milliseconds)).toBe(native(milliseconds));
      expect(toIso(milliseconds + 0.75)).toBe(native(milliseconds + 0.75));
      expect(toIso(-milliseconds - 0.25)).toBe(native(-milliseconds - 0.25));
    }
  });

  it.each([0, -0, -1, 1, -0.5, 86_399_999, 86_400_000, -86_400_000, 8.64e15, -8.64e15])(
    'matches at the edge %p',
    (milliseconds) => {
      expect(toIso(milliseconds)).toBe(native(milliseconds));
    },
  );

  it.each([Number.NaN, Infinity, 8.64e15 + 1, -8.64e15 - 1])(
    'throws like a Date for %p',
    (value) => {
      expect(() => toIso(value)).toThrow(RangeError);
    },
  );

  it('keeps null', () => {
    expect(toIsoOrNull(null)).toBeNull();
    expect(toIsoOrNull(1_784_505_600_000)).toBe('2026-07-20T00:00:00.000Z');
  });
});
