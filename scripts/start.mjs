// `npm start`: the product on its embedded default. Installs and builds what is missing, migrates,
// seeds the demo workspace, then runs the Whop sandbox (unless WHOP_CLIENT_ID points at a real Whop
// app), the API server (which also serves the UI) and the queue worker, until Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
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

const children = [];
const launch = (name, args) => {
  const child = spawn('node', args, { cwd: ROOT, env, stdio: 'inherit' });

  child.on('exit', (code, signal) => {
    if (!shuttingDown) {
      console.error(`✖ ${name} stopped (${signal ?? `exit ${code}`}); stopping everything`);
      shutdown(code ?? 1);
    }
  });
  children.push(child);
};
let shuttingDown = false;
const shutdown = (code = 0) => {
  shuttingDown = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 5000).unref();
  Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) =>
          child.exitCode !== null ? resolve() : child.once('exit', resolve),
        ),
    ),
  ).then(() => process.exit(code));
};

process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

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

if (await waitForHealth()) {
  console.log(`
  ┌──────────────────────────────────────────────────────────────┐
    Whop for Twenty is running:  ${serverUrl}
    Sign in as tim@apple.dev / tim@apple.dev-password-1
    Whop: ${useSandbox ? `the local sandbox at http://localhost:${sandboxPort}` : (process.env.WHOP_API_URL ?? 'https://api.whop.com/api/v1')}
    Ctrl-C stops everything.
  └──────────────────────────────────────────────────────────────┘
`);
}
