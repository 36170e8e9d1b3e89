import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const WORKER_ENTRY = join(__dirname, '..', '..', '..', 'dist', 'queue-worker', 'queue-worker.js');

export type TestQueueWorker = {
  process: ChildProcess;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<{ code: number | null; signal: string | null }>;
};

// Starts the real queue-worker entry point (the built one) and waits until it listens.
export const spawnQueueWorker = async (
  extraEnv: Record<string, string> = {},
): Promise<TestQueueWorker> => {
  if (!existsSync(WORKER_ENTRY)) {
    throw new Error(`${WORKER_ENTRY} is missing: run "npm run build -w twenty-server" first`);
  }
  const child = spawn(process.execPath, [WORKER_ENTRY], {
    env: { ...process.env, LOG_LEVEL: 'info', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';

  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );

  // A worker that does not start is stopped: left running, it would keep the test run from ending.
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      clearInterval(poll);
      child.kill('SIGKILL');
      reject(new Error(`worker did not start:\n${output}`));
    }, 20_000);
    const poll = setInterval(() => {
      if (output.includes('Listening on')) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve();
      }
      if (child.exitCode !== null) {
        clearInterval(poll);
        clearTimeout(timer);
        reject(new Error(`worker exited early:\n${output}`));
      }
    }, 50);
  });

  return {
    process: child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);

      return exited;
    },
  };
};
