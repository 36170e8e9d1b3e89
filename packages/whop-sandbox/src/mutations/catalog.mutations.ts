import { unprocessable } from '../api/whop-api-error';
import { EMPTY_METADATA } from '../constants/shared-empty.constant';
import { slugify } from '../generator/fold-to-ascii.util';
import { randomId } from '../ids/generate-id.util';
import { roundMoney } from '../money/money.util';
import type { SandboxStore } from '../store/sandbox-store';
import type { PlanRecord, ProductRecord } from '../types/sandbox-records.type';
import type { PlanType, Visibility } from '../types/whop-enums.type';

export type NewProductInput = {
  title: string;
  headline?: string;
  description?: string;
  route?: string;
  visibility?: Visibility;
  externalIdentifier?: string;
};

export type NewPlanInput = {
  productId: string;
  title?: string;
  description?: string;
  planType: PlanType;
  billingPeriod?: number;
  initialPrice?: number;
  renewalPrice?: number;
  currency?: string;
  trialPeriodDays?: number;
  expirationDays?: number;
  visibility?: Visibility;
};

export const createProduct = (
  store: SandboxStore,
  input: NewProductInput,
  now: number,
): ProductRecord => {
  const product: ProductRecord = {
    id: randomId('prod_'),
    companyId: store.company.id,
    title: input.title,
    headline: input.headline ?? null,
    description: input.description ?? null,
    route: input.route ?? slugify(input.title),
    visibility: input.visibility ?? 'visible',
    externalIdentifier: input.externalIdentifier ?? null,
    metadata: EMPTY_METADATA,
    createdAt: now,
    updatedAt: now,
  };
  store.addProduct(product);
  return product;
};

export type ProductChanges = {
  title?: string;
  headline?: string | null;
  description?: string | null;
  visibility?: Visibility;
};

// Edits a product as the seller does in the Whop dashboard: `null` clears a text, absent keeps it.
export const updateProduct = (
  store: SandboxStore,
  product: ProductRecord,
  changes: ProductChanges,
  now: number,
): void => {
  if (changes.title !== undefined) product.title = changes.title;
  if (changes.headline !== undefined) product.headline = changes.headline;
  if (changes.description !== undefined) product.description = changes.description;
  if (changes.visibility !== undefined) product.visibility = changes.visibility;
  product.updatedAt = now;
  store.touch();
};

// Renewal plans need a billing period in days; one-time plans charge `initialPrice` once.
export const createPlan = (store: SandboxStore, input: NewPlanInput, now: number): PlanRecord => {
  const product = store.products.get(input.productId);
  if (product === undefined) throw unprocessable(`Product ${input.productId} does not exist.`);
  const renewal = input.planType === 'renewal';
  if (renewal && (input.billingPeriod === undefined || input.billingPeriod < 1))
    throw unprocessable('billingPeriod (days) is required for a renewal plan.');
  const plan: PlanRecord = {
    id: randomId('plan_'),
    companyId: store.company.id,
    productId: product.id,
    title: input.title ?? null,
    description: input.description ?? null,
    planType: input.planType,
    billingPeriod: renewal ? input.billingPeriod! : null,
    initialPrice: roundMoney(input.initialPrice ?? 0),
    renewalPrice: renewal ? roundMoney(input.renewalPrice ?? 0) : 0,
    currency: (input.currency ?? 'usd').toLowerCase(),
    trialPeriodDays: renewal ? (input.trialPeriodDays ?? null) : null,
    expirationDays: input.expirationDays ?? null,
    visibility: input.visibility ?? 'visible',
    releaseMethod: 'buy_now',
    internalNotes: null,
    metadata: EMPTY_METADATA,
    createdAt: now,
    updatedAt: now,
  };
  store.addPlan(plan);
  return plan;
};
