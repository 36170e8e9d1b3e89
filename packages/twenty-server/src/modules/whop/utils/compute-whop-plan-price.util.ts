import { isDefined } from 'twenty-shared';

import { type WhopPlan } from 'src/modules/whop/types/whop-api.types';
import { parseWhopMoney, type WhopParsedMoney } from 'src/modules/whop/utils/parse-whop-money.util';

export type WhopPlanPricingSource = Pick<
  WhopPlan,
  'plan_type' | 'initial_price' | 'renewal_price' | 'currency'
>;

// The price an opportunity shows for a plan: the renewal price of a renewal plan, else (one-time
// plans, or a renewal price of 0 or missing) the initial price; as amountMicros and an upper-case
// currency code. No plan, or no readable price → null.
export const computeWhopPlanPrice = (
  plan: WhopPlanPricingSource | null | undefined,
): WhopParsedMoney | null => {
  if (!isDefined(plan)) {
    return null;
  }

  const renewalPrice =
    plan.plan_type === 'renewal' ? parseWhopMoney(plan.renewal_price, plan.currency) : null;

  if (isDefined(renewalPrice) && renewalPrice.amountMicros !== '0') {
    return renewalPrice;
  }

  return parseWhopMoney(plan.initial_price, plan.currency) ?? renewalPrice;
};
