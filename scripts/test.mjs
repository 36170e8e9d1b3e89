// `npm test`: every test of every package, against a real PostgreSQL (database twenty_test),
// Redis (database 1), the worker process, the Whop sandbox and Chromium. Prints one summary line.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  ROOT,
  buildPackages,
  checkChromium,
  checkServices,
  installDependencies,
  loadDotEnv,
  runMigrations,
} from './ensure-ready.mjs';

loadDotEnv();
const testDatabaseUrl = new URL(
  process.env.PG_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/twenty',
);
const testRedisUrl = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');

testDatabaseUrl.pathname = `${testDatabaseUrl.pathname.replace(/_test$/, '')}_test`;
testRedisUrl.pathname = '/1';
const env = {
  ...process.env,
  NODE_ENV: 'test',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  PG_DATABASE_URL: testDatabaseUrl.toString(),
  REDIS_URL: testRedisUrl.toString(),
};

installDependencies();
await checkServices(env);
checkChromium(env);
buildPackages();
runMigrations(env);

const reports = mkdtempSync(join(tmpdir(), 'twenty-test-'));
const jest = (config, ...extra) => ['npx', 'jest', '-c', config, '--json', ...extra];
const suites = [
  { name: 'shared utils', command: jest('packages/twenty-shared/jest.config.js') },
  { name: 'server unit', command: jest('packages/twenty-server/jest.config.js') },
  { name: 'whop sandbox', command: jest('packages/whop-sandbox/jest.config.js') },
  {
    name: 'front components',
    command: [
      'npx',
      'vitest',
      'run',
      '--root',
      'packages/twenty-front',
      '--reporter=default',
      '--reporter=json',
    ],
    vitest: true,
  },
  {
    name: 'server integration',
    command: jest('packages/twenty-server/jest.integration.config.js', '--runInBand'),
  },
  {
    name: 'browser end-to-end',
    command: jest('packages/twenty-front/jest.e2e.config.cjs', '--runInBand'),
  },
];

// A suite that has not ended by then is stopped and counted failed: a process or handle one of its
// tests left open (a server that never stopped) must fail the run, never hang it. The slowest,
// the integration tests, take about ten minutes.
const SUITE_TIMEOUT_MS = 45 * 60_000;

// A suite runs in a process group of its own (npx starts the test runner as a child of its own,
// which starts servers and browsers), so that a suite past its time, or a Ctrl-C, stops all of it.
let running = null;
const killGroup = (child) => {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
};
const runSuite = (command, args) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: 'inherit', detached: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child);
    }, SUITE_TIMEOUT_MS);

    running = child;
    child.once('exit', (status) => {
      clearTimeout(timer);
      running = null;
      resolve({ status, timedOut });
    });
  });

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (running) killGroup(running);
    process.exit(1);
  });
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

for (const [index, suite] of suites.entries()) {
  const outputFile = join(reports, `${index}.json`);
  const [command, ...args] = suite.command;
  const reportArgs = suite.vitest
    ? [`--outputFile.json=${outputFile}`]
    : [`--outputFile=${outputFile}`];

  console.log(`\n▸ ${suite.name}`);
  const result = await runSuite(command, [...args, ...reportArgs]);

  if (result.timedOut)
    console.error(
      `\n${suite.name} had not ended after ${SUITE_TIMEOUT_MS / 60_000} minutes: stopped, and counted failed (something it started is still open).`,
    );
  let report = null;

  try {
    report = JSON.parse(readFileSync(outputFile, 'utf8'));
  } catch {
    report = null;
  }
  const passed = report?.numPassedTests ?? 0;
  const failed =
    (report?.numFailedTests ?? 0) + (report ? (report.numRuntimeErrorTestSuites ?? 0) : 1);
  const skipped = (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0);
  const crashed = result.status !== 0 && failed === 0;

  totals.passed += passed;
  totals.failed += failed + (crashed ? 1 : 0);
  totals.skipped += skipped;
  lines.push(
    `  ${suite.name.padEnd(22)} ${passed} passed, ${failed + (crashed ? 1 : 0)} failed${skipped ? `, ${skipped} skipped` : ''}`,
  );
}

console.log(`\nTest summary\n${lines.join('\n')}`);
console.log(
  `\nTests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
