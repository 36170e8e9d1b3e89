import { type WhopSandbox, startWhopSandbox } from '../src/start-whop-sandbox';
import { api, control, mintApiKey, sdkClient } from './support/sandbox-client';

describe('/_sandbox control API', () => {
  let sandbox: WhopSandbox;

  beforeAll(async () => {
    sandbox = await startWhopSandbox({ port: 0, seed: 11, members: 120 });
  });

  afterAll(() => sandbox.close());

  it('summarizes the state', async () => {
    const { status, body } = await control(sandbox, 'GET', '/state');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      seed: 11,
      members: 120,
      company: { id: sandbox.state.company.id },
      counts: {
        members: 121,
        memberships: sandbox.state.memberships.size,
        payments: sandbox.state.payments.size,
      },
      autoApprove: false,
      apps: [expect.objectContaining({ clientId: 'app_twenty_demo', confidential: true })],
    });
    expect(
      Object.values(body.membershipStatuses as Record<string, number>).reduce(
        (sum, count) => sum + count,
        0,
      ),
    ).toBe(sandbox.state.memberships.size);
  });

  it('lists full objects with offset, limit and filters', async () => {
    const page = await control(sandbox, 'GET', '/state/memberships?offset=10&limit=5');
    expect(page.body).toMatchObject({
      total: sandbox.state.memberships.size,
      offset: 10,
      limit: 5,
    });
    expect(page.body.data.map((membership: { id: string }) => membership.id)).toEqual(
      sandbox.state.memberships
        .all()
        .slice(10, 15)
        .map((membership) => membership.id),
    );
    expect(page.body.data[0]).toHaveProperty('custom_field_responses');

    const active = await control(sandbox, 'GET', '/state/memberships?status=active&limit=1000');
    expect(active.body.total).toBe(
      sandbox.state.memberships.all().filter((membership) => membership.status === 'active').length,
    );

    const user = sandbox.state.users.all().find((record) => record.email !== null)!;
    const users = await control(sandbox, 'GET', `/state/users?id=${user.id}`);
    expect(users.body.data).toEqual([expect.objectContaining({ id: user.id, email: user.email })]);
    expect((await control(sandbox, 'GET', '/state/nothing')).status).toBe(404);
  });

  it('creates a member who buys a plan, and edits them', async () => {
    const plan = sandbox.state.plans
      .all()
      .find((record) => record.planType === 'renewal' && record.trialPeriodDays === null)!;
    const created = await control(sandbox, 'POST', '/members', {
      name: 'José Álvarez',
      email: 'jose@example.com',
      planId: plan.id,
    });
    expect(created.status).toBe(200);
    expect(created.body.member).toMatchObject({
      status: 'joined',
      user: { name: 'José Álvarez', email: 'jose@example.com' },
    });
    expect(created.body.membership).toMatchObject({ status: 'active', plan: { id: plan.id } });
    expect(created.body.payment).toMatchObject({
      status: 'paid',
      substatus: 'succeeded',
      billing_reason: 'subscription_create',
    });
    expect(created.body.events.map((event: { type: string }) => event.type)).toEqual([
      'membership.activated',
      'payment.created',
      'payment.succeeded',
    ]);

    const memberId = created.body.member.id;
    const before = sandbox.state.members.get(memberId)!.updatedAt;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const edited = await control(sandbox, 'PATCH', `/members/${memberId}`, {
      email: 'jose.alvarez@example.org',
      name: 'José A.',
    });
    expect(edited.body.member.user).toMatchObject({
      email: 'jose.alvarez@example.org',
      name: 'José A.',
    });
    expect(sandbox.state.members.get(memberId)!.updatedAt).toBeGreaterThan(before);

    const nameless = await control(sandbox, 'POST', '/members', {
      name: null,
      email: null,
      username: 'ghost_user',
    });
    expect(nameless.body.member).toMatchObject({
      status: 'drafted',
      user: { name: null, email: null, username: 'ghost_user' },
    });
    expect((await control(sandbox, 'POST', '/members', { username: 'ghost_user' })).status).toBe(
      422,
    );
  });

  it("deletes a member's Whop account: member, memberships and payments stay, with no user", async () => {
    const membership = sandbox.state.memberships
      .all()
      .find((record) => sandbox.state.paymentsOfMembership(record.id).length > 0)!;
    const member = sandbox.state.members.get(membership.memberId)!;
    const whop = sdkClient(sandbox, await mintApiKey(sandbox));
    const since = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));

    const deleted = await control(sandbox, 'DELETE', `/members/${member.id}/account`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.member).toMatchObject({ id: member.id, user: null });
    expect(await whop.members.retrieve(member.id)).toMatchObject({ id: member.id, user: null });
    expect(await whop.memberships.retrieve(membership.id)).toMatchObject({
      member: { id: member.id },
      user: null,
    });
    const changedPayments = [];
    for await (const payment of whop.payments.list({
      company_id: sandbox.state.company.id,
      updated_after: since,
    })) {
      changedPayments.push(payment);
    }
    expect(changedPayments.map(({ id }) => id).sort()).toEqual(
      sandbox.state
        .membershipsOfMember(member.id)
        .flatMap((record) => sandbox.state.paymentsOfMembership(record.id))
        .map(({ id }) => id)
        .sort(),
    );
    expect(changedPayments.every((payment) => payment.user === null)).toBe(true);
    expect((await control(sandbox, 'DELETE', `/members/${member.id}/account`)).status).toBe(422);
    expect(
      (await control(sandbox, 'PATCH', `/members/${member.id}`, { name: 'Back' })).status,
    ).toBe(422);
  });

  it('moves memberships and payments through their lifecycle', async () => {
    const membership = sandbox.state.memberships
      .all()
      .find(
        (record) =>
          record.status === 'active' &&
          sandbox.state.plans.get(record.planId)!.planType === 'renewal',
      )!;
    const failed = await control(sandbox, 'POST', '/payments', {
      membershipId: membership.id,
      outcome: 'failed',
    });
    expect(failed.body.payment).toMatchObject({
      status: 'open',
      substatus: 'failed',
      payments_failed: 1,
    });
    expect(failed.body.membership.status).toBe('past_due');

    const recovered = await control(
      sandbox,
      'POST',
      `/payments/${failed.body.payment.id}/succeed`,
      {},
    );
    expect(recovered.body.payment.substatus).toBe('succeeded');
    expect(recovered.body.membership.status).toBe('active');
    expect(recovered.body.events.map((event: { type: string }) => event.type)).toEqual([
      'payment.succeeded',
      'membership.activated',
    ]);

    const partial = await control(sandbox, 'POST', `/payments/${failed.body.payment.id}/refund`, {
      amount: 1,
    });
    expect(partial.body.payment).toMatchObject({
      substatus: 'partially_refunded',
      refunded_amount: 1,
      refunds: [expect.objectContaining({ amount: 1 })],
    });
    const full = await control(sandbox, 'POST', `/payments/${failed.body.payment.id}/refund`, {});
    expect(full.body.payment).toMatchObject({
      substatus: 'refunded',
      refunded_amount: failed.body.payment.total,
    });
    expect(
      (await control(sandbox, 'POST', `/payments/${failed.body.payment.id}/refund`, {})).status,
    ).toBe(422);

    const canceling = await control(
      sandbox,
      'POST',
      `/memberships/${membership.id}/cancel-at-period-end`,
      {
        cancelOption: 'switching',
      },
    );
    expect(canceling.body.membership).toMatchObject({
      status: 'canceling',
      cancel_at_period_end: true,
      cancel_option: 'switching',
    });
    const undone = await control(
      sandbox,
      'POST',
      `/memberships/${membership.id}/cancel-at-period-end`,
      {
        enabled: false,
      },
    );
    expect(undone.body.membership).toMatchObject({ status: 'active', cancel_at_period_end: false });
    const expired = await control(sandbox, 'POST', `/memberships/${membership.id}/expire`, {});
    expect(expired.body.membership.status).toBe('expired');
    expect(expired.body.events.map((event: { type: string }) => event.type)).toEqual([
      'membership.deactivated',
    ]);
    expect(
      (await control(sandbox, 'POST', `/memberships/${membership.id}/expire`, {})).status,
    ).toBe(422);
    expect(
      (await control(sandbox, 'POST', '/memberships/mem_missing000000/cancel', {})).status,
    ).toBe(404);
  });

  it('creates products and plans the API then serves', async () => {
    const product = await control(sandbox, 'POST', '/products', { title: 'Zoë’s Coaching Club' });
    expect(product.body.product).toMatchObject({
      title: 'Zoë’s Coaching Club',
      visibility: 'visible',
    });
    const plan = await control(sandbox, 'POST', '/plans', {
      productId: product.body.product.id,
      title: 'Quarterly',
      planType: 'renewal',
      billingPeriod: 90,
      renewalPrice: 59.99,
      currency: 'EUR',
    });
    expect(plan.body.plan).toMatchObject({
      billing_period: 90,
      renewal_price: 59.99,
      currency: 'eur',
      product: { id: product.body.product.id },
    });
    expect(
      (
        await control(sandbox, 'POST', '/plans', {
          productId: product.body.product.id,
          planType: 'renewal',
        })
      ).status,
    ).toBe(422);
    const key = await mintApiKey(sandbox);
    expect((await api(sandbox, `/plans/${plan.body.plan.id}`, key)).body.id).toBe(
      plan.body.plan.id,
    );
  });

  it('edits a product as the dashboard does, null clearing a text', async () => {
    const created = await control(sandbox, 'POST', '/products', {
      title: 'Signals',
      description: 'Daily signals.',
    });
    const { id, updated_at: createdAt } = created.body.product;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const edited = await control(sandbox, 'PATCH', `/products/${id}`, {
      title: 'Signals Pro',
      description: null,
    });
    expect(edited.body.product).toMatchObject({ title: 'Signals Pro', description: null });
    const key = await mintApiKey(sandbox);
    const served = (await api(sandbox, `/products/${id}`, key)).body;
    expect(served).toMatchObject({ title: 'Signals Pro', description: null });
    expect(Date.parse(served.updated_at)).toBeGreaterThan(Date.parse(createdAt));
    expect((await control(sandbox, 'PATCH', '/products/prod_missing0000', {})).status).toBe(404);
    expect(
      (await control(sandbox, 'PATCH', `/products/${id}`, { visibility: 'everywhere' })).status,
    ).toBe(422);
    expect((await control(sandbox, 'PATCH', `/products/${id}`, { title: '' })).status).toBe(422);
  });

  it('registers apps at runtime and validates api key permissions', async () => {
    const app = await control(sandbox, 'POST', '/apps', {
      clientId: 'app_late',
      name: 'Late App',
      redirectUris: ['http://127.0.0.1:1234/cb'],
    });
    expect(app.status).toBe(200);
    expect(
      (await control(sandbox, 'GET', '/state')).body.apps.map(
        (registered: { clientId: string }) => registered.clientId,
      ),
    ).toContain('app_late');
    expect(
      (await control(sandbox, 'POST', '/api-keys', { permissions: ['everything:all'] })).status,
    ).toBe(422);
  });

  it('reseeds deterministically and resets to the seed', async () => {
    const reseeded = await control(sandbox, 'POST', '/seed', { seed: 5, members: 40 });
    expect(reseeded.body).toMatchObject({
      seed: 5,
      members: 40,
      counts: { members: 41, webhooks: 0 },
    });
    const companyId = reseeded.body.company.id;
    const firstIds = sandbox.state.memberships.all().map((membership) => membership.id);

    await control(sandbox, 'POST', '/members', { name: 'Extra' });
    expect(sandbox.state.members.size).toBe(42);
    const reset = await control(sandbox, 'POST', '/reset');
    expect(reset.body).toMatchObject({
      seed: 5,
      company: { id: companyId },
      counts: { members: 41 },
    });
    expect(sandbox.state.memberships.all().map((membership) => membership.id)).toEqual(firstIds);
    expect((await control(sandbox, 'POST', '/seed', { members: -1 })).status).toBe(422);
  });

  it('sets its clock behind real time: dated answers and records changed from then on', async () => {
    const member = sandbox.state.members.all()[0];
    const { body: moved } = await control(sandbox, 'POST', '/clock', { advanceSeconds: -600 });
    expect(moved).toEqual({ offsetMs: -600_000 });
    try {
      const before = Date.now();
      const response = await fetch(`${sandbox.url}/api/v1/members/${member.id}`, {
        headers: { authorization: `Bearer ${await mintApiKey(sandbox)}` },
      });
      const answeredAt = Date.parse(response.headers.get('date')!);
      // HTTP dates have whole seconds.
      expect(answeredAt).toBeGreaterThanOrEqual(before - 600_000 - 1000);
      expect(answeredAt).toBeLessThanOrEqual(Date.now() - 600_000);

      const { body } = await control(sandbox, 'PATCH', `/members/${member.id}`, {
        name: 'Clock Watcher',
      });
      expect(Date.parse(body.member.updated_at)).toBeLessThanOrEqual(Date.now() - 600_000);
    } finally {
      await control(sandbox, 'POST', '/clock', { advanceSeconds: 600 });
    }
  });

  it('can be left unmounted', async () => {
    const closed = await startWhopSandbox({ port: 0, members: 3, controlApi: false });
    try {
      expect((await control(closed, 'GET', '/state')).status).toBe(404);
    } finally {
      await closed.close();
    }
  });
});
