import { convertWhopAmountToMicros } from 'src/modules/whop/utils/convert-whop-amount-to-micros.util';

describe('convertWhopAmountToMicros', () => {
  it.each([
    [19.99, '19990000'],
    [29.99, '29990000'],
    [0.5, '500000'],
    [1000000.01, '1000000010000'],
    [0.1, '100000'],
    [0.1 + 0.2, '300000'],
    [1.005, '1005000'],
    [4.35, '4350000'],
    [0, '0'],
    [-0, '0'],
    [49, '49000000'],
    [-19.99, '-19990000'],
    [-0.01, '-10000'],
    [123456789.123456, '123456789123456'],
  ])('converts the number %p to %p', (amount, expected) => {
    expect(convertWhopAmountToMicros(amount)).toBe(expected);
  });

  it.each([
    ['10.00', '10000000'],
    ['19.99', '19990000'],
    [' 7.5 ', '7500000'],
    ['-5.25', '-5250000'],
    ['+3', '3000000'],
    ['.25', '250000'],
    ['12.', '12000000'],
    ['0.000001', '1'],
    ['1E3', '1000000000'],
    ['99999999999999999999.99', '99999999999999999999990000'],
  ])('converts the decimal string %p to %p', (amount, expected) => {
    expect(convertWhopAmountToMicros(amount)).toBe(expected);
  });

  it.each([
    [1e-7, '0'],
    [5e-7, '1'],
    [-5e-7, '-1'],
    [4e-7, '0'],
    [1.5e-6, '2'],
    [-1.5e-6, '-2'],
    [2.5e-6, '3'],
    [5e-324, '0'],
    [1e21, '1000000000000000000000000000'],
    [1.2345e25, '12345000000000000000000000000000'],
  ])(
    'handles the exponent notation of %p exactly (%p), rounding half away from zero',
    (amount, expected) => {
      expect(convertWhopAmountToMicros(amount)).toBe(expected);
    },
  );

  it.each([
    ['0.0000005', '1'],
    ['0.00000049999', '0'],
    ['-0.0000025', '-3'],
    ['1.23456789', '1234568'],
    ['2.5e-6', '3'],
    ['-0.0000001', '0'],
  ])('rounds the string %p to the micro: %p', (amount, expected) => {
    expect(convertWhopAmountToMicros(amount)).toBe(expected);
  });

  it.each([null, undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'maps %p to null',
    (amount) => {
      expect(convertWhopAmountToMicros(amount)).toBeNull();
    },
  );

  it.each(['', '  ', '.', '-', 'e5', 'abc', '1,000.00', '10 USD', '$10', '1e999999', 'Infinity'])(
    'rejects the malformed string %p',
    (amount) => {
      expect(convertWhopAmountToMicros(amount)).toBeNull();
    },
  );
});
