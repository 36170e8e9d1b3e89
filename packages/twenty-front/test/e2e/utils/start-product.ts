import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

import { Client } from 'pg';
import { startWhopSandbox, type WhopSandbox } from 'whop-sandbox';

const ROOT = join(__dirname, '..', '..', '..', '..', '..');
const TEST_APP = { clientId: 'app_e2e', clientSecret: 'e2e-secret', name: 'Twenty CRM' };

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();

    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };

      server.close(() => resolve(port));
    });
  });

export type RunningProduct = {
  url: string;
  sandbox: WhopSandbox;
  control: (path: string, body?: unknown) => Promise<any>;
  stop: () => Promise<void>;
};

// Each browser run starts from an empty database of its own: the demo workspace, nothing else.
const dropDatabase = async (databaseUrl: URL) => {
  const admin = new URL(databaseUrl);

  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });

  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${databaseUrl.pathname.slice(1)}" WITH (FORCE)`);
  await client.end();
};

// The product as `npm start` runs it (seeded demo workspace, the server serving the UI, the
// worker, the Whop sandbox with its consent page), on free ports, against the test database.
export const startProduct = async ({
  members = 40,
}: { members?: number } = {}): Promise<RunningProduct> => {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const databaseUrl = new URL(
    process.env.PG_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/twenty_test',
  );

  databaseUrl.pathname = `${databaseUrl.pathname}_e2e`;
  const sandbox = await startWhopSandbox({
    port: 0,
    seed: 11,
    members,
    rateLimitPerMinute: 0,
    webhookRetrySchedule: [50],
    apps: [{ ...TEST_APP, redirectUris: [`${url}/auth/whop/callback`] }],
  });
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(port),
    SERVER_URL: url,
    FRONTEND_URL: url,
    PG_DATABASE_URL: databaseUrl.toString(),
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/1',
    LOG_LEVEL: 'warn',
    WHOP_CLIENT_ID: TEST_APP.clientId,
    WHOP_CLIENT_SECRET: TEST_APP.clientSecret,
    WHOP_API_URL: `${sandbox.url}/api/v1`,
    WHOP_OAUTH_URL: sandbox.url,
    // A Whop outage the tests make runs out of retries in seconds rather than minutes.
    WHOP_API_MAX_RETRIES: '1',
  };
  const server = join(ROOT, 'packages/twenty-server/dist');

  await dropDatabase(databaseUrl);
  execFileSync(process.execPath, [join(server, 'database/commands/migrate.command.js')], { env });
  execFileSync(
    process.execPath,
    [join(server, 'database/commands/seed-demo-workspace.command.js')],
    { env },
  );
  const children: ChildProcess[] = [
    spawn(process.execPath, [join(server, 'main.js')], { env, stdio: 'inherit' }),
    spawn(process.execPath, [join(server, 'queue-worker/queue-worker.js')], {
      env,
      stdio: 'inherit',
    }),
  ];

  for (let attempt = 0; attempt < 100; attempt++) {
    const healthy = await fetch(`${url}/healthz`)
      .then((response) => response.ok)
      .catch(() => false);

    if (healthy) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  return {
    url,
    sandbox,
    control: async (path, body) => {
      const response = await fetch(`${sandbox.url}/_sandbox${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: body === undefined ? undefined : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });

      return response.json();
    },
    stop: async () => {
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null) return resolve();
              child.once('exit', () => resolve());
              child.kill('SIGTERM');
            }),
        ),
      );
      await sandbox.close();
    },
  };
};
