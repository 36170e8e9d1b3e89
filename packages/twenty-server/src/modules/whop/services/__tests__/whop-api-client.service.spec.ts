import { Logger } from '@nestjs/common';

import { type EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { WhopApiClientService } from 'src/modules/whop/services/whop-api-client.service';
import { type WhopRateLimiterService } from 'src/modules/whop/services/whop-rate-limiter.service';
import { type WhopTokenService } from 'src/modules/whop/services/whop-token.service';
import { UNEXPECTED_SYNC_ERROR_MESSAGE } from 'src/modules/whop/utils/to-whop-sync-exception.util';
import { type WhopException, WhopExceptionCode } from 'src/modules/whop/whop.exception';

const ENVIRONMENT: Record<string, unknown> = {
  WHOP_API_URL: 'http://whop.test/api/v1',
  WHOP_API_VERSION_DATE: '2025-01-01',
  WHOP_API_MAX_RETRIES: 2,
  WHOP_API_TIMEOUT_MS: 30_000,
  WHOP_SYNC_BATCH_SIZE: 100,
};

// Whop's clock, as its answers' Date header gives it.
const WHOP_DATE = 'Sun, 06 Dec 2026 12:00:00 GMT';

type Answer = number | Error | { status: number; shouldRetry: 'true' | 'false' };

// Whop's answers in order; `retry-after-ms` keeps the SDK's backoff short. A request whose signal
// is aborted already fails, as with fetch.
const answerInTurn = (...answers: Answer[]) =>
  jest.spyOn(global, 'fetch').mockImplementation(async (_input, init) => {
    init?.signal?.throwIfAborted();
    const answer = answers.shift()!;

    if (answer instanceof Error) throw answer;
    const { status, shouldRetry } = typeof answer === 'number' ? { status: answer } : answer;

    return new Response(JSON.stringify({ id: 'biz_1', title: 'Acme' }), {
      status,
      headers: {
        'content-type': 'application/json',
        'retry-after-ms': '1',
        date: WHOP_DATE,
        ...(shouldRetry && { 'x-should-retry': shouldRetry }),
      },
    });
  });

// Whop answering a 429 (with `headers` and `message`), then the call.
const answerRateLimited = (headers: Record<string, string>, message: string) => {
  const answers = [
    new Response(JSON.stringify({ error: { type: 'rate_limit_exceeded', message } }), {
      status: 429,
      headers: { 'content-type': 'application/json', ...headers },
    }),
    new Response(JSON.stringify({ id: 'biz_1', title: 'Acme' }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    }),
  ];

  jest.spyOn(global, 'fetch').mockImplementation(async () => answers.shift()!);
};

const buildClient = ({
  getAccessToken = async () => 'access-token',
  acquire = async () => undefined,
  holdOff = async () => undefined,
}: {
  getAccessToken?: () => Promise<string>;
  acquire?: () => Promise<void>;
  holdOff?: (credentialId: string, operation: string, waitMs: number) => Promise<void>;
} = {}) => {
  const failures: WhopException[] = [];
  const answers = { count: 0, whopTimes: [] as (Date | null)[] };
  const service = new WhopApiClientService(
    { get: (key: string) => ENVIRONMENT[key] } as unknown as EnvironmentService,
    { getAccessToken } as unknown as WhopTokenService,
    { acquire, holdOff } as unknown as WhopRateLimiterService,
  );
  const client = service.forConnection('connection-1', {
    onTemporaryFailure: (failure) => failures.push(failure),
    onAnswered: (whopTime) => {
      answers.count++;
      answers.whopTimes.push(whopTime);
    },
  });

  return { client, failures, answers };
};

describe('WhopApiClientService: a Whop call retried by the SDK', () => {
  afterEach(() => jest.restoreAllMocks());

  it('reports each failed request before its retry, as a temporary failure', async () => {
    answerInTurn(503, new TypeError('fetch failed'), 200);
    const { client, failures, answers } = buildClient();

    await expect(client.retrieveCompany('biz_1')).resolves.toEqual({ id: 'biz_1', title: 'Acme' });
    expect(answers.count).toBe(1);
    expect(answers.whopTimes).toEqual([new Date('2026-12-06T12:00:00.000Z')]);
    expect(failures.map(({ code, message }) => ({ code, message }))).toEqual([
      {
        code: WhopExceptionCode.TEMPORARY_ERROR,
        message: 'GET /api/v1/companies/:id: Whop answered 503',
      },
      {
        code: WhopExceptionCode.TEMPORARY_ERROR,
        message: 'GET /api/v1/companies/:id: Whop unreachable (fetch failed)',
      },
    ]);
  });

  it('reports a 429 too, and an answer that is not retried as Whop answering', async () => {
    answerInTurn(429, 404);
    const { client, failures, answers } = buildClient();

    await expect(client.retrieveCompany('biz_1')).rejects.toMatchObject({
      code: WhopExceptionCode.NOT_FOUND,
    });
    expect(failures.map(({ message }) => message)).toEqual([
      'GET /api/v1/companies/:id: Whop answered 429',
    ]);
    expect(answers.count).toBe(1);
  });

  it('reports what the SDK retries as Whop says with x-should-retry, and a 409 lock timeout', async () => {
    answerInTurn(409, { status: 400, shouldRetry: 'true' }, 200);
    const retried = buildClient();

    await expect(retried.client.retrieveCompany('biz_1')).resolves.toMatchObject({ id: 'biz_1' });
    expect(retried.failures.map(({ message }) => message)).toEqual([
      'GET /api/v1/companies/:id: Whop answered 409',
      'GET /api/v1/companies/:id: Whop answered 400',
    ]);

    answerInTurn({ status: 503, shouldRetry: 'false' });
    const notRetried = buildClient();

    // Not waited on: the call fails at once, a temporary failure the sync's job retries.
    await expect(notRetried.client.retrieveCompany('biz_1')).rejects.toMatchObject({
      code: WhopExceptionCode.TEMPORARY_ERROR,
    });
    expect(notRetried.failures).toEqual([]);
    expect(notRetried.answers.count).toBe(1);
  });
});

describe('WhopApiClientService: creating a webhook', () => {
  afterEach(() => jest.restoreAllMocks());

  // Not idempotent: a retry after an answer lost on the way would leave a second endpoint.
  it('is sent once, without the SDK retrying it', async () => {
    const fetch = answerInTurn(503, 200);

    await expect(
      buildClient().client.createWebhook('biz_1', 'https://crm.example/webhooks/whop/1'),
    ).rejects.toMatchObject({ code: WhopExceptionCode.TEMPORARY_ERROR });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

// What fails before Whop is asked is said as it is, once the SDK gave up retrying it.
describe('WhopApiClientService: a failure of ours before the call', () => {
  afterEach(() => jest.restoreAllMocks());

  it('says Redis was out of reach when the rate limiter cannot answer, not that Whop was', async () => {
    answerInTurn(200);
    const { client } = buildClient({
      acquire: () => Promise.reject(new Error('Connection is closed.')),
    });

    await expect(client.retrieveCompany('biz_1')).rejects.toMatchObject({
      code: WhopExceptionCode.TEMPORARY_ERROR,
      userFriendlyMessage: 'Redis, which paces the calls to Whop, was unavailable for a moment.',
    });
  });

  it('says the database was out of reach when the token cannot be read', async () => {
    answerInTurn(200);
    const { client } = buildClient({
      getAccessToken: () =>
        Promise.reject(
          Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
            code: 'ECONNREFUSED',
          }),
        ),
    });

    await expect(client.retrieveCompany('biz_1')).rejects.toMatchObject({
      code: WhopExceptionCode.TEMPORARY_ERROR,
      message: 'The database was unavailable: connect ECONNREFUSED 127.0.0.1:5432',
    });
  });

  it('fails on an unexpected error of ours as unexpected, not as Whop unreachable', async () => {
    answerInTurn(200);
    const { client } = buildClient({
      getAccessToken: () => Promise.reject(new Error('Could not find any entity')),
    });

    await expect(client.retrieveCompany('biz_1')).rejects.toMatchObject({
      code: WhopExceptionCode.UNKNOWN,
      userFriendlyMessage: UNEXPECTED_SYNC_ERROR_MESSAGE,
    });
  });
});

describe('WhopApiClientService: a 429 without Retry-After', () => {
  afterEach(() => jest.restoreAllMocks());

  // The SDK's own first backoff is at most 0.5 s: waiting a second shows Whop's message was read.
  it('waits as long as its message asks before the retry', async () => {
    answerRateLimited({}, 'Try again in 1 seconds.');
    const startedAt = Date.now();

    await expect(buildClient().client.retrieveCompany('biz_1')).resolves.toMatchObject({
      id: 'biz_1',
    });
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(950);
  });
});

describe("WhopApiClientService: a 429's wait", () => {
  afterEach(() => jest.restoreAllMocks());

  // Every worker's calls of the operation wait with the SDK's retry, through the shared limiter.
  it("holds back the operation's calls as long as Whop asks, by header or by message", async () => {
    const holdOff = jest.fn(async () => undefined);

    answerRateLimited({ 'retry-after-ms': '20' }, 'Too many requests.');
    await buildClient({ holdOff }).client.retrieveCompany('biz_1');
    answerRateLimited({}, 'Try again in 0.03 seconds.');
    await buildClient({ holdOff }).client.retrieveCompany('biz_1');

    expect(holdOff.mock.calls).toEqual([
      ['connection-1', 'GET /api/v1/companies/:id', 20],
      ['connection-1', 'GET /api/v1/companies/:id', 30],
    ]);
  });

  // The SDK sleeps whatever it is told: a wrong date would park the sync's worker for as long.
  it('waits five minutes at most, whatever Whop asks', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const holdOff = jest.fn(async () => undefined);
    let answered = false;

    answerRateLimited({ 'retry-after': '3600' }, 'Too many requests.');
    const call = buildClient({ holdOff })
      .client.retrieveCompany('biz_1')
      .finally(() => (answered = true));

    await jest.advanceTimersByTimeAsync(5 * 60_000);
    jest.useRealTimers();
    expect(answered).toBe(true);
    await expect(call).resolves.toMatchObject({ id: 'biz_1' });
    expect(holdOff.mock.calls).toEqual([['connection-1', 'GET /api/v1/companies/:id', 300_000]]);
  });

  it('holds nothing back when Whop does not say how long, and still retries when Redis fails', async () => {
    const holdOff = jest.fn(async () => undefined);

    answerRateLimited({}, 'Too many requests.');
    await buildClient({ holdOff }).client.retrieveCompany('biz_1');
    expect(holdOff).not.toHaveBeenCalled();

    jest.restoreAllMocks();
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    answerRateLimited({ 'retry-after-ms': '1' }, 'Too many requests.');
    await expect(
      buildClient({
        holdOff: () => Promise.reject(new Error('Connection is closed.')),
      }).client.retrieveCompany('biz_1'),
    ).resolves.toMatchObject({ id: 'biz_1' });
  });
});

describe('WhopApiClientService: how long a request may take', () => {
  beforeEach(() => {
    ENVIRONMENT.WHOP_API_TIMEOUT_MS = 50;
  });

  afterEach(() => {
    ENVIRONMENT.WHOP_API_TIMEOUT_MS = 30_000;
    jest.restoreAllMocks();
  });

  // As after a 429 another worker got: the wait for a slot is not the request's time.
  it('sends a call that waited for its rate-limit slot longer than a request may take', async () => {
    const fetch = answerInTurn(200);
    const { client, failures } = buildClient({
      acquire: () => new Promise((resolve) => setTimeout(resolve, 150)),
    });

    await expect(client.retrieveCompany('biz_1')).resolves.toMatchObject({ id: 'biz_1' });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(failures).toEqual([]);
  });

  it('gives up on a request Whop does not answer in time, and retries it', async () => {
    let calls = 0;

    jest.spyOn(global, 'fetch').mockImplementation(async (_input, init) => {
      calls++;
      if (calls === 1) {
        return new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        );
      }

      return new Response(JSON.stringify({ id: 'biz_1', title: 'Acme' }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    });
    const { client, failures } = buildClient();

    await expect(client.retrieveCompany('biz_1')).resolves.toMatchObject({ id: 'biz_1' });
    expect(calls).toBe(2);
    expect(failures.map(({ message }) => message)).toEqual([
      'GET /api/v1/companies/:id: Whop did not answer within 0.05 s',
    ]);
  });
  // Its body too: a page that stops arriving half way is retried, not taken for a broken answer.
  it('gives up on an answer whose body Whop does not finish in time, and retries it', async () => {
    let calls = 0;

    jest.spyOn(global, 'fetch').mockImplementation(async (_input, init) => {
      calls++;
      const signal = init!.signal!;
      const body =
        calls === 1
          ? new ReadableStream({
              start(controller) {
                controller.enqueue(new TextEncoder().encode('{"id":"biz_1",'));
                signal.addEventListener('abort', () => controller.error(signal.reason));
              },
            })
          : JSON.stringify({ id: 'biz_1', title: 'Acme' });

      return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
    });
    const { client, failures } = buildClient();

    await expect(client.retrieveCompany('biz_1')).resolves.toMatchObject({ title: 'Acme' });
    expect(calls).toBe(2);
    expect(failures.map(({ message }) => message)).toEqual([
      'GET /api/v1/companies/:id: Whop did not answer within 0.05 s',
    ]);
  });
});

describe('WhopApiClientService: what the SDK logs', () => {
  const whopLog = process.env.WHOP_LOG;

  afterEach(() => {
    jest.restoreAllMocks();
    if (whopLog === undefined) delete process.env.WHOP_LOG;
    else process.env.WHOP_LOG = whopLog;
  });

  // At debug the SDK logs every answer's body (a webhook's secret, customers' emails): WHOP_LOG,
  // set to chase a problem, must not turn that on, in the console or the server's log.
  it('does not log answers, whatever WHOP_LOG says', async () => {
    process.env.WHOP_LOG = 'debug';
    const loggers = [
      ...['log', 'info', 'debug', 'warn', 'error'].map((level) =>
        jest.spyOn(global.console, level as 'log').mockImplementation(() => undefined),
      ),
      ...['log', 'debug', 'verbose', 'warn', 'error'].map((level) =>
        jest.spyOn(Logger.prototype, level as 'log').mockImplementation(() => undefined),
      ),
    ];

    answerInTurn(200);
    await buildClient().client.retrieveCompany('biz_1');
    for (const spy of loggers) expect(spy).not.toHaveBeenCalled();
  });
});

describe('WhopApiClientService: what the SDK reads from the environment', () => {
  afterEach(() => {
    jest.restoreAllMocks();
    delete process.env.WHOP_API_VERSION;
    delete process.env.WHOP_BASE_URL;
  });

  // The SDK reads WHOP_API_VERSION and WHOP_BASE_URL from the environment unless given its options.
  it('sends the configured Api-Version-Date to the configured URL, whatever the SDK would read', async () => {
    process.env.WHOP_API_VERSION = '1999-01-01';
    process.env.WHOP_BASE_URL = 'http://elsewhere.test/api/v1';
    const fetchSpy = answerInTurn(200);

    await buildClient().client.retrieveCompany('biz_1');
    const [input, init] = fetchSpy.mock.calls[0];

    expect(String(input)).toBe('http://whop.test/api/v1/companies/biz_1');
    expect(new Headers(init?.headers).get('Api-Version-Date')).toBe('2025-01-01');
  });
});
