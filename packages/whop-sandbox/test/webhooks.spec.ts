import { UnprocessableEntityError } from '@whop/sdk';
import type Whop from '@whop/sdk';
import { type WhopSandbox, startWhopSandbox } from '../src/start-whop-sandbox';
import { control, mintApiKey, sdkClient } from './support/sandbox-client';
import {
  type ReceivedWebhook,
  type WebhookReceiver,
  startWebhookReceiver,
} from './support/webhook-receiver';

const keyOf = (secret: string) => Buffer.from(secret).toString('base64');

describe('webhooks', () => {
  let sandbox: WhopSandbox;
  let client: Whop;
  let receiver: WebhookReceiver;
  let companyId: string;

  beforeAll(async () => {
    sandbox = await startWhopSandbox({
      port: 0,
      seed: 3,
      members: 200,
      webhookRetrySchedule: [20, 20, 20],
      webhookTimeoutMs: 750,
    });
    client = sdkClient(sandbox, await mintApiKey(sandbox));
    companyId = sandbox.state.company.id;
  });

  beforeEach(async () => {
    receiver = await startWebhookReceiver();
  });

  afterEach(async () => {
    await control(sandbox, 'DELETE', '/faults');
    for (const endpoint of [...sandbox.state.webhookEndpoints.all()])
      await client.webhooks.delete(endpoint.id);
    await receiver.close();
  });

  afterAll(() => sandbox.close());

  const register = async (events?: string[]) =>
    client.webhooks.create({
      url: receiver.url,
      api_version: 'v1',
      enabled: true,
      resource_id: companyId,
      ...(events === undefined ? {} : { events: events as never }),
    });

  // The receiver sees a request before the sandbox has logged its answer: wait for the log to settle.
  const settledDelivery = async (endpointId: string) => {
    const deadline = Date.now() + 5_000;
    for (;;) {
      const [delivery] = (
        await control(sandbox, 'GET', `/webhook-deliveries?endpointId=${endpointId}`)
      ).body.data;
      if (delivery.status !== 'pending' || Date.now() > deadline) return delivery;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  const unwrap = (webhook: ReceivedWebhook, secret: string) =>
    client.webhooks.unwrap(webhook.body, { headers: webhook.headers, key: keyOf(secret) });

  const membershipWith = (predicate: (status: string, renews: boolean) => boolean, skip = 0) =>
    sandbox.state.memberships
      .all()
      .filter((membership) =>
        predicate(
          membership.status,
          sandbox.state.plans.get(membership.planId)!.planType === 'renewal',
        ),
      )[skip];

  it('manages endpoints through the SDK and shows the ws_ secret once', async () => {
    const created = await register(['membership.activated']);
    expect(created.webhook_secret).toMatch(/^ws_/);
    expect(created.id).toMatch(/^hook_/);
    const retrieved = await client.webhooks.retrieve(created.id);
    expect(retrieved).toMatchObject({
      id: created.id,
      url: receiver.url,
      events: ['membership.activated'],
      resource_id: companyId,
    });
    expect(retrieved).not.toHaveProperty('webhook_secret');
    const updated = await client.webhooks.update(created.id, {
      events: ['payment.succeeded', 'payment.failed'],
      enabled: false,
    });
    expect(updated).toMatchObject({
      events: ['payment.succeeded', 'payment.failed'],
      enabled: false,
    });
    const listed = [];
    for await (const endpoint of client.webhooks.list({ company_id: companyId }))
      listed.push(endpoint.id);
    expect(listed).toEqual([created.id]);
    expect(await client.webhooks.delete(created.id)).toBe(true);
    await expect(client.webhooks.retrieve(created.id)).rejects.toMatchObject({ status: 404 });
  });

  it('refuses legacy event names and a missing company_id on list', async () => {
    await expect(
      client.webhooks.create({ url: receiver.url, events: ['membership.went_valid' as never] }),
    ).rejects.toBeInstanceOf(UnprocessableEntityError);
    await expect(client.webhooks.list({} as never)).rejects.toBeInstanceOf(
      UnprocessableEntityError,
    );
  });

  it('delivers a signed v1 event for every mutation, which webhooks.unwrap accepts', async () => {
    const { webhook_secret: secret } = await register();
    const active = membershipWith((status, renews) => status === 'active' && renews);
    const toCancel = membershipWith((status, renews) => status === 'active' && renews, 1);
    const expiring = membershipWith((status) => status === 'trialing');
    const inactive = membershipWith((status) => status === 'expired');
    const paid = sandbox.state.payments
      .all()
      .find((payment) => payment.substatus === 'succeeded' && payment.membershipId !== active.id)!;
    const failed = sandbox.state.payments.all().find((payment) => payment.substatus === 'failed')!;

    const mutations: [string, unknown][] = [
      [`/memberships/${active.id}/cancel-at-period-end`, { cancelOption: 'too_expensive' }],
      [`/memberships/${toCancel.id}/cancel`, {}],
      [`/memberships/${expiring.id}/expire`, {}],
      [`/memberships/${inactive.id}/activate`, {}],
      ['/payments', { membershipId: active.id, outcome: 'succeeded' }],
      ['/payments', { membershipId: active.id, outcome: 'pending' }],
      [`/payments/${failed.id}/succeed`, {}],
      [`/payments/${paid.id}/refund`, { amount: 0.5 }],
      [`/payments/${paid.id}/refund`, {}],
    ];
    const emitted: { id: string; type: string }[] = [];
    for (const [path, body] of mutations) {
      const response = await control(sandbox, 'POST', path, body);
      expect(response.status).toBe(200);
      emitted.push(...response.body.events);
    }
    const types = new Set(emitted.map((event) => event.type));
    for (const type of [
      'membership.cancel_at_period_end_changed',
      'membership.deactivated',
      'membership.activated',
      'payment.created',
      'payment.succeeded',
      'payment.pending',
      'refund.created',
    ]) {
      expect(types).toContain(type);
    }

    const received = await receiver.waitFor(emitted.length);
    const envelopes = received.map(
      (webhook) =>
        unwrap(webhook, secret) as unknown as { id: string; type: string; data: { id: string } },
    );
    expect(new Set(envelopes.map((envelope) => envelope.id))).toEqual(
      new Set(emitted.map((event) => event.id)),
    );
    for (const [index, envelope] of envelopes.entries()) {
      expect(envelope).toEqual({
        id: expect.stringMatching(/^msg_/),
        api_version: 'v1',
        type: expect.any(String),
        timestamp: expect.any(String),
        company_id: companyId,
        data: expect.any(Object),
      });
      expect(received[index].headers['webhook-id']).toBe(envelope.id);
      expect(received[index].headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    }

    const refund = envelopes.find((envelope) => envelope.type === 'refund.created')! as unknown as {
      data: { amount: number; payment: { id: string } };
    };
    expect(refund.data).toMatchObject({ amount: 0.5, payment: { id: paid.id } });
    const cancelAtPeriodEnd = envelopes.find(
      (envelope) => envelope.type === 'membership.cancel_at_period_end_changed',
    )! as unknown as { data: Record<string, unknown> };
    expect(cancelAtPeriodEnd.data).toMatchObject({
      id: active.id,
      cancel_at_period_end: true,
      status: 'canceling',
      cancel_option: 'too_expensive',
      custom_field_responses: [],
    });

    const tampered = {
      ...received[0],
      body: received[0].body.replace('"api_version":"v1"', '"api_version":"v2"'),
    };
    expect(() => unwrap(tampered, secret)).toThrow();
    expect(() => unwrap(received[0], 'ws_wrong_secret')).toThrow();
  });

  it('sends only subscribed events to enabled endpoints', async () => {
    await register(['payment.failed']);
    const disabled = await register();
    await client.webhooks.update(disabled.id, { enabled: false });
    const membership = membershipWith((status, renews) => status === 'active' && renews);
    await control(sandbox, 'POST', '/payments', {
      membershipId: membership.id,
      outcome: 'succeeded',
    });
    const { body } = await control(sandbox, 'POST', '/payments', {
      membershipId: membership.id,
      outcome: 'failed',
      failureMessage: 'Card declined',
    });
    const [webhook] = await receiver.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(receiver.received).toHaveLength(1);
    expect(JSON.parse(webhook.body)).toMatchObject({
      type: 'payment.failed',
      data: {
        id: body.payment.id,
        failure_message: 'Card declined',
        membership: { status: 'past_due' },
      },
    });
  });

  it('retries non-2xx answers and timeouts with the same webhook-id', async () => {
    const { id: endpointId, webhook_secret: secret } = await register(['membership.deactivated']);
    receiver.respond((_request, index) =>
      index === 0
        ? { status: 500 }
        : index === 1
          ? { status: 200, delayMs: 2_500 }
          : { status: 204 },
    );
    const membership = membershipWith((status) => status === 'active');
    await control(sandbox, 'POST', `/memberships/${membership.id}/cancel`, {});
    const received = await receiver.waitFor(3);
    expect(new Set(received.map((webhook) => webhook.headers['webhook-id'])).size).toBe(1);
    for (const webhook of received) expect(() => unwrap(webhook, secret)).not.toThrow();

    expect(
      (await control(sandbox, 'GET', `/webhook-deliveries?endpointId=${endpointId}`)).body.data,
    ).toHaveLength(1);
    const delivery = await settledDelivery(endpointId);
    expect(delivery).toMatchObject({ status: 'delivered', type: 'membership.deactivated' });
    expect(
      delivery.attempts.map((attempt: { responseStatus: number | null }) => attempt.responseStatus),
    ).toEqual([500, null, 204]);
    expect(delivery.attempts[1].error).toMatch(/Timed out/);
  });

  // Following it would send the event elsewhere (a 301 or 302 as a GET without its body) and call
  // whatever answers there a delivery.
  it('counts a redirect as a failed attempt, without following it', async () => {
    const { id: endpointId } = await register(['membership.deactivated']);
    receiver.respond((_request, index) =>
      index === 0
        ? { status: 302, headers: { location: `${receiver.url}/moved` } }
        : { status: 200 },
    );
    await control(
      sandbox,
      'POST',
      `/memberships/${membershipWith((status) => status === 'active', 1).id}/cancel`,
      {},
    );
    await receiver.waitFor(2);
    const delivery = await settledDelivery(endpointId);

    expect(delivery.status).toBe('delivered');
    expect(
      delivery.attempts.map((attempt: { responseStatus: number | null }) => attempt.responseStatus),
    ).toEqual([302, 200]);
    expect(receiver.received.map(({ body }) => JSON.parse(body).type)).toEqual([
      'membership.deactivated',
      'membership.deactivated',
    ]);
  });

  it('gives up after the retry schedule', async () => {
    const { id: endpointId } = await register(['membership.deactivated']);
    receiver.respond(() => ({ status: 503 }));
    await control(
      sandbox,
      'POST',
      `/memberships/${membershipWith((status) => status === 'trialing').id}/cancel`,
      {},
    );
    await receiver.waitFor(4);
    expect((await settledDelivery(endpointId)).status).toBe('failed');
    expect(receiver.received).toHaveLength(4);
  });

  it('drops, duplicates and reorders deliveries on demand', async () => {
    const { id: endpointId } = await register(['payment.created']);
    const membership = membershipWith((status, renews) => status === 'active' && renews);
    const createPayment = () =>
      control(sandbox, 'POST', '/payments', { membershipId: membership.id, outcome: 'pending' });

    await control(sandbox, 'POST', '/faults', { webhooks: { dropRate: 1 } });
    await createPayment();
    const dropped = await control(
      sandbox,
      'GET',
      `/webhook-deliveries?endpointId=${endpointId}&status=dropped`,
    );
    expect(dropped.body.data).toHaveLength(1);

    await control(sandbox, 'POST', '/faults', { webhooks: { duplicateRate: 1 } });
    await createPayment();
    const duplicates = await receiver.waitFor(2);
    expect(duplicates[0].headers['webhook-id']).toBe(duplicates[1].headers['webhook-id']);

    await control(sandbox, 'POST', '/faults', {
      webhooks: { reorder: true, reorderWindowMs: 1_000 },
    });
    const first = (await createPayment()).body.events[0].id;
    const second = (await createPayment()).body.events[0].id;
    const reordered = await receiver.waitFor(4);
    expect(reordered.slice(2).map((webhook) => webhook.headers['webhook-id'])).toEqual([
      second,
      first,
    ]);
    expect(receiver.received).toHaveLength(4);
  });

  it("signs each delivery at Whop's time, as its envelope is stamped", async () => {
    const { id } = await register(['membership.activated']);
    const expired = membershipWith((status) => status === 'expired', 1);
    const hourAhead = (await control(sandbox, 'POST', '/clock', { advanceSeconds: 3600 })).body;

    try {
      await control(sandbox, 'POST', `/memberships/${expired.id}/activate`, {});
      const [webhook] = await receiver.waitFor(1);
      const signedAt = Number(webhook.headers['webhook-timestamp']);
      const stampedAt = Date.parse(JSON.parse(webhook.body).timestamp) / 1000;

      expect(hourAhead.offsetMs).toBeGreaterThanOrEqual(3_600_000);
      expect(Math.abs(signedAt - stampedAt)).toBeLessThanOrEqual(1);
      expect(signedAt - Date.now() / 1000).toBeGreaterThan(3500);
      const signedByHand = (
        await control(sandbox, 'POST', '/sign', { endpointId: id, payload: { id: 'msg_x' } })
      ).body;
      expect(Number(signedByHand.headers['webhook-timestamp']) - Date.now() / 1000).toBeGreaterThan(
        3500,
      );
    } finally {
      await control(sandbox, 'POST', '/clock', { advanceSeconds: -3600 });
    }
  });

  it('signs arbitrary payloads with an endpoint secret', async () => {
    const { id, webhook_secret: secret } = await register();
    const payload = {
      id: 'msg_handmade',
      api_version: 'v1',
      type: 'membership.activated',
      timestamp: new Date().toISOString(),
      company_id: companyId,
      data: { id: 'mem_x' },
    };
    const { body } = await control(sandbox, 'POST', '/sign', { endpointId: id, payload });
    expect(
      client.webhooks.unwrap(body.body, { headers: body.headers, key: keyOf(secret) }),
    ).toEqual(payload);
    expect(
      (await control(sandbox, 'POST', '/sign', { endpointId: 'hook_missing', payload })).status,
    ).toBe(404);
  });
});
