import { EMPTY_METADATA } from '../constants/shared-empty.constant';
import { generateId } from '../ids/generate-id.util';
import type { PlanRecord, ProductRecord } from '../types/sandbox-records.type';
import { roundMoney } from '../money/money.util';
import { type Prng, weightedTable } from './prng.util';

const DAY_MS = 86_400_000;
const CURRENCY = weightedTable<string>([
  ['usd', 60],
  ['eur', 20],
  ['gbp', 12],
  ['cad', 4],
  ['aud', 4],
]);
const MONTHLY_PRICES: readonly number[] = [
  9.99, 14.99, 19.99, 29, 29.99, 39.99, 49, 49.99, 79.99, 99,
];

const makePlan = (
  prng: Prng,
  product: ProductRecord,
  fields: Pick<
    PlanRecord,
    'title' | 'planType' | 'billingPeriod' | 'initialPrice' | 'renewalPrice' | 'currency'
  > &
    Partial<Pick<PlanRecord, 'trialPeriodDays' | 'expirationDays'>>,
): PlanRecord => {
  const createdAt = product.createdAt + prng.int(0, 10 * DAY_MS);
  return {
    id: generateId('plan_', prng.next),
    companyId: product.companyId,
    productId: product.id,
    description: prng.chance(0.5) ? `${fields.title} access to ${product.title}` : null,
    trialPeriodDays: fields.trialPeriodDays ?? null,
    expirationDays: fields.expirationDays ?? null,
    visibility: prng.chance(0.9) ? 'visible' : 'hidden',
    releaseMethod: prng.chance(0.95) ? 'buy_now' : 'waitlist',
    internalNotes: prng.chance(0.1) ? 'Legacy pricing' : null,
    metadata: EMPTY_METADATA,
    createdAt,
    updatedAt: createdAt + prng.int(0, 200) * DAY_MS,
    ...fields,
  };
};

// Every product sells monthly; most also weekly, yearly or one-time, in a few currencies.
export const generatePlans = (prng: Prng, products: readonly ProductRecord[]): PlanRecord[] => {
  const plans: PlanRecord[] = [];

  for (const product of products) {
    const currency = prng.weighted(CURRENCY);
    const monthly = prng.pick(MONTHLY_PRICES);
    const planCurrency = () => (prng.chance(0.1) ? prng.weighted(CURRENCY) : currency);

    plans.push(
      makePlan(prng, product, {
        title: 'Monthly',
        planType: 'renewal',
        billingPeriod: 30,
        initialPrice: prng.chance(0.15) ? 9.99 : 0,
        renewalPrice: monthly,
        currency,
        trialPeriodDays: prng.chance(0.3) ? 7 : null,
      }),
    );
    if (prng.chance(0.4)) {
      plans.push(
        makePlan(prng, product, {
          title: 'Weekly',
          planType: 'renewal',
          billingPeriod: 7,
          initialPrice: 0,
          renewalPrice: roundMoney(Math.ceil(monthly / 3) - 0.01),
          currency: planCurrency(),
        }),
      );
    }
    if (prng.chance(0.6)) {
      plans.push(
        makePlan(prng, product, {
          title: 'Yearly',
          planType: 'renewal',
          billingPeriod: 365,
          initialPrice: 0,
          renewalPrice: roundMoney(Math.ceil(monthly * 10) - 0.01),
          currency: planCurrency(),
          trialPeriodDays: prng.chance(0.2) ? 14 : null,
        }),
      );
    }
    if (prng.chance(0.5)) {
      plans.push(
        makePlan(prng, product, {
          title: 'Lifetime',
          planType: 'one_time',
          billingPeriod: null,
          initialPrice: roundMoney(Math.ceil(monthly * 6) - 0.01),
          renewalPrice: 0,
          currency: planCurrency(),
          expirationDays: prng.chance(0.3) ? prng.pick([30, 90, 365]) : null,
        }),
      );
    }
  }
  return plans;
};
