import { amountAfterFees, roundMoney, taxFor, toUsd } from './money.util';

describe('money', () => {
  it('rounds to cents', () => {
    expect(roundMoney(19.994)).toBe(19.99);
    expect(roundMoney(0.1 + 0.2)).toBe(0.3);
  });

  it('converts to usd with fixed rates', () => {
    expect(toUsd(10, 'usd')).toBe(10);
    expect(toUsd(10, 'eur')).toBe(10.8);
    expect(toUsd(19.99, 'gbp')).toBe(25.39);
  });

  it('charges fees and never goes negative', () => {
    expect(amountAfterFees(100)).toBe(97);
    expect(amountAfterFees(0.2)).toBe(0);
    expect(amountAfterFees(0)).toBe(0);
  });

  it('includes VAT for eur and gbp only', () => {
    expect(taxFor(24, 'eur')).toEqual({ taxAmount: 4, taxBehavior: 'inclusive' });
    expect(taxFor(24, 'usd')).toEqual({ taxAmount: 0, taxBehavior: 'exclusive' });
  });
});
