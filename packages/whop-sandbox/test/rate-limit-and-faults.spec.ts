import { InternalServerError, RateLimitError } from '@whop/sdk';
import type { APIError } from '@whop/sdk';
import { type WhopSandbox, startWhopSandbox } from '../src/start-whop-sandbox';
import { api, control, mintApiKey, sdkClient } from './support/sandbox-client';

describe('rate limits and injected faults', () => {
  let sandbox: WhopSandbox;

  beforeAll(async () => {
    sandbox = await startWhopSandbox({ port: 0, members: 50, rateLimitPerMinute: 3 });
  });

  afterAll(() => sandbox.close());

  afterEach(() => control(sandbox, 'DELETE', '/faults'));

  it('limits per operation per credential with Whop 429 bodies and Retry-After', async () => {
    const key = await mintApiKey(sandbox);
    for (let call = 0; call < 3; call++)
      expect((await api(sandbox, '/members?first=1', key)).status).toBe(200);
    const limited = await api(sandbox, '/members?first=1', key);
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({
      error: {
        type: 'rate_limit_exceeded',
        message: expect.stringMatching(/^Try again in \d+ seconds\.$/),
      },
    });
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.body.error.message).toBe(`Try again in ${retryAfter} seconds.`);

    expect((await api(sandbox, '/memberships?first=1', key)).status).toBe(200);
    expect((await api(sandbox, `/members/${sandbox.state.members.all()[0].id}`, key)).status).toBe(
      200,
    );
    expect((await api(sandbox, '/members?first=1', await mintApiKey(sandbox))).status).toBe(200);
  });

  it('lets the SDK retry injected 429s until the call succeeds', async () => {
    await control(sandbox, 'POST', '/faults', {
      routes: [{ match: 'GET /api/v1/payments', rateLimitRate: 1, retryAfterSeconds: 0, times: 2 }],
    });
    const client = sdkClient(sandbox, await mintApiKey(sandbox), { maxRetries: 2 });
    const page = await client.payments.list({ company_id: sandbox.state.company.id, first: 5 });
    expect(page.data).toHaveLength(5);
    expect((await control(sandbox, 'GET', '/faults')).body.routes).toEqual([]);
  });

  it('surfaces the 429 when retries run out', async () => {
    await control(sandbox, 'POST', '/faults', {
      routes: [{ match: '/api/v1/*', rateLimitRate: 1, retryAfterSeconds: 0 }],
    });
    const error = await sdkClient(sandbox, await mintApiKey(sandbox), { maxRetries: 1 })
      .members.list({ company_id: sandbox.state.company.id })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as APIError).error).toEqual({
      error: { type: 'rate_limit_exceeded', message: 'Try again in 0 seconds.' },
    });
  });

  // Whop may say when to try again only in its message: the header is left out on request.
  it('injects a 429 without Retry-After, saying when to try again in its message', async () => {
    await control(sandbox, 'POST', '/faults', {
      routes: [
        {
          match: 'GET /api/v1/members*',
          rateLimitRate: 1,
          retryAfterSeconds: 7,
          retryAfterHeader: false,
          times: 1,
        },
      ],
    });
    const limited = await api(sandbox, '/members?first=1', await mintApiKey(sandbox));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeNull();
    expect(limited.body.error).toEqual({
      type: 'rate_limit_exceeded',
      message: 'Try again in 7 seconds.',
    });
  });

  it('injects 5xx that the SDK retries, and latency', async () => {
    await control(sandbox, 'POST', '/faults', {
      routes: [{ match: 'GET /api/v1/memberships*', errorRate: 1, errorStatus: 503, times: 1 }],
    });
    const client = sdkClient(sandbox, await mintApiKey(sandbox), { maxRetries: 1 });
    expect(
      (await client.memberships.list({ company_id: sandbox.state.company.id, first: 1 })).data,
    ).toHaveLength(1);

    await control(sandbox, 'POST', '/faults', {
      routes: [{ match: 'GET /api/v1/memberships*', errorRate: 1, errorStatus: 500 }],
    });
    const error = await sdkClient(sandbox, await mintApiKey(sandbox), { maxRetries: 0 })
      .memberships.list({ company_id: sandbox.state.company.id })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InternalServerError);

    await control(sandbox, 'POST', '/faults', {
      routes: [{ match: 'GET /api/v1/companies*', latencyMs: 150 }],
    });
    const startedAt = Date.now();
    expect((await api(sandbox, '/companies', await mintApiKey(sandbox))).status).toBe(200);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(140);
  });

  it.each([408, 409])('injects %i, which the SDK retries as it does a 5xx', async (errorStatus) => {
    await control(sandbox, 'POST', '/faults', {
      routes: [{ match: 'GET /api/v1/memberships*', errorRate: 1, errorStatus, times: 1 }],
    });
    const answer = await api(
      sandbox,
      `/memberships?company_id=${sandbox.state.company.id}&first=1`,
      await mintApiKey(sandbox),
    );
    expect(answer.status).toBe(errorStatus);
    expect(answer.body.error.type).toBe(errorStatus === 408 ? 'request_timeout' : 'conflict');

    await control(sandbox, 'POST', '/faults', {
      routes: [{ match: 'GET /api/v1/memberships*', errorRate: 1, errorStatus, times: 1 }],
    });
    const client = sdkClient(sandbox, await mintApiKey(sandbox), { maxRetries: 1 });
    expect(
      (await client.memberships.list({ company_id: sandbox.state.company.id, first: 1 })).data,
    ).toHaveLength(1);
  });

  it('answers pages shorter than asked for while more follow, as Whop may', async () => {
    await control(sandbox, 'POST', '/faults', {
      routes: [{ match: 'GET /api/v1/memberships*', maxPageItems: 7 }],
    });
    const companyId = sandbox.state.company.id;
    const list = `/memberships?company_id=${companyId}&order=created_at&direction=asc&first=25`;
    const first = await api(sandbox, list, await mintApiKey(sandbox));
    const second = await api(
      sandbox,
      `${list}&after=${encodeURIComponent(first.body.page_info.end_cursor)}`,
      await mintApiKey(sandbox),
    );
    const all = await api(
      sandbox,
      `/memberships?company_id=${companyId}&order=created_at&direction=asc&first=14`,
      await mintApiKey(sandbox),
    );

    expect(first.body.data).toHaveLength(7);
    expect(first.body.page_info.has_next_page).toBe(true);
    expect(second.body.data).toHaveLength(7);
    expect(all.body.data).toHaveLength(7);
    await control(sandbox, 'DELETE', '/faults');
    const unlimited = await api(
      sandbox,
      `/memberships?company_id=${companyId}&order=created_at&direction=asc&first=14`,
      await mintApiKey(sandbox),
    );
    expect([...first.body.data, ...second.body.data].map((item: any) => item.id)).toEqual(
      unlimited.body.data.map((item: any) => item.id),
    );
  });

  it('never makes a page longer than asked for, nor a bad page size a good one', async () => {
    await control(sandbox, 'POST', '/faults', {
      routes: [{ match: 'GET /api/v1/memberships*', maxPageItems: 30 }],
    });
    const list = `/memberships?company_id=${sandbox.state.company.id}`;

    expect((await api(sandbox, list, await mintApiKey(sandbox))).body.data).toHaveLength(10);
    expect((await api(sandbox, `${list}&first=abc`, await mintApiKey(sandbox))).status).toBe(422);
  });

  it('validates fault configurations', async () => {
    const { status, body } = await control(sandbox, 'POST', '/faults', {
      routes: [{ match: '/api/v1/*', errorRate: 2 }],
    });
    expect(status).toBe(422);
    expect(body.error.message).toContain('errorRate');
    const notRetried = await control(sandbox, 'POST', '/faults', {
      routes: [{ match: '/api/v1/*', errorRate: 1, errorStatus: 410 }],
    });
    expect(notRetried.status).toBe(422);
    expect(notRetried.body.error.message).toBe(
      'errorStatus must be 408, 409 or between 500 and 599.',
    );
  });
});
