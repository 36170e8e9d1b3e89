import { isDefined } from 'twenty-shared';

import { type WhopPlan } from 'src/modules/whop/types/whop-api.types';
import { divideRoundingHalfAwayFromZero } from 'src/modules/whop/utils/divide-rounding-half-away-from-zero.util';
import { normalizeWhopCurrencyCode } from 'src/modules/whop/utils/normalize-whop-currency-code.util';
import { parseWhopMoney, type WhopParsedMoney } from 'src/modules/whop/utils/parse-whop-money.util';

const MRR_PERIOD_DAYS = 30n;

export type WhopMrrSource = Pick<
  WhopPlan,
  'plan_type' | 'billing_period' | 'renewal_price' | 'currency'
>;

// Monthly recurring revenue of a plan: its renewal price normalised to 30 days
// (renewal_price × 30 / billing_period), exact in micros, rounded half away from zero to the micro.
// One-time plans, plans without a positive whole billing period or renewal price → "0". No plan → null.
export const computeWhopMrrMicros = (
  plan: WhopMrrSource | null | undefined,
): WhopParsedMoney | null => {
  if (!isDefined(plan)) {
    return null;
  }

  const renewalPrice = parseWhopMoney(plan.renewal_price, plan.currency);
  const currencyCode = renewalPrice?.currencyCode ?? normalizeWhopCurrencyCode(plan.currency);
  const billingPeriodDays = plan.billing_period;

  if (
    plan.plan_type !== 'renewal' ||
    !isDefined(renewalPrice) ||
    !isDefined(billingPeriodDays) ||
    !Number.isInteger(billingPeriodDays) ||
    billingPeriodDays <= 0
  ) {
    return { amountMicros: '0', currencyCode };
  }

  const mrrMicros = divideRoundingHalfAwayFromZero(
    BigInt(renewalPrice.amountMicros) * MRR_PERIOD_DAYS,
    BigInt(billingPeriodDays),
  );

  return { amountMicros: mrrMicros.toString(), currencyCode };
};
