import { createServer } from 'node:net';

import { type NestExpressApplication } from '@nestjs/platform-express';
import Whop from '@whop/sdk';
import { startWhopSandbox, type WhopSandbox } from 'whop-sandbox';

import { closeTestApp, createTestApp } from 'test/integration/utils/create-test-app';
import { spawnQueueWorker, type TestQueueWorker } from 'test/integration/utils/spawn-queue-worker';

const TEST_CLIENT = { clientId: 'app_integration_tests', clientSecret: 'integration-secret' };

// A free port, held until released: the server's URL must be known before the server is created
// (Whop redirects to it, and the app reads it from its config), and a port only probed could be
// taken meanwhile by one of the connections the test opens to PostgreSQL and Redis.
const reservePort = () =>
  new Promise<{ port: number; release: () => Promise<void> }>((resolve, reject) => {
    const server = createServer();

    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };

      resolve({ port, release: () => new Promise((done) => server.close(() => done())) });
    });
  });

export type WhopTestStack = {
  app: NestExpressApplication;
  sandbox: WhopSandbox;
  serverUrl: string;
  workers: TestQueueWorker[];
  startWorker: () => Promise<TestQueueWorker>;
  groundTruth: () => Whop;
  control: (path: string, body?: unknown, method?: string) => Promise<any>;
  stop: () => Promise<void>;
};

// The real thing on loopback: the Whop sandbox, the server listening on a free port (so Whop can
// redirect back to it), and queue-worker processes running the sync jobs.
export const startWhopTestStack = async (
  options: {
    members?: number;
    seed?: number;
    workers?: number;
    accessTokenTtlSeconds?: number;
    // How often the SDK retries a failed Whop request before the sync run stops (default: the
    // server's).
    apiMaxRetries?: number;
    // How long a statement on a workspace's records may run (default: the server's).
    statementTimeoutMs?: number;
  } = {},
): Promise<WhopTestStack> => {
  const reservation = await reservePort();
  const { port } = reservation;
  const serverUrl = `http://127.0.0.1:${port}`;
  const sandbox = await startWhopSandbox({
    port: 0,
    seed: options.seed ?? 7,
    members: options.members ?? 60,
    autoApprove: true,
    rateLimitPerMinute: 0,
    accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 3600,
    webhookRetrySchedule: [50, 100],
    apps: [
      {
        ...TEST_CLIENT,
        name: 'Twenty CRM (tests)',
        redirectUris: [`${serverUrl}/auth/whop/callback`],
      },
    ],
  });
  const env = {
    SERVER_URL: serverUrl,
    FRONTEND_URL: serverUrl,
    PORT: String(port),
    WHOP_CLIENT_ID: TEST_CLIENT.clientId,
    WHOP_CLIENT_SECRET: TEST_CLIENT.clientSecret,
    WHOP_REDIRECT_URI: `${serverUrl}/auth/whop/callback`,
    WHOP_API_URL: `${sandbox.url}/api/v1`,
    WHOP_OAUTH_URL: sandbox.url,
    WHOP_RATE_LIMIT_PER_MINUTE: '100000',
    WHOP_SYNC_INTERVAL_MINUTES: '60',
    ...(options.apiMaxRetries !== undefined && {
      WHOP_API_MAX_RETRIES: String(options.apiMaxRetries),
    }),
    ...(options.statementTimeoutMs !== undefined && {
      PG_STATEMENT_TIMEOUT_MS: String(options.statementTimeoutMs),
    }),
  };

  delete process.env.WHOP_API_MAX_RETRIES;
  delete process.env.PG_STATEMENT_TIMEOUT_MS;
  Object.assign(process.env, env);
  const workers: TestQueueWorker[] = [];
  let app: NestExpressApplication | null = null;
  const stop = async () => {
    await Promise.all(workers.map((worker) => worker.stop('SIGKILL')));
    if (app) await closeTestApp(app);
    await sandbox.close();
  };
  const startWorker = async () => {
    const worker = await spawnQueueWorker(env);

    workers.push(worker);

    return worker;
  };

  // A stack that fails to start stops what it started: left running, it would keep Jest from
  // exiting.
  try {
    app = await createTestApp();
    await reservation.release();
    await app.listen(port, '127.0.0.1');
    for (let index = 0; index < (options.workers ?? 1); index++) await startWorker();
  } catch (error) {
    await reservation.release();
    await stop();
    throw error;
  }
  const control = async (
    path: string,
    body?: unknown,
    method = body === undefined ? 'GET' : 'POST',
  ) => {
    const response = await fetch(`${sandbox.url}/_sandbox${path}`, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

    return (await response.json()) as any;
  };
  let groundTruthClient: Whop | null = null;
  const { key } = await control('/api-keys', { name: 'ground truth' });

  return {
    app,
    sandbox,
    serverUrl,
    workers,
    startWorker,
    control,
    groundTruth: () =>
      (groundTruthClient ??= new Whop({
        apiKey: key,
        baseURL: `${sandbox.url}/api/v1`,
        webhookKey: null,
        maxRetries: 5,
      })),
    stop,
  };
};
