import {
  APIError,
  BadRequestError,
  NotFoundError,
  PermissionDeniedError,
  UnprocessableEntityError,
} from '@whop/sdk';
import type Whop from '@whop/sdk';
import { type WhopSandbox, startWhopSandbox } from '../src/start-whop-sandbox';
import { api, control, mintApiKey, sdkClient } from './support/sandbox-client';

const collect = async <T>(iterable: AsyncIterable<T>): Promise<T[]> => {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
};

describe('/api/v1 through the official @whop/sdk', () => {
  let sandbox: WhopSandbox;
  let client: Whop;
  let companyId: string;

  beforeAll(async () => {
    sandbox = await startWhopSandbox({ port: 0, seed: 7, members: 300 });
    client = sdkClient(sandbox, await mintApiKey(sandbox));
    companyId = sandbox.state.company.id;
  });

  afterAll(() => sandbox.close());

  describe('auto-pagination returns exactly the generated data', () => {
    it('memberships', async () => {
      const memberships = await collect(
        client.memberships.list({ company_id: companyId, first: 100 }),
      );
      expect(memberships).toHaveLength(sandbox.state.memberships.size);
      expect(new Set(memberships.map((membership) => membership.id))).toEqual(
        new Set(sandbox.state.memberships.all().map((membership) => membership.id)),
      );
    });

    it('payments', async () => {
      const payments = await collect(client.payments.list({ company_id: companyId, first: 100 }));
      expect(payments).toHaveLength(sandbox.state.payments.size);
      expect(new Set(payments.map((payment) => payment.id)).size).toBe(sandbox.state.payments.size);
    });

    it('members', async () => {
      const members = await collect(client.members.list({ company_id: companyId, first: 100 }));
      expect(members).toHaveLength(301);
      expect(members.filter((member) => member.access_level === 'admin')).toEqual([
        expect.objectContaining({
          user: expect.objectContaining({ id: sandbox.state.company.ownerUserId }),
        }),
      ]);
    });

    it('products and plans (account_id)', async () => {
      const products = await collect(client.products.list({ account_id: companyId, first: 100 }));
      const plans = await collect(client.plans.list({ account_id: companyId, first: 2 }));
      expect(products).toHaveLength(sandbox.state.products.size);
      expect(plans).toHaveLength(sandbox.state.plans.size);
      expect(sandbox.state.products.size).toBeGreaterThanOrEqual(3);
    });

    it('companies', async () => {
      const companies = await collect(client.companies.list());
      expect(companies.map((company) => company.id)).toEqual([companyId]);
    });

    it('in small pages too, newest first by default', async () => {
      const memberships = await collect(
        client.memberships.list({ company_id: companyId, first: 7 }),
      );
      expect(memberships).toHaveLength(sandbox.state.memberships.size);
      const created = memberships.map((membership) => Date.parse(membership.created_at));
      expect(created).toEqual([...created].sort((left, right) => right - left));
    });
  });

  describe('retrieve by id', () => {
    it('returns full objects, with list items slimmer as on Whop', async () => {
      const membership = sandbox.state.memberships.all()[5];
      const retrieved = await client.memberships.retrieve(membership.id);
      expect(retrieved).toMatchObject({
        id: membership.id,
        status: membership.status,
        custom_field_responses: [],
      });
      const [listed] = (
        await client.memberships.list({
          company_id: companyId,
          user_ids: [membership.userId],
          first: 100,
        })
      ).data.filter((item) => item.id === membership.id);
      expect(listed).not.toHaveProperty('custom_field_responses');

      const payment = sandbox.state.payments.all()[3];
      const fullPayment = await client.payments.retrieve(payment.id);
      expect(fullPayment).toMatchObject({
        id: payment.id,
        total: payment.total,
        currency: payment.currency,
      });
      expect(fullPayment.refunds).toEqual(expect.any(Array));
      const [paymentItem] = (await client.payments.list({ company_id: companyId, first: 1 })).data;
      expect(paymentItem).not.toHaveProperty('refunds');
      expect(paymentItem).not.toHaveProperty('disputes');

      const product = sandbox.state.products.all()[0];
      expect(await client.products.retrieve(product.id)).toMatchObject({
        id: product.id,
        title: product.title,
        company: { id: companyId },
      });
      const [productItem] = (await client.products.list({ account_id: companyId })).data;
      expect(productItem).not.toHaveProperty('description');
      expect(productItem).not.toHaveProperty('company');

      const member = sandbox.state.members.all()[0];
      expect(await client.members.retrieve(member.id)).toMatchObject({
        id: member.id,
        company: { id: companyId },
      });
      const [memberItem] = (await client.members.list({ company_id: companyId, first: 1 })).data;
      expect(memberItem).not.toHaveProperty('company');

      const plan = sandbox.state.plans.all()[0];
      expect(await client.plans.retrieve(plan.id)).toMatchObject({
        id: plan.id,
        plan_type: plan.planType,
        product: { id: plan.productId },
      });
      expect(await client.companies.retrieve(companyId)).toMatchObject({
        id: companyId,
        title: sandbox.state.company.title,
      });
    });

    it('serves money as numbers in major units and ids with Whop prefixes', async () => {
      const payment = sandbox.state.payments.all().find((record) => record.total % 1 !== 0)!;
      const retrieved = await client.payments.retrieve(payment.id);
      expect(typeof retrieved.total).toBe('number');
      expect(retrieved.total).toBe(payment.total);
      expect(retrieved.id).toMatch(/^pay_[A-Za-z0-9]{14}$/);
      expect(retrieved.membership?.id).toMatch(/^mem_/);
      expect(retrieved.user?.id).toMatch(/^user_/);
      expect(retrieved.member?.id).toMatch(/^mber_/);
      expect(retrieved.product?.id).toMatch(/^prod_/);
      expect(retrieved.plan?.id).toMatch(/^plan_/);
      expect(retrieved.company?.id).toMatch(/^biz_/);
    });

    it('resolves users by id, username and me', async () => {
      const user = sandbox.state.users.all()[10];
      expect(await client.users.retrieve(user.id)).toMatchObject({
        id: user.id,
        username: user.username,
      });
      expect(await client.users.retrieve(user.username)).toMatchObject({ id: user.id });
      expect(await client.users.retrieve('me')).toMatchObject({
        id: sandbox.state.company.ownerUserId,
      });
      expect(await client.users.retrieve(user.id)).not.toHaveProperty('email');
    });

    it('answers 404 in Whop error shape', async () => {
      const error = await client.memberships
        .retrieve('mem_doesnotexist00')
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as APIError).error).toEqual({
        error: { type: 'not_found', message: expect.stringContaining('mem_doesnotexist00') },
      });
    });
  });

  describe('filters', () => {
    it('statuses[] on memberships', async () => {
      const memberships = await collect(
        client.memberships.list({
          company_id: companyId,
          statuses: ['active', 'trialing'],
          first: 100,
        }),
      );
      const expected = sandbox.state.memberships
        .all()
        .filter((membership) => membership.status === 'active' || membership.status === 'trialing');
      expect(memberships).toHaveLength(expected.length);
      expect(
        memberships.every(
          (membership) => membership.status === 'active' || membership.status === 'trialing',
        ),
      ).toBe(true);
    });

    it('created_after on memberships', async () => {
      const all = sandbox.state.memberships.all();
      const pivot = all[Math.floor(all.length / 2)].createdAt;
      const memberships = await collect(
        client.memberships.list({
          company_id: companyId,
          created_after: new Date(pivot).toISOString(),
          first: 100,
        }),
      );
      expect(memberships).toHaveLength(
        all.filter((membership) => membership.createdAt > pivot).length,
      );
    });

    it('product_ids, plan_ids and user_ids', async () => {
      const membership = sandbox.state.memberships.all()[0];
      const byProduct = await collect(
        client.memberships.list({
          company_id: companyId,
          product_ids: [membership.productId],
          first: 100,
        }),
      );
      expect(byProduct.length).toBe(
        sandbox.state.memberships
          .all()
          .filter((record) => record.productId === membership.productId).length,
      );
      const byPlan = await collect(
        client.memberships.list({
          company_id: companyId,
          plan_ids: [membership.planId],
          first: 100,
        }),
      );
      expect(byPlan.every((record) => record.plan.id === membership.planId)).toBe(true);
      const byUser = await collect(
        client.memberships.list({
          company_id: companyId,
          user_ids: [membership.userId],
          first: 100,
        }),
      );
      expect(byUser.map((record) => record.id)).toContain(membership.id);
    });

    it('updated_after on payments sees only what changed', async () => {
      const since = new Date(Date.now() - 1000).toISOString();
      expect(
        await collect(
          client.payments.list({ company_id: companyId, updated_after: since, first: 100 }),
        ),
      ).toHaveLength(0);
      const paid = sandbox.state.payments
        .all()
        .find((payment) => payment.substatus === 'succeeded')!;
      await control(sandbox, 'POST', `/payments/${paid.id}/refund`, { amount: 1 });
      const changed = await collect(
        client.payments.list({ company_id: companyId, updated_after: since, first: 100 }),
      );
      expect(changed.map((payment) => payment.id)).toEqual([paid.id]);
      expect(changed[0]).toMatchObject({ substatus: 'partially_refunded', refunded_amount: 1 });
    });

    it('requires account_id on products and plans', async () => {
      await expect(client.products.list({} as never)).rejects.toBeInstanceOf(
        UnprocessableEntityError,
      );
      const error = await client.plans.list({} as never).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UnprocessableEntityError);
      expect((error as APIError).error).toEqual({
        error: { type: 'unprocessable_entity', message: 'account_id is required.' },
      });
    });

    it('rejects another company and unknown enum values', async () => {
      await expect(
        client.memberships.list({ company_id: 'biz_someoneelse0000' }),
      ).rejects.toBeInstanceOf(PermissionDeniedError);
      await expect(
        client.memberships.list({ company_id: companyId, statuses: ['bogus' as never] }),
      ).rejects.toBeInstanceOf(UnprocessableEntityError);
    });
  });

  describe('Relay pagination', () => {
    it('clamps first above 100 and validates it', async () => {
      const page = await api(sandbox, `/payments?first=500`, await mintApiKey(sandbox));
      expect(page.body.data).toHaveLength(100);
      expect((await api(sandbox, `/payments?first=ten`, await mintApiKey(sandbox))).status).toBe(
        422,
      );
    });

    it('keeps cursors stable while data changes', async () => {
      const firstPage = await client.memberships.list({ company_id: companyId, first: 50 });
      await control(sandbox, 'POST', '/members', {
        name: 'Late Arrival',
        email: 'late@example.com',
        planId: sandbox.state.plans.all()[0].id,
      });
      const secondPage = await firstPage.getNextPage();
      const lastOfFirst = firstPage.data[firstPage.data.length - 1];
      const ordered = sandbox.state.memberships.all().slice().reverse();
      const expectedStart = ordered.findIndex((membership) => membership.id === lastOfFirst.id) + 1;
      expect(secondPage.data.map((membership) => membership.id)).toEqual(
        ordered.slice(expectedStart, expectedStart + 50).map((membership) => membership.id),
      );
    });

    it('pages backward with last and before', async () => {
      const key = await mintApiKey(sandbox);
      const forward = await api(sandbox, '/members?first=10&direction=asc', key);
      const cursor = forward.body.page_info.end_cursor;
      const backward = await api(sandbox, `/members?last=3&before=${cursor}&direction=asc`, key);
      expect(backward.body.data.map((member: { id: string }) => member.id)).toEqual(
        forward.body.data.slice(6, 9).map((member: { id: string }) => member.id),
      );
      expect(backward.body.page_info).toMatchObject({
        has_previous_page: true,
        has_next_page: true,
      });
    });

    it('rejects a malformed cursor', async () => {
      expect(
        (await api(sandbox, '/memberships?after=not-a-cursor!', await mintApiKey(sandbox))).status,
      ).toBe(400);
    });
  });

  describe('versions, auth and permissions', () => {
    it('answers an unknown Api-Version-Date with 400 and defaults a missing one', async () => {
      const error = await sdkClient(sandbox, await mintApiKey(sandbox), { version: '1999-01-01' })
        .memberships.list({ company_id: companyId })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(BadRequestError);
      expect((error as APIError).error).toEqual({
        error: { type: 'bad_request', message: expect.stringContaining('1999-01-01') },
      });
      expect((await api(sandbox, '/memberships?first=1', await mintApiKey(sandbox))).status).toBe(
        200,
      );
    });

    it('answers 401 without or with a wrong bearer token', async () => {
      expect(await api(sandbox, '/memberships', null)).toMatchObject({
        status: 401,
        body: { error: { type: 'unauthorized' } },
      });
      expect(await api(sandbox, '/memberships', 'wrong')).toMatchObject({
        status: 401,
        body: { error: { type: 'unauthorized' } },
      });
    });

    it('names the missing permission in a 403 and hides emails without member:email:read', async () => {
      const limited = sdkClient(sandbox, await mintApiKey(sandbox, ['member:basic:read']));
      const error = await limited.webhooks
        .list({ company_id: companyId })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(PermissionDeniedError);
      expect((error as APIError).error).toEqual({
        error: { type: 'forbidden', message: expect.stringContaining('developer:manage_webhook') },
      });
      const paymentsError = await limited.payments
        .list({ company_id: companyId })
        .catch((caught: unknown) => caught);
      expect((paymentsError as APIError).message).toContain('payment:basic:read');

      const page = await limited.memberships.list({ company_id: companyId, first: 100 });
      expect(
        page.data.every((membership) => membership.user === null || membership.user.email === null),
      ).toBe(true);
      const full = await client.memberships.list({ company_id: companyId, first: 100 });
      expect(full.data.some((membership) => membership.user?.email)).toBe(true);
    });
  });
});
