// `npm run bench:sync -- --members 10000`: the full sync's wall time, records per second and the
// worker's peak memory, end to end: the built server and worker against the Whop sandbox, in a
// database of its own (twenty_bench), starting from "Connect Whop".
import { spawn, execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { ROOT, ensureReady } from './ensure-ready.mjs';
import { QUEUE_WORKER_ENTRY, QUEUE_WORKER_NODE_FLAGS } from './queue-worker-command.mjs';

const { values } = parseArgs({
  options: {
    members: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '42' },
    // A folder: the server and the worker write V8 CPU profiles there when they stop.
    'cpu-prof': { type: 'string' },
  },
});
const members = Number(values.members);

await ensureReady();
const require = createRequire(join(ROOT, 'packages/twenty-server/package.json'));
const { startWhopSandbox } = require('whop-sandbox');

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();

    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();

      server.close(() => resolve(port));
    });
  });

const databaseUrl = new URL(
  process.env.PG_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/twenty',
);

databaseUrl.pathname = '/twenty_bench';
const port = await freePort();
const serverUrl = `http://127.0.0.1:${port}`;
const generationStart = performance.now();
const sandbox = await startWhopSandbox({
  port: 0,
  seed: Number(values.seed),
  members,
  autoApprove: true,
  rateLimitPerMinute: 0,
  apps: [
    {
      clientId: 'app_bench',
      clientSecret: 'bench',
      name: 'Bench',
      redirectUris: [`${serverUrl}/auth/whop/callback`],
    },
  ],
});
const generationSeconds = (performance.now() - generationStart) / 1000;
const env = {
  ...process.env,
  NODE_ENV: 'production',
  APP_SECRET: 'bench-app-secret-bench-app-secret-0123456789',
  LOG_LEVEL: 'warn',
  PORT: String(port),
  SERVER_URL: serverUrl,
  PG_DATABASE_URL: databaseUrl.toString(),
  REDIS_URL: 'redis://127.0.0.1:6379/2',
  WHOP_CLIENT_ID: 'app_bench',
  WHOP_CLIENT_SECRET: 'bench',
  WHOP_API_URL: `${sandbox.url}/api/v1`,
  WHOP_OAUTH_URL: sandbox.url,
  WHOP_RATE_LIMIT_PER_MINUTE: '1000000',
};
const server = join(ROOT, 'packages/twenty-server/dist');

execFileSync(
  'psql',
  [
    new URL('/postgres', databaseUrl).toString(),
    '-qc',
    'DROP DATABASE IF EXISTS twenty_bench WITH (FORCE)',
  ],
  { stdio: 'ignore' },
);
execFileSync('redis-cli', ['-n', '2', 'FLUSHDB'], { stdio: 'ignore' });
execFileSync(process.execPath, [join(server, 'database/commands/migrate.command.js')], {
  env,
  stdio: 'ignore',
});
execFileSync(process.execPath, [join(server, 'database/commands/seed-demo-workspace.command.js')], {
  env,
  stdio: 'ignore',
});
const profileArgs = values['cpu-prof']
  ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`]
  : [];
const children = [
  spawn(process.execPath, [...profileArgs, join(server, 'main.js')], { env, stdio: 'inherit' }),
  spawn(
    process.execPath,
    [...QUEUE_WORKER_NODE_FLAGS, ...profileArgs, join(ROOT, QUEUE_WORKER_ENTRY)],
    {
      env,
      stdio: 'inherit',
    },
  ),
];
const worker = children[1];
// A server or worker that exits mid-run would leave the sync unfinished and the poll below waiting.
const failIfAnExited = () => {
  for (const [name, child] of [
    ['server', children[0]],
    ['queue worker', worker],
  ]) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(
        `the ${name} exited (${child.signalCode ?? `code ${child.exitCode}`}) before the sync finished`,
      );
  }
};
const stopAll = async () => {
  for (const child of children) child.kill('SIGTERM');
  await sandbox.close();
};

// CPU seconds (user + system) of a process so far, from /proc (in USER_HZ, 100 a second on Linux);
// null once it has exited.
const readCpuSeconds = (pid) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');

    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
};

// Every PostgreSQL process of the machine's server (its backends and its WAL writer, checkpointer…)
// with its CPU seconds so far. A backend that exits before the second reading (a connection closed
// while idle) is not counted.
const readPostgresCpuSeconds = () =>
  new Map(
    readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        try {
          return readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('postgres');
        } catch {
          return false;
        }
      })
      .map((pid) => [pid, readCpuSeconds(pid)])
      .filter(([, seconds]) => seconds !== null),
  );

// The answer's data, and the cookies it set (`name=value`), as a browser would keep them.
const graphqlWithCookies = async (query, variables = {}, token) => {
  const response = await fetch(`${serverUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();

  if (body.errors) throw new Error(JSON.stringify(body.errors));

  return {
    data: body.data,
    cookies: response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]),
  };
};
const graphql = async (...args) => (await graphqlWithCookies(...args)).data;

