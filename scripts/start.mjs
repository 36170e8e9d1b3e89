// `npm start`: the product on its embedded default. Installs and builds what is missing, migrates,
// seeds the demo workspace, then runs the Whop sandbox (unless WHOP_CLIENT_ID points at a real Whop
// app), the API server (which also serves the UI) and the queue worker, until Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

import { ROOT, ensureReady } from './ensure-ready.mjs';
import { QUEUE_WORKER_ENTRY, QUEUE_WORKER_NODE_FLAGS } from './queue-worker-command.mjs';

await ensureReady();

const port = Number(process.env.PORT ?? 3000);
// The sandbox keeps the grants and webhooks it gave out, and its data's day, here: a connection
// made before a restart still works after it, as with Whop.
const SANDBOX_STATE_FILE = join(ROOT, '.data', 'whop-sandbox-state.json');
const serverUrl = process.env.SERVER_URL ?? `http://localhost:${port}`;
const sandboxPort = Number(process.env.WHOP_SANDBOX_PORT ?? 4010);
const useSandbox = !process.env.WHOP_CLIENT_ID;
const env = { ...process.env, PORT: String(port), SERVER_URL: serverUrl };

if (useSandbox) {
  const sandboxUrl = `http://localhost:${sandboxPort}`;

  Object.assign(env, {
    WHOP_CLIENT_ID: 'app_twenty_demo',
    WHOP_CLIENT_SECRET: 'whop_sandbox_demo_secret',
    WHOP_API_URL: `${sandboxUrl}/api/v1`,
    WHOP_OAUTH_URL: sandboxUrl,
  });
}

const seed = spawnSync(
  'node',
  ['packages/twenty-server/dist/database/commands/seed-demo-workspace.command.js'],
  {
    cwd: ROOT,
    env,
    stdio: 'inherit',
  },
);

if (seed.status !== 0) process.exit(seed.status ?? 1);

// A port another process holds (an earlier npm start still running, say) is said plainly before
// anything starts, rather than found out from a child that dies on it.
const isPortFree = (portToCheck) =>
  new Promise((resolve) => {
    const probe = createServer();

    probe.once('error', () => resolve(false));
    probe.listen(portToCheck, () => probe.close(() => resolve(true)));
  });

for (const [name, portToCheck] of [
  ['PORT', port],
  ...(useSandbox ? [['WHOP_SANDBOX_PORT', sandboxPort]] : []),
]) {
  if (!(await isPortFree(portToCheck))) {
    console.error(
      `✖ Port ${portToCheck} (${name}) is in use: another npm start may still be running. Stop it, or set ${name} to another port.`,
    );
    process.exit(1);
  }
}

// The children run in process groups of their own: Ctrl-C reaches this script alone, which stops
// them in order (the worker, whose running job may still call Whop, before the sandbox) and kills
// whatever has not stopped after the grace period, so none outlives `npm start`.
const STOP_GRACE_MS = 10_000;
const children = [];
const launch = (name, args) => {
  const child = spawn('node', args, { cwd: ROOT, env, stdio: 'inherit', detached: true });

  child.on('exit', (code, signal) => {
    if (!shuttingDown) {
      console.error(`✖ ${name} stopped (${signal ?? `exit ${code}`}); stopping everything`);
      shutdown(code ?? 1);
    }
  });
  children.push({ name, child });
};
const stopChild = (child) =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
let shuttingDown = false;
const shutdown = async (code = 0) => {
  if (shuttingDown) return;
  shuttingDown = true;
  const killLeft = setTimeout(() => {
    for (const { name, child } of children) {
      if (child.exitCode === null && child.signalCode === null) {
        console.error(`✖ ${name} did not stop within ${STOP_GRACE_MS / 1000} s: killed`);
        child.kill('SIGKILL');
      }
    }
  }, STOP_GRACE_MS);

  for (const { child } of [...children].reverse()) await stopChild(child);
  clearTimeout(killLeft);
  process.exit(code);
};

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => shutdown(0));

if (useSandbox) {
  launch('whop-sandbox', [
    'packages/whop-sandbox/dist/cli.js',
    '--port',
    String(sandboxPort),
    '--seed',
    '42',
    '--members',
    '250',
    '--state-file',
    SANDBOX_STATE_FILE,
  ]);
}
launch('server', ['packages/twenty-server/dist/main.js']);
launch('queue-worker', [...QUEUE_WORKER_NODE_FLAGS, QUEUE_WORKER_ENTRY]);

const waitForHealth = async () => {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);

      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  return false;
};

const healthy = await waitForHealth();

// A child that stopped meanwhile has said so, and shutdown ends this script.
if (!shuttingDown && !healthy) {
  console.error(
    `✖ The server did not answer http://127.0.0.1:${port}/healthz within a minute; its output is above. Stopping everything.`,
  );
  await shutdown(1);
} else if (!shuttingDown) {
  console.log(`
  ┌──────────────────────────────────────────────────────────────┐
    Whop for Twenty is running:  ${serverUrl}
    Sign in as tim@apple.dev / tim@apple.dev-password-1
    Whop: ${useSandbox ? `the local sandbox at http://localhost:${sandboxPort}` : (process.env.WHOP_API_URL ?? 'https://api.whop.com/api/v1')}
    Ctrl-C stops everything.
  └──────────────────────────────────────────────────────────────┘
`);
}
