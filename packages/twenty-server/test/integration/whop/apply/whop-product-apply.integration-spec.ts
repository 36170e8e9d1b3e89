import { type INestApplication } from '@nestjs/common';
import { IsNull } from 'typeorm';

import { type WhopApplyContext } from 'src/modules/whop/services/apply/whop-apply.types';
import { WhopProductApplyService } from 'src/modules/whop/services/apply/whop-product-apply.service';
import { buildWhopProduct } from 'src/modules/whop/utils/__tests__/whop-api.fixtures';
import {
  countWorkspaceRecords,
  createWhopApplyContext,
  createWhopApplyTestApp,
  findWorkspaceRecords,
  trashWorkspaceRecords,
} from 'test/integration/whop/apply/whop-apply-test-app';

describe('WhopProductApplyService', () => {
  let app: INestApplication;
  let productApply: WhopProductApplyService;
  let context: WhopApplyContext;

  beforeAll(async () => {
    app = await createWhopApplyTestApp();
    productApply = app.get(WhopProductApplyService);
  });

  beforeEach(async () => {
    context = await createWhopApplyContext(app);
  });

  afterAll(() => app?.close());

  it('creates products, then leaves them unchanged when the same page comes again', async () => {
    const products = [buildWhopProduct(), buildWhopProduct({ id: 'prod_2', title: 'Starter' })];

    expect(await productApply.applyProducts(context, products)).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
    });
    expect(
      await productApply.applyProducts(
        { ...context, syncedAt: new Date('2026-04-02T00:00:00.000Z') },
        products,
      ),
    ).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(await countWorkspaceRecords(app, context, 'whopProduct')).toBe(2);

    const [stored] = await findWorkspaceRecords(app, context, 'whopProduct', { whopId: 'prod_1' });

    expect(stored).toMatchObject({
      name: 'Pro Community',
      description: 'Daily signals and a private chat.',
      visibility: 'visible',
      memberCount: 42,
      whopCreatedAt: new Date('2025-11-01T00:00:00.000Z'),
      syncedAt: context.syncedAt,
    });
  });

  it('leaves a product the seller trashed in the trash, and writes it anew', async () => {
    await productApply.applyProducts(context, [buildWhopProduct()]);
    await trashWorkspaceRecords(app, context, 'whopProduct', { whopId: 'prod_1' });

    expect(await productApply.applyProducts(context, [buildWhopProduct()])).toEqual({
      created: 1,
      updated: 0,
      unchanged: 0,
    });
    expect(await countWorkspaceRecords(app, context, 'whopProduct', { deletedAt: IsNull() })).toBe(
      1,
    );
    expect(await countWorkspaceRecords(app, context, 'whopProduct')).toBe(2);
  });

  it('updates a product whose data changed', async () => {
    await productApply.applyProducts(context, [buildWhopProduct()]);

    const result = await productApply.applyProducts(context, [
      buildWhopProduct({
        title: 'Pro Community+',
        member_count: 43,
        updated_at: '2026-02-02T12:00:00.000Z',
      }),
    ]);

    expect(result).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(await findWorkspaceRecords(app, context, 'whopProduct')).toEqual([
      expect.objectContaining({ name: 'Pro Community+', memberCount: 43 }),
    ]);
  });

  it('clears a description the seller removed on Whop', async () => {
    await productApply.applyProducts(context, [buildWhopProduct()]);

    const result = await productApply.applyProducts(context, [
      buildWhopProduct({ description: null, updated_at: '2026-02-03T12:00:00.000Z' }),
    ]);

    expect(result).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(await findWorkspaceRecords(app, context, 'whopProduct')).toEqual([
      expect.objectContaining({ name: 'Pro Community', description: null }),
    ]);
  });

  it('never lets an older version of a product overwrite a newer one', async () => {
    await productApply.applyProducts(context, [
      buildWhopProduct({ title: 'Newer title', updated_at: '2026-02-05T00:00:00.000Z' }),
    ]);

    const result = await productApply.applyProducts(context, [
      buildWhopProduct({ title: 'Older title', updated_at: '2026-02-01T00:00:00.000Z' }),
    ]);

    expect(result).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(await findWorkspaceRecords(app, context, 'whopProduct')).toEqual([
      expect.objectContaining({ name: 'Newer title' }),
    ]);
  });
});
