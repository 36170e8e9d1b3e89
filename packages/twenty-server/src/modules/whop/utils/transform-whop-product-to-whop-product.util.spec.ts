import { buildWhopProduct } from 'src/modules/whop/utils/__tests__/whop-api.fixtures';
import { transformWhopProductToWhopProduct } from 'src/modules/whop/utils/transform-whop-product-to-whop-product.util';

const syncedAt = new Date('2026-03-02T00:00:00.000Z');

describe('transformWhopProductToWhopProduct', () => {
  it('maps a retrieved product', () => {
    expect(transformWhopProductToWhopProduct({ product: buildWhopProduct(), syncedAt })).toEqual({
      whopId: 'prod_1',
      name: 'Pro Community',
      description: 'Daily signals and a private chat.',
      visibility: 'visible',
      whopCreatedAt: new Date('2025-11-01T00:00:00.000Z'),
      whopUpdatedAt: new Date('2026-02-01T12:00:00.000Z'),
      memberCount: 42,
      syncedAt,
    });
  });

  it('maps a product without description or company', () => {
    const product = buildWhopProduct({
      description: null,
      company: undefined,
      visibility: 'quick_link',
    });

    expect(transformWhopProductToWhopProduct({ product, syncedAt })).toMatchObject({
      description: null,
      visibility: 'quick_link',
    });
  });

  it('keeps a member count of 0', () => {
    const product = buildWhopProduct({ member_count: 0 });

    expect(transformWhopProductToWhopProduct({ product, syncedAt }).memberCount).toBe(0);
  });

  it('maps missing optional fields to null', () => {
    const product = buildWhopProduct({ member_count: null, visibility: null, description: '  ' });

    expect(transformWhopProductToWhopProduct({ product, syncedAt })).toMatchObject({
      memberCount: null,
      visibility: null,
      description: null,
    });
  });

  it('names an untitled product by its id', () => {
    const product = buildWhopProduct({ title: ' ' });

    expect(transformWhopProductToWhopProduct({ product, syncedAt }).name).toBe('prod_1');
  });
});
