import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

import { Client } from 'pg';
import { startWhopSandbox, type WhopSandbox } from 'whop-sandbox';

const ROOT = join(__dirname, '..', '..', '..', '..', '..');
const TEST_APP = { clientId: 'app_e2e', clientSecret: 'e2e-secret', name: 'Twenty CRM' };

// A free port, held until released: the server's URL must be known before the sandbox and the
// server start (Whop redirects to it), and a port only probed could be taken meanwhile by the
// sandbox or by a connection to PostgreSQL or Redis (as the integration stack's reservePort).
const reservePort = () =>
  new Promise<{ port: number; release: () => Promise<void> }>((resolve, reject) => {
    const server = createServer();

    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };

      resolve({ port, release: () => new Promise((done) => server.close(() => done())) });
    });
  });

const stopChild = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

// Whether the server answers its health check; false once it has exited (its port was taken in
// the moment between the release of the reservation and its own listen).
const waitUntilHealthy = async (url: string, server: ChildProcess): Promise<boolean> => {
  for (let attempt = 0; attempt < 150; attempt++) {
    if (server.exitCode !== null) return false;
    const healthy = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1_000) })
      .then((response) => response.ok)
      .catch(() => false);

    if (healthy) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server at ${url} did not answer its health check in 30 s`);
};

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
// worker, the Whop sandbox with its consent page), on free ports, against the test database. A
// server that lost its port to another process is started again on another.
export const startProduct = async (options: { members?: number } = {}): Promise<RunningProduct> => {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const product = await tryStartProduct(options);

    if (product) return product;
  }
  throw new Error(
    'The server stopped before answering its health check, 3 times (its output is above)',
  );
};

const tryStartProduct = async ({
  members = 40,
}: {
  members?: number;
}): Promise<RunningProduct | null> => {
  const reservation = await reservePort();
  const url = `http://127.0.0.1:${reservation.port}`;
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
  }).catch(async (error: unknown) => {
    await reservation.release();
    throw error;
  });
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(reservation.port),
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
  const serverDist = join(ROOT, 'packages/twenty-server/dist');
  let server: ChildProcess | null = null;

  // Whatever fails on the way (the migrations, the seed, a server that never answers), what was
  // started is stopped: left running, it would keep the test run from ending.
  try {
    await dropDatabase(databaseUrl);
    execFileSync(process.execPath, [join(serverDist, 'database/commands/migrate.command.js')], {
      env,
    });
    execFileSync(
      process.execPath,
      [join(serverDist, 'database/commands/seed-demo-workspace.command.js')],
      { env },
    );
    await reservation.release();
    server = spawn(process.execPath, [join(serverDist, 'main.js')], { env, stdio: 'inherit' });
    if (!(await waitUntilHealthy(url, server))) {
      await sandbox.close();

      return null;
    }
  } catch (error) {
    await reservation.release();
    if (server) await stopChild(server);
    await sandbox.close();
    throw error;
  }
  const children = [
    server,
    spawn(process.execPath, [join(serverDist, 'queue-worker/queue-worker.js')], {
      env,
      stdio: 'inherit',
    }),
  ];

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
      await Promise.all(children.map(stopChild));
      await sandbox.close();
    },
  };
};
