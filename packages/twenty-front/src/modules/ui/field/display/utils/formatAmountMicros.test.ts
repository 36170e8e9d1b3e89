import { describe, expect, it } from 'vitest';

import { formatAmountMicros } from '@/ui/field/display/utils/formatAmountMicros';

describe('formatAmountMicros', () => {
  it.each([
    ['1500000000', 'USD', '$1,500'],
    ['19990000', 'USD', '$19.99'],
    ['1234567', 'EUR', '€1.23'],
    ['-2500000', 'USD', '-$2.50'],
    ['1000000000', 'JPY', '¥1,000'],
    ['0', 'USD', '$0'],
    ['49000000', 'usd', '$49'],
  ])('formats %s micros of %s as %s', (amountMicros, currencyCode, expected) => {
    expect(formatAmountMicros({ amountMicros, currencyCode })).toBe(expected);
  });

  it('keeps bigint precision beyond Number.MAX_SAFE_INTEGER', () => {
    expect(
      formatAmountMicros({
        amountMicros: '123456789012345678901234',
        currencyCode: 'USD',
      }),
    ).toBe('$123,456,789,012,345,678.90');
  });

  it('formats in the given locale', () => {
    expect(formatAmountMicros({ amountMicros: '1500000000', currencyCode: 'EUR' }, 'fr-FR')).toBe(
      '1\u202f500\u00a0€',
    );
  });

  it('formats a plain number when the currency is missing', () => {
    expect(formatAmountMicros({ amountMicros: '1500250000', currencyCode: null })).toBe('1,500.25');
  });

  it.each([
    ['123', 'BTC', '0.000123 BTC'],
    ['19990000', 'usdt', '19.99 USDT'],
    ['1500000000', 'WHOP_USD', '1,500 WHOP_USD'],
  ])(
    'formats %s micros of %s, a currency Intl does not know, to the micro: %s',
    (amountMicros, currencyCode, expected) => {
      expect(formatAmountMicros({ amountMicros, currencyCode })).toBe(expected);
    },
  );

  it('appends an invalid currency code instead of throwing', () => {
    expect(
      formatAmountMicros({
        amountMicros: '1500000000',
        currencyCode: 'DOLLARS',
      }),
    ).toBe('1,500 DOLLARS');
  });

  it.each([[null], [''], ['12.5'], ['abc']])(
    'returns an empty string for amount %s',
    (amountMicros) => {
      expect(formatAmountMicros({ amountMicros, currencyCode: 'USD' })).toBe('');
    },
  );
});