try {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (
      await fetch(`${serverUrl}/healthz`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const { signIn } = await graphql(
    'mutation { signIn(email: "tim@apple.dev", password: "tim@apple.dev-password-1") { accessToken } }',
  );
  const token = signIn.accessToken;
  const cpuAtStart = {
    worker: readCpuSeconds(worker.pid),
    server: readCpuSeconds(children[0].pid),
    self: process.cpuUsage(),
    postgres: readPostgresCpuSeconds(),
  };
  const started = performance.now();
  const {
    data: { connectWhop },
    cookies,
  } = await graphqlWithCookies('mutation { connectWhop { authorizeUrl } }', {}, token);
  const approval = await fetch(connectWhop.authorizeUrl, { redirect: 'manual' });
  const callback = await fetch(approval.headers.get('location'), {
    redirect: 'manual',
    headers: { cookie: cookies.join('; ') },
  });
  const connectionId = new URL(callback.headers.get('location')).searchParams.get('connected');

  if (!connectionId) throw new Error(`connect failed: ${callback.headers.get('location')}`);
  let connection;
  // When each step was first seen running (polled, so to within the poll interval).
  const stepStartedAt = new Map();

  do {
    await new Promise((resolve) => setTimeout(resolve, 250));
    failIfAnExited();
    ({ whopConnection: connection } = await graphql(
      'query C($id: ID!) { whopConnection(id: $id) { syncStatus lastSyncError syncProgress { step steps { step processed } } } }',
      { id: connectionId },
      token,
    ));
    const step = connection.syncProgress?.step;

    if (step && !stepStartedAt.has(step)) stepStartedAt.set(step, performance.now());
  } while (connection.syncStatus !== 'ACTIVE' && !connection.syncStatus.startsWith('FAILED'));
  const finished = performance.now();
  const postgresCpu = [...readPostgresCpuSeconds()].reduce(
    (sum, [pid, seconds]) => sum + seconds - (cpuAtStart.postgres.get(pid) ?? 0),
    0,
  );
  const selfCpu = process.cpuUsage(cpuAtStart.self);
  const cpu = {
    worker: readCpuSeconds(worker.pid) - cpuAtStart.worker,
    PostgreSQL: postgresCpu,
    'sandbox and this script': (selfCpu.user + selfCpu.system) / 1e6,
    server: readCpuSeconds(children[0].pid) - cpuAtStart.server,
  };
  const cpuTotal = Object.values(cpu).reduce((sum, value) => sum + value, 0);
  const seconds = (finished - started) / 1000;
  const stepTimes = [...stepStartedAt].map(([step, at], index, all) => {
    const end = all[index + 1]?.[1] ?? finished;

    return `${step} ${((end - at) / 1000).toFixed(1)} s`;
  });

  if (connection.syncStatus !== 'ACTIVE')
    throw new Error(`sync failed: ${connection.lastSyncError}`);
  const records = connection.syncProgress.steps
    .filter(({ step }) => ['products', 'members', 'memberships', 'payments'].includes(step))
    .reduce((sum, { processed }) => sum + processed, 0);
  const peakRss =
    Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${worker.pid}/status`, 'utf8'))[1]) / 1024;

  // Then what the hourly reconcile costs when nothing changed on Whop: "Sync changes" reads every
  // product, plan, member and membership again, and the payments changed since the sync began.
  const readIncremental = async () =>
    (
      await graphql(
        'query C($id: ID!) { whopConnection(id: $id) { syncStatus lastSyncError lastIncrementalSyncAt } }',
        { id: connectionId },
        token,
      )
    ).whopConnection;
  const beforeChanges = await readIncremental();
  const changesStarted = performance.now();
  let afterChanges;

  await graphql(
    'mutation T($id: ID!) { triggerWhopSync(id: $id, type: INCREMENTAL) { id } }',
    { id: connectionId },
    token,
  );
  do {
    await new Promise((resolve) => setTimeout(resolve, 250));
    failIfAnExited();
    afterChanges = await readIncremental();
  } while (
    afterChanges.lastIncrementalSyncAt === beforeChanges.lastIncrementalSyncAt &&
    !afterChanges.syncStatus.startsWith('FAILED')
  );
  if (afterChanges.syncStatus !== 'ACTIVE')
    throw new Error(`sync of changes failed: ${afterChanges.lastSyncError}`);
  const changesSeconds = (performance.now() - changesStarted) / 1000;

  console.log(`
Full sync benchmark (${members.toLocaleString('en-US')} members, seed ${values.seed})
  sandbox data generated     ${generationSeconds.toFixed(2)} s
  records synced             ${records.toLocaleString('en-US')} (products, members, memberships, payments)
  wall time (connect → done) ${seconds.toFixed(2)} s
  records per second         ${Math.round(records / seconds).toLocaleString('en-US')}
  worker peak RSS            ${peakRss.toFixed(0)} MB
  time per step (polled)     ${stepTimes.join(', ')}
  CPU during the sync        ${Object.entries(cpu)
    .map(([name, value]) => `${name} ${value.toFixed(1)} s`)
    .join(', ')}: ${cpuTotal.toFixed(1)} s in all, ${Math.round(
    (cpuTotal / seconds / availableParallelism()) * 100,
  )} % of ${availableParallelism()} cores
  then Sync changes          ${changesSeconds.toFixed(2)} s (nothing changed on Whop: what the hourly check costs)`);
} finally {
  await stopAll();
}
