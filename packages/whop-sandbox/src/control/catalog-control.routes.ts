import type { FastifyInstance } from 'fastify';
import {
  asBody,
  nullableString,
  optionalEnum,
  optionalNonEmptyString,
  optionalNumber,
  optionalString,
  requiredString,
} from '../api/body-params.util';
import { createPlan, createProduct, updateProduct } from '../mutations/catalog.mutations';
import type { SandboxContext } from '../sandbox-context.type';
import { serializePlan } from '../serializers/plan.serializer';
import { serializeProduct } from '../serializers/product.serializer';
import { PLAN_TYPES, VISIBILITIES } from '../types/whop-enums.type';
import { findOrThrow } from './control-lookup.util';
import { fullAccess } from './full-access.util';

// Catalog changes have no v1 webhook: they reach the CRM through the reconcile sweep.
export const registerCatalogControlRoutes = (
  app: FastifyInstance,
  context: SandboxContext,
): void => {
  const { store } = context;

  app.post('/products', async (request) => {
    const body = asBody(request.body);
    const product = createProduct(
      store,
      {
        title: requiredString(body, 'title'),
        headline: optionalString(body, 'headline'),
        description: optionalString(body, 'description'),
        route: optionalString(body, 'route'),
        visibility: optionalEnum(body, 'visibility', VISIBILITIES),
        externalIdentifier: optionalString(body, 'externalIdentifier'),
      },
      context.clock.now(),
    );
    return { product: serializeProduct(fullAccess(store), product), events: [] };
  });

  app.patch<{ Params: { id: string } }>('/products/:id', async (request) => {
    const product = findOrThrow(store.products, 'Product', request.params.id);
    const body = asBody(request.body);
    updateProduct(
      store,
      product,
      {
        title: optionalNonEmptyString(body, 'title'),
        headline: nullableString(body, 'headline'),
        description: nullableString(body, 'description'),
        visibility: optionalEnum(body, 'visibility', VISIBILITIES),
      },
      context.clock.now(),
    );
    return { product: serializeProduct(fullAccess(store), product), events: [] };
  });

  app.post('/plans', async (request) => {
    const body = asBody(request.body);
    const plan = createPlan(
      store,
      {
        productId: requiredString(body, 'productId'),
        title: optionalString(body, 'title'),
        description: optionalString(body, 'description'),
        planType: optionalEnum(body, 'planType', PLAN_TYPES) ?? 'renewal',
        billingPeriod: optionalNumber(body, 'billingPeriod', { min: 1, integer: true }),
        initialPrice: optionalNumber(body, 'initialPrice', { min: 0 }),
        renewalPrice: optionalNumber(body, 'renewalPrice', { min: 0 }),
        currency: optionalString(body, 'currency'),
        trialPeriodDays: optionalNumber(body, 'trialPeriodDays', { min: 1, integer: true }),
        expirationDays: optionalNumber(body, 'expirationDays', { min: 1, integer: true }),
        visibility: optionalEnum(body, 'visibility', VISIBILITIES),
      },
      context.clock.now(),
    );
    return { plan: serializePlan(fullAccess(store), plan), events: [] };
  });
};
