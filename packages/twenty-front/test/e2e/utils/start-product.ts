import { type ChildProcess, spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..', '..');

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();

    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };

      server.close(() => resolve(port));
    });
  });

export type RunningProduct = { url: string; stop: () => Promise<void> };

// The product as `npm start` runs it (seeded demo workspace, server serving the UI, worker), on a
// free port, against the test database.
export const startProduct = async (): Promise<RunningProduct> => {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(port),
    SERVER_URL: url,
    PG_DATABASE_URL: process.env.PG_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/twenty_test',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/1',
    LOG_LEVEL: 'warn',
  };
  const server = join(ROOT, 'packages/twenty-server/dist');

  execFileSync(process.execPath, [join(server, 'database/commands/migrate.command.js')], { env });
  execFileSync(process.execPath, [join(server, 'database/commands/seed-demo-workspace.command.js')], { env });
  const children: ChildProcess[] = [
    spawn(process.execPath, [join(server, 'main.js')], { env, stdio: 'inherit' }),
    spawn(process.execPath, [join(server, 'queue-worker/queue-worker.js')], { env, stdio: 'inherit' }),
  ];

  for (let attempt = 0; attempt < 100; attempt++) {
    const healthy = await fetch(`${url}/healthz`).then((response) => response.ok).catch(() => false);

    if (healthy) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  return {
    url,
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
    },
  };
};
