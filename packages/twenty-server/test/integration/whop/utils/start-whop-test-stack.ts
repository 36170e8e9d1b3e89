import { createServer } from 'node:net';

import { type NestExpressApplication } from '@nestjs/platform-express';
import Whop from '@whop/sdk';
import { startWhopSandbox, type WhopSandbox } from 'whop-sandbox';

import { closeTestApp, createTestApp } from 'test/integration/utils/create-test-app';
import { spawnQueueWorker, type TestQueueWorker } from 'test/integration/utils/spawn-queue-worker';

const TEST_CLIENT = { clientId: 'app_integration_tests', clientSecret: 'integration-secret' };

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();

    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };

      server.close(() => resolve(port));
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
  } = {},
): Promise<WhopTestStack> => {
  const port = await freePort();
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
  };

  delete process.env.WHOP_API_MAX_RETRIES;
  Object.assign(process.env, env);
  const app = await createTestApp();

  await app.listen(port, '127.0.0.1');
  const workers: TestQueueWorker[] = [];
  const startWorker = async () => {
    const worker = await spawnQueueWorker(env);

    workers.push(worker);

    return worker;
  };

  for (let index = 0; index < (options.workers ?? 1); index++) await startWorker();
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
    stop: async () => {
      await Promise.all(workers.map((worker) => worker.stop('SIGKILL')));
      await closeTestApp(app);
      await sandbox.close();
    },
  };
};
