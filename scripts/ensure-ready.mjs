// Brings a fresh clone to a runnable state: installs dependencies when missing, checks that
// PostgreSQL and Redis answer, builds the packages (Nx caches unchanged ones) and runs migrations.
// Used by `npm start`, `npm test` and `npm run bench`; `--install-only` stops after installing.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const DEFAULTS = {
  PG_DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/twenty',
  REDIS_URL: 'redis://127.0.0.1:6379',
};

const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });

  if (result.status !== 0) {
    console.error(`\n✖ ${command} ${args.join(' ')} failed (exit ${result.status})`);
    process.exit(result.status ?? 1);
  }
};

export const loadDotEnv = () => {
  const path = join(ROOT, '.env');

  if (existsSync(path)) process.loadEnvFile(path);
};

export const installDependencies = () => {
  const marker = join(ROOT, 'node_modules', '.package-lock.json');
  const lock = join(ROOT, 'package-lock.json');

  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('▸ Installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
};

const describe = (error) => error?.message || error?.code || String(error);

// PostgreSQL answered, and refused the role or its password (SQLSTATE class 28).
const isRefusedRole = (error) => typeof error?.code === 'string' && error.code.startsWith('28');

export const checkServices = async (env = process.env) => {
  const require = createRequire(join(ROOT, 'packages/twenty-server/package.json'));
  const { Client } = require('pg');
  const IORedis = require('ioredis');
  const databaseUrl = new URL(env.PG_DATABASE_URL ?? DEFAULTS.PG_DATABASE_URL);
  const redisUrl = env.REDIS_URL ?? DEFAULTS.REDIS_URL;
  const problems = [];

  databaseUrl.pathname = '/postgres';
  const client = new Client({
    connectionString: databaseUrl.toString(),
    connectionTimeoutMillis: 3000,
  });

  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    problems.push(
      isRefusedRole(error)
        ? `PostgreSQL at ${databaseUrl.host} refused user ${databaseUrl.username || '(none)'} (PG_DATABASE_URL): ${describe(error)}.\n` +
            `  Fix: set PG_DATABASE_URL in .env to a role and password it accepts, for a role that may\n` +
            `  create databases: postgres://<user>:<password>@${databaseUrl.host}/twenty`
        : `PostgreSQL does not answer at ${databaseUrl.host} (PG_DATABASE_URL): ${describe(error)}.\n` +
            `  Fix: start it (e.g. pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start)\n` +
            `  or point PG_DATABASE_URL in .env at a running server.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
  const redis = new IORedis(redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });

  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    problems.push(
      `Redis does not answer at ${redisUrl} (REDIS_URL): ${describe(error)}.\n` +
        `  Fix: start it (e.g. redis-server --daemonize yes --bind 127.0.0.1 --port 6379)\n` +
        `  or point REDIS_URL in .env at a running server.`,
    );
  } finally {
    redis.disconnect();
  }
  if (problems.length > 0) {
    console.error(`\n✖ ${problems.join('\n✖ ')}\n`);
    process.exit(1);
  }
};

// The browser tests drive Debian's Chromium (never a downloaded browser).
export const checkChromium = (env = process.env) => {
  const chromiumPath = env.CHROMIUM_PATH ?? '/usr/bin/chromium';

  if (!existsSync(chromiumPath)) {
    console.error(
      `\n✖ Chromium is not installed at ${chromiumPath} (CHROMIUM_PATH): the browser tests need it.\n` +
        `  Fix: apt-get install -y chromium (Debian's package), or point CHROMIUM_PATH at one.\n`,
    );
    process.exit(1);
  }
};

export const buildPackages = () => {
  console.log('▸ Building packages…');
  run('npx', ['nx', 'run-many', '-t', 'build', '--outputStyle=static'], {
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
  });
};

export const runMigrations = (env = process.env) => {
  run('node', ['packages/twenty-server/dist/database/commands/migrate.command.js'], { env });
};

export const ensureReady = async ({ installOnly = false } = {}) => {
  loadDotEnv();
  installDependencies();
  if (installOnly) return;
  await checkServices();
  buildPackages();
  runMigrations();
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await ensureReady({ installOnly: process.argv.includes('--install-only') });
}
