import { parseWhopMoney } from 'src/modules/whop/utils/parse-whop-money.util';

describe('parseWhopMoney', () => {
  it('reads a major-unit number in the resource currency', () => {
    expect(parseWhopMoney(29.99, 'eur')).toEqual({ amountMicros: '29990000', currencyCode: 'EUR' });
  });

  it('reads a decimal string', () => {
    expect(parseWhopMoney('10.00', 'usd')).toEqual({
      amountMicros: '10000000',
      currencyCode: 'USD',
    });
  });

  it('reads a Money object, whose own currency wins', () => {
    expect(parseWhopMoney({ amount: '10.00', currency: 'gbp' }, 'usd')).toEqual({
      amountMicros: '10000000',
      currencyCode: 'GBP',
    });
  });

  it('falls back to the resource currency when the Money object has none', () => {
    expect(parseWhopMoney({ amount: 0.5 }, 'cad')).toEqual({
      amountMicros: '500000',
      currencyCode: 'CAD',
    });
  });

  it('reads a negative amount (refunds)', () => {
    expect(parseWhopMoney(-12.5, 'usd')).toEqual({
      amountMicros: '-12500000',
      currencyCode: 'USD',
    });
  });

  it('keeps a zero amount', () => {
    expect(parseWhopMoney(0, 'usd')).toEqual({ amountMicros: '0', currencyCode: 'USD' });
  });

  it('has no currency when none is known', () => {
    expect(parseWhopMoney(1)).toEqual({ amountMicros: '1000000', currencyCode: null });
  });

  it.each([null, undefined, 'n/a', { amount: 'n/a', currency: 'usd' }])(
    'maps %p to null',
    (value) => {
      expect(parseWhopMoney(value, 'usd')).toBeNull();
    },
  );
});
