import { buildWhopPlan } from 'src/modules/whop/utils/__tests__/whop-api.fixtures';
import { computeWhopPlanPrice } from 'src/modules/whop/utils/compute-whop-plan-price.util';

describe('computeWhopPlanPrice', () => {
  it.each([7, 30, 365, null])(
    'takes the renewal price of a renewal plan billed every %p days',
    (billingPeriod) => {
      expect(
        computeWhopPlanPrice(
          buildWhopPlan({ billing_period: billingPeriod, renewal_price: 19.99 }),
        ),
      ).toEqual({
        amountMicros: '19990000',
        currencyCode: 'USD',
      });
    },
  );

  it('takes the initial price of a one-time plan', () => {
    const plan = buildWhopPlan({
      plan_type: 'one_time',
      billing_period: null,
      initial_price: 299,
      renewal_price: 0,
    });

    expect(computeWhopPlanPrice(plan)).toEqual({ amountMicros: '299000000', currencyCode: 'USD' });
  });

  it('ignores the renewal price of a one-time plan', () => {
    const plan = buildWhopPlan({
      plan_type: 'one_time',
      billing_period: null,
      initial_price: 5,
      renewal_price: 10,
    });

    expect(computeWhopPlanPrice(plan)).toEqual({ amountMicros: '5000000', currencyCode: 'USD' });
  });

  it.each([0, null])('takes the initial price when the renewal price is %p', (renewalPrice) => {
    const plan = buildWhopPlan({ initial_price: 49.5, renewal_price: renewalPrice });

    expect(computeWhopPlanPrice(plan)).toEqual({ amountMicros: '49500000', currencyCode: 'USD' });
  });

  it('keeps a free plan at 0', () => {
    expect(computeWhopPlanPrice(buildWhopPlan({ initial_price: 0, renewal_price: 0 }))).toEqual({
      amountMicros: '0',
      currencyCode: 'USD',
    });
  });

  it('upper-cases the currency (29.99 EUR)', () => {
    expect(computeWhopPlanPrice(buildWhopPlan({ renewal_price: 29.99, currency: 'eur' }))).toEqual({
      amountMicros: '29990000',
      currencyCode: 'EUR',
    });
  });

  it('reads Money objects', () => {
    const plan = buildWhopPlan({
      renewal_price: { amount: '10.00', currency: 'gbp' },
      currency: null,
    });

    expect(computeWhopPlanPrice(plan)).toEqual({ amountMicros: '10000000', currencyCode: 'GBP' });
  });

  it('converts large prices exactly', () => {
    expect(computeWhopPlanPrice(buildWhopPlan({ renewal_price: 1000000.01 }))?.amountMicros).toBe(
      '1000000010000',
    );
  });

  it('returns null without a plan or without any price', () => {
    expect(computeWhopPlanPrice(null)).toBeNull();
    expect(computeWhopPlanPrice(undefined)).toBeNull();
    expect(
      computeWhopPlanPrice(buildWhopPlan({ initial_price: null, renewal_price: null })),
    ).toBeNull();
  });
});
