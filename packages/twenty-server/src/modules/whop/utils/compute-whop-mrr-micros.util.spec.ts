import { buildWhopPlan } from 'src/modules/whop/utils/__tests__/whop-api.fixtures';
import { computeWhopMrrMicros } from 'src/modules/whop/utils/compute-whop-mrr-micros.util';

describe('computeWhopMrrMicros', () => {
  it.each([
    [30, 19.99, '19990000'],
    [7, 10, '42857143'],
    [7, 7, '30000000'],
    [365, 120, '9863014'],
    [365, 365, '30000000'],
    [90, 0.01, '3333'],
    [1, 1, '30000000'],
    [60, 0.000001, '1'],
  ])(
    'normalises a %p-day renewal price of %p to 30 days: %p micros',
    (billingPeriod, renewalPrice, expected) => {
      expect(
        computeWhopMrrMicros(
          buildWhopPlan({ billing_period: billingPeriod, renewal_price: renewalPrice }),
        ),
      ).toEqual({
        amountMicros: expected,
        currencyCode: 'USD',
      });
    },
  );

  it('rounds half away from zero to the micro', () => {
    // 0.000005 × 30 / 60 = 0.0000025 → 3 micros
    expect(
      computeWhopMrrMicros(buildWhopPlan({ billing_period: 60, renewal_price: '0.000005' }))
        ?.amountMicros,
    ).toBe('3');
  });

  it('is exact for prices beyond float precision', () => {
    const plan = buildWhopPlan({ billing_period: 365, renewal_price: '12345678901234.56' });

    // 12345678901234560000 micros × 30 / 365 = 1014713334348046027 + 29/73 micros
    expect(computeWhopMrrMicros(plan)?.amountMicros).toBe('1014713334348046027');
  });

  it('is 0 for a one-time plan', () => {
    const plan = buildWhopPlan({
      plan_type: 'one_time',
      billing_period: null,
      initial_price: 99,
      renewal_price: 0,
    });

    expect(computeWhopMrrMicros(plan)).toEqual({ amountMicros: '0', currencyCode: 'USD' });
  });

  it('is 0 for a one-time plan even when it carries a billing period and a renewal price', () => {
    const plan = buildWhopPlan({ plan_type: 'one_time', billing_period: 30, renewal_price: 10 });

    expect(computeWhopMrrMicros(plan)).toEqual({ amountMicros: '0', currencyCode: 'USD' });
  });

  it.each([null, 0, -30, 30.5])(
    'is 0 for a renewal plan whose billing period is %p',
    (billingPeriod) => {
      expect(computeWhopMrrMicros(buildWhopPlan({ billing_period: billingPeriod }))).toEqual({
        amountMicros: '0',
        currencyCode: 'USD',
      });
    },
  );

  it.each([0, null])('is 0 when the renewal price is %p', (renewalPrice) => {
    expect(
      computeWhopMrrMicros(buildWhopPlan({ renewal_price: renewalPrice, initial_price: 50 }))
        ?.amountMicros,
    ).toBe('0');
  });

  it('keeps the plan currency, upper-cased', () => {
    expect(
      computeWhopMrrMicros(
        buildWhopPlan({ billing_period: 365, renewal_price: 299.99, currency: 'eur' }),
      ),
    ).toEqual({
      amountMicros: '24656712',
      currencyCode: 'EUR',
    });
  });

  it('reads a Money object renewal price', () => {
    const plan = buildWhopPlan({
      billing_period: 7,
      renewal_price: { amount: '10.00', currency: 'cad' },
      currency: null,
    });

    expect(computeWhopMrrMicros(plan)).toEqual({ amountMicros: '42857143', currencyCode: 'CAD' });
  });

  it('returns null without a plan', () => {
    expect(computeWhopMrrMicros(null)).toBeNull();
    expect(computeWhopMrrMicros(undefined)).toBeNull();
  });
});
