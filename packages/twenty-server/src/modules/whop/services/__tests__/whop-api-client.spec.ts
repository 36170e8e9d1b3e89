import type Whop from '@whop/sdk';
import { InternalServerError, NotFoundError } from '@whop/sdk';

import { WhopApiClient } from 'src/modules/whop/services/whop-api-client';
import {
  buildWhopPlan,
  buildWhopProduct,
} from 'src/modules/whop/utils/__tests__/whop-api.fixtures';
import { WhopExceptionCode } from 'src/modules/whop/whop.exception';

const listItem = (id: string) => {
  const { description: _description, company: _company, ...item } = buildWhopProduct({ id });

  return item;
};

const buildSdk = (retrieve: (id: string) => Promise<unknown>) => {
  const list = jest.fn().mockResolvedValue({
    data: [listItem('prod_1'), listItem('prod_2')],
    page_info: { end_cursor: 'cursor_1', has_next_page: true },
  });

  return { sdk: { products: { list, retrieve } } as unknown as Whop, list };
};

describe('WhopApiClient.listProductDetails', () => {
  it('reads each listed product by id, for the description list items lack', async () => {
    const { sdk, list } = buildSdk(async (id) =>
      buildWhopProduct({ id, description: `About ${id}` }),
    );

    const page = await new WhopApiClient(sdk, 100).listProductDetails('biz_1', 'cursor_0');

    expect(list).toHaveBeenCalledWith({ account_id: 'biz_1', first: 100, after: 'cursor_0' });
    expect(page).toEqual({
      items: [
        expect.objectContaining({ id: 'prod_1', description: 'About prod_1' }),
        expect.objectContaining({ id: 'prod_2', description: 'About prod_2' }),
      ],
      endCursor: 'cursor_1',
      hasNextPage: true,
    });
  });

  it('reads four products at a time and keeps the listing order, whichever answers first', async () => {
    const productIds = ['prod_1', 'prod_2', 'prod_3', 'prod_4', 'prod_5', 'prod_6'];
    const releases = new Map<string, () => void>();
    const sdk = {
      products: {
        list: jest.fn().mockResolvedValue({
          data: productIds.map(listItem),
          page_info: { end_cursor: null, has_next_page: false },
        }),
        retrieve: (id: string) =>
          new Promise((resolve) => {
            releases.set(id, () => resolve(buildWhopProduct({ id })));
          }),
      },
    } as unknown as Whop;
    const settle = () => new Promise(setImmediate);

    const reading = new WhopApiClient(sdk, 100).listProductDetails('biz_1', null);

    await settle();
    expect([...releases.keys()]).toEqual(['prod_1', 'prod_2', 'prod_3', 'prod_4']);
    releases.get('prod_3')!();
    await settle();
    expect([...releases.keys()]).toEqual(['prod_1', 'prod_2', 'prod_3', 'prod_4', 'prod_5']);
    for (const id of ['prod_5', 'prod_4', 'prod_2', 'prod_1']) releases.get(id)!();
    await settle();
    releases.get('prod_6')!();
    expect((await reading).items.map((product) => product.id)).toEqual(productIds);
  });

  it('leaves out a product deleted on Whop between the listing and its read', async () => {
    const { sdk } = buildSdk(async (id) => {
      if (id === 'prod_1') {
        throw new NotFoundError(
          404,
          { error: { message: 'Not found' } },
          'Not found',
          new Headers(),
        );
      }

      return buildWhopProduct({ id });
    });

    const page = await new WhopApiClient(sdk, 100).listProductDetails('biz_1', null);

    expect(page.items.map((product) => product.id)).toEqual(['prod_2']);
    expect(page.hasNextPage).toBe(true);
  });

  it('fails the page on any other error, classified', async () => {
    const { sdk } = buildSdk(async () => {
      throw new InternalServerError(500, { error: { message: 'Boom' } }, 'Boom', new Headers());
    });

    await expect(
      new WhopApiClient(sdk, 100).listProductDetails('biz_1', null),
    ).rejects.toMatchObject({ code: WhopExceptionCode.TEMPORARY_ERROR });
  });
});

describe('WhopApiClient.retrievePlans', () => {
  it('reads each plan by id, in the order asked, leaving out one Whop no longer has', async () => {
    const retrieve = jest.fn(async (id: string) => {
      if (id === 'plan_gone') {
        throw new NotFoundError(
          404,
          { error: { message: 'Not found' } },
          'Not found',
          new Headers(),
        );
      }

      return buildWhopPlan({ id });
    });
    const sdk = { plans: { retrieve } } as unknown as Whop;

    const plans = await new WhopApiClient(sdk, 100).retrievePlans([
      'plan_2',
      'plan_gone',
      'plan_1',
    ]);

    expect(plans.map((plan) => plan.id)).toEqual(['plan_2', 'plan_1']);
    expect(retrieve).toHaveBeenCalledTimes(3);
  });
});

describe('WhopApiClient list pages', () => {
  const membersSdk = (pageInfo: { end_cursor: string | null; has_next_page: boolean }) =>
    ({
      members: { list: jest.fn().mockResolvedValue({ data: [], page_info: pageInfo }) },
    }) as unknown as Whop;

  it('reads a short or empty page as not the last while Whop says more follow', async () => {
    const page = await new WhopApiClient(
      membersSdk({ end_cursor: 'cursor_2', has_next_page: true }),
      100,
    ).listMembers('biz_1', 'cursor_1');

    expect(page).toEqual({ items: [], endCursor: 'cursor_2', hasNextPage: true });
  });

  it('fails, to be tried again, when Whop says more follow but gives no cursor to read them', async () => {
    const reading = new WhopApiClient(
      membersSdk({ end_cursor: null, has_next_page: true }),
      100,
    ).listMembers('biz_1', 'cursor_1');

    await expect(reading).rejects.toMatchObject({
      code: WhopExceptionCode.TEMPORARY_ERROR,
      message: 'list members: Whop said more follow but gave no cursor to read them',
      userFriendlyMessage: 'Whop gave no way to read the rest (list members).',
    });
  });
});

describe('WhopApiClient list pages, again', () => {
  it('fails, to be tried again, when Whop gives the cursor the page was read after', async () => {
    const sdk = {
      members: {
        list: jest.fn().mockResolvedValue({
          data: [],
          page_info: { end_cursor: 'cursor_1', has_next_page: true },
        }),
      },
    } as unknown as Whop;

    await expect(
      new WhopApiClient(sdk, 100).listMembers('biz_1', 'cursor_1'),
    ).rejects.toMatchObject({
      code: WhopExceptionCode.TEMPORARY_ERROR,
      message: 'list members: Whop said more follow but gave the same cursor again to read them',
    });
  });
});

describe('WhopApiClient.listCompanies', () => {
  it('reads every page of the companies the grant reaches, in order', async () => {
    const list = jest
      .fn()
      .mockResolvedValueOnce({
        data: [{ id: 'biz_1', title: 'One' }],
        page_info: { end_cursor: 'cursor_1', has_next_page: true },
      })
      .mockResolvedValueOnce({
        data: [{ id: 'biz_2', title: 'Two' }],
        page_info: { end_cursor: null, has_next_page: false },
      });
    const sdk = { companies: { list } } as unknown as Whop;

    expect(await new WhopApiClient(sdk, 1).listCompanies()).toEqual([
      { id: 'biz_1', title: 'One' },
      { id: 'biz_2', title: 'Two' },
    ]);
    expect(list.mock.calls).toEqual([[{ first: 1 }], [{ first: 1, after: 'cursor_1' }]]);
  });
});
