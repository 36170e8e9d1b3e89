import { WhopUnlistedCatalogReader } from 'src/modules/whop/services/whop-unlisted-catalog-reader';
import { type WhopPlan, type WhopProductDetail } from 'src/modules/whop/types/whop-api.types';
import {
  buildWhopMembership,
  buildWhopPlan,
  buildWhopProduct,
} from 'src/modules/whop/utils/__tests__/whop-api.fixtures';

const membershipOn = (id: string, planId: string, productId: string) =>
  buildWhopMembership({
    id,
    plan: { id: planId, metadata: null },
    product: { id: productId, title: productId, metadata: null },
  });

const buildReader = ({ plans = [] as string[], products = [] as string[] } = {}) => {
  const retrievePlans = jest.fn(async (ids: string[]) => ids.map((id) => buildWhopPlan({ id })));
  const retrieveProducts = jest.fn(async (ids: string[]) =>
    ids.map((id) => buildWhopProduct({ id })),
  );
  const applied: string[] = [];
  const applyProducts = jest.fn(async (read: WhopProductDetail[]) => {
    await new Promise(setImmediate);
    applied.push(...read.map(({ id }) => id));
  });
  const plansById = new Map<string, WhopPlan>(plans.map((id) => [id, buildWhopPlan({ id })]));
  const reader = new WhopUnlistedCatalogReader(
    { retrievePlans, retrieveProducts },
    plansById,
    applyProducts,
  );

  reader.addListedProducts(products.map((id) => ({ id })));

  return { reader, retrievePlans, retrieveProducts, applyProducts, applied, plansById };
};

describe('WhopUnlistedCatalogReader', () => {
  it('reads only the plans and products the run did not list, and writes the products first', async () => {
    const { reader, retrievePlans, retrieveProducts, applied, plansById } = buildReader({
      plans: ['plan_listed'],
      products: ['prod_listed'],
    });

    await reader.readFor([
      membershipOn('mem_1', 'plan_listed', 'prod_listed'),
      membershipOn('mem_2', 'plan_new', 'prod_new'),
      membershipOn('mem_3', 'plan_new', 'prod_new'),
    ]);

    expect(retrievePlans.mock.calls).toEqual([[['plan_new']]]);
    expect(retrieveProducts.mock.calls).toEqual([[['prod_new']]]);
    expect(plansById.has('plan_new')).toBe(true);
    expect(applied).toEqual(['prod_new']);
  });

  it('reads each once per run, a page written at the same time waiting on the same read', async () => {
    const { reader, retrievePlans, retrieveProducts, applyProducts, applied } = buildReader();
    const pages = [
      [membershipOn('mem_1', 'plan_new', 'prod_new')],
      [membershipOn('mem_2', 'plan_new', 'prod_new'), membershipOn('mem_3', 'plan_2', 'prod_new')],
    ];

    await Promise.all(
      pages.map(async (page) => {
        await reader.readFor(page);
        // Each page goes on only once the product it needs is written.
        expect(applied).toContain('prod_new');
      }),
    );
    await reader.readFor(pages[0]);

    expect(retrievePlans.mock.calls).toEqual([[['plan_new']], [['plan_2']]]);
    expect(retrieveProducts.mock.calls).toEqual([[['prod_new']]]);
    expect(applyProducts).toHaveBeenCalledTimes(1);
  });

  it('reads nothing when every plan and product was listed', async () => {
    const { reader, retrievePlans, retrieveProducts } = buildReader({
      plans: ['plan_1'],
      products: ['prod_1'],
    });

    await reader.readFor([membershipOn('mem_1', 'plan_1', 'prod_1')]);

    expect(retrievePlans).not.toHaveBeenCalled();
    expect(retrieveProducts).not.toHaveBeenCalled();
  });
});
