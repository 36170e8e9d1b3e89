import {
  computeLifetimeValueMicros,
  pickWhopLifetimeValueForDisplay,
  type WhopLifetimeValuePayment,
} from 'src/modules/whop/utils/compute-lifetime-value-micros.util';

const payment = (overrides: Partial<WhopLifetimeValuePayment>): WhopLifetimeValuePayment => ({
  amountMicros: '19990000',
  refundedAmountMicros: null,
  currencyCode: 'USD',
  classification: 'succeeded',
  ...overrides,
});

describe('computeLifetimeValueMicros', () => {
  it('sums succeeded payments exactly', () => {
    expect(
      computeLifetimeValueMicros([
        payment({ amountMicros: '100000' }),
        payment({ amountMicros: '200000' }),
        payment({ amountMicros: '19990000' }),
      ]),
    ).toEqual({ USD: '20290000' });
  });

  it('keeps one total per currency', () => {
    expect(
      computeLifetimeValueMicros([
        payment({ amountMicros: '19990000', currencyCode: 'USD' }),
        payment({ amountMicros: '29990000', currencyCode: 'EUR' }),
        payment({ amountMicros: '10000000', currencyCode: 'eur' }),
      ]),
    ).toEqual({ USD: '19990000', EUR: '39990000' });
  });

  it('subtracts refunds', () => {
    expect(
      computeLifetimeValueMicros([
        payment({ amountMicros: '50000000' }),
        payment({
          amountMicros: '50000000',
          refundedAmountMicros: '20000000',
          classification: 'partially_refunded',
        }),
        payment({
          amountMicros: '50000000',
          refundedAmountMicros: '50000000',
          classification: 'refunded',
        }),
      ]),
    ).toEqual({ USD: '80000000' });
  });

  it('counts a refunded payment without a refunded amount as fully refunded', () => {
    expect(computeLifetimeValueMicros([payment({ classification: 'refunded' })])).toEqual({
      USD: '0',
    });
  });

  it('takes a negative refunded amount for none stated, never for money received', () => {
    expect(
      computeLifetimeValueMicros([
        payment({ classification: 'partially_refunded', refundedAmountMicros: '-19990000' }),
        payment({ classification: 'refunded', refundedAmountMicros: '-5000000' }),
      ]),
    ).toEqual({ USD: '19990000' });
  });

  it('never lets one payment go below zero', () => {
    expect(
      computeLifetimeValueMicros([
        payment({ amountMicros: '10000000' }),
        payment({
          amountMicros: '5000000',
          refundedAmountMicros: '7000000',
          classification: 'refunded',
        }),
      ]),
    ).toEqual({ USD: '10000000' });
  });

  it.each(['failed', 'pending', 'other'] as const)('ignores %p payments', (classification) => {
    expect(
      computeLifetimeValueMicros([
        payment({ amountMicros: '1000000' }),
        payment({ classification }),
      ]),
    ).toEqual({
      USD: '1000000',
    });
  });

  it('skips payments without an amount or a currency', () => {
    expect(
      computeLifetimeValueMicros([
        payment({ amountMicros: null }),
        payment({ currencyCode: null }),
        payment({ currencyCode: ' ' }),
        payment({ amountMicros: '1', currencyCode: 'GBP' }),
      ]),
    ).toEqual({ GBP: '1' });
  });

  it('is exact beyond float precision', () => {
    expect(
      computeLifetimeValueMicros([
        payment({ amountMicros: '9007199254740993000000' }),
        payment({ amountMicros: '1' }),
      ]),
    ).toEqual({ USD: '9007199254740993000001' });
  });

  it('is empty without payments', () => {
    expect(computeLifetimeValueMicros([])).toEqual({});
  });
});

describe('pickWhopLifetimeValueForDisplay', () => {
  it('shows USD when present, even when smaller', () => {
    expect(pickWhopLifetimeValueForDisplay({ EUR: '900000000', USD: '1000000' })).toEqual({
      amountMicros: '1000000',
      currencyCode: 'USD',
    });
  });

  it('shows USD at zero rather than another currency', () => {
    expect(pickWhopLifetimeValueForDisplay({ USD: '0', GBP: '5' })).toEqual({
      amountMicros: '0',
      currencyCode: 'USD',
    });
  });

  it('else shows the largest amount, compared exactly', () => {
    expect(
      pickWhopLifetimeValueForDisplay({
        EUR: '9007199254740993',
        GBP: '9007199254740992',
        JPY: '100',
      }),
    ).toEqual({ amountMicros: '9007199254740993', currencyCode: 'EUR' });
  });

  it('breaks ties alphabetically', () => {
    expect(pickWhopLifetimeValueForDisplay({ GBP: '10', EUR: '10' })).toEqual({
      amountMicros: '10',
      currencyCode: 'EUR',
    });
  });

  it('returns null when there is no value', () => {
    expect(pickWhopLifetimeValueForDisplay({})).toBeNull();
  });
});
