import { randomUUID } from 'node:crypto';
import { connect, createServer, type Server, type Socket } from 'node:net';

import { type NestExpressApplication } from '@nestjs/platform-express';

import { type EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { QueueWorkerHeartbeatCron } from 'src/engine/core-modules/health/crons/queue-worker-heartbeat.cron';
import {
  QUEUE_WORKER_HEARTBEAT_KEY,
  QueueWorkerHeartbeatJob,
} from 'src/engine/core-modules/health/jobs/queue-worker-heartbeat.job';
import {
  getQueueToken,
  MessageQueue,
} from 'src/engine/core-modules/message-queue/message-queue.constants';
import { BullQueueRegistry } from 'src/engine/core-modules/message-queue/services/bull-queue-registry.service';
import { MessageQueueService } from 'src/engine/core-modules/message-queue/services/message-queue.service';
import { RedisClientService } from 'src/engine/core-modules/redis-client/redis-client.service';
import { closeTestApp, createTestApp } from 'test/integration/utils/create-test-app';
import { spawnQueueWorker, type TestQueueWorker } from 'test/integration/utils/spawn-queue-worker';

const waitFor = async <T>(probe: () => Promise<T | null>, timeoutMs = 15_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;

  while (Date.now() < deadline) {
    const value = await probe();

    if (value !== null) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('condition not met in time');
};

describe('message queue', () => {
  let app: NestExpressApplication;
  let worker: TestQueueWorker | undefined;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await worker?.stop('SIGKILL');
    await closeTestApp(app);
  });

  it('runs a job added by this process in the separate worker process', async () => {
    const requestedAt = `test-${randomUUID()}`;
    const queue = app.get<MessageQueueService>(getQueueToken(MessageQueue.cronQueue));

    // The periodic heartbeat writes the same key: one running next to this job could overwrite it.
    await queue.removeCron({ jobName: QueueWorkerHeartbeatJob.name });
    await queue.removePendingJobs(({ data }) => !(data as { requestedAt?: string }).requestedAt);
    worker = await spawnQueueWorker();

    await queue.add(QueueWorkerHeartbeatJob.name, { requestedAt });
    const heartbeat = await waitFor(async () => {
      const raw = await app.get(RedisClientService).getClient().get(QUEUE_WORKER_HEARTBEAT_KEY);
      const parsed = raw ? JSON.parse(raw) : null;

      return parsed?.requestedAt === requestedAt ? parsed : null;
    });

    expect(heartbeat.pid).toBe(worker.process.pid);
    expect(heartbeat.pid).not.toBe(process.pid);
  });

  // A TCP proxy in front of the test Redis, closed to take Redis out of reach of what it served.
  const startRedisProxy = async () => {
    const redisUrl = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    const sockets = new Set<Socket>();
    const proxy: Server = createServer((client) => {
      const upstream = connect(Number(redisUrl.port || 6379), redisUrl.hostname);

      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });

    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const proxyUrl = new URL(redisUrl);

    proxyUrl.hostname = '127.0.0.1';
    proxyUrl.port = String((proxy.address() as { port: number }).port);

    return {
      url: proxyUrl.toString(),
      cutOff: () => {
        proxy.close();
        sockets.forEach((socket) => socket.destroy());
      },
    };
  };

  // A request that queues a job (Sync changes, Disconnect) answers with an error instead of hanging
  // until Redis comes back.
  it('fails a job added while Redis is out of reach at once, rather than wait for it', async () => {
    const redis = await startRedisProxy();
    const registry = new BullQueueRegistry({
      get: () => redis.url,
    } as unknown as EnvironmentService);
    const queue = new MessageQueueService(registry.open(MessageQueue.cronQueue));
    const jobName = `test-${randomUUID()}`;

    await queue.add(jobName, {});
    await queue.removePendingJobs(({ name }) => name === jobName);
    redis.cutOff();
    const startedAt = Date.now();

    // Sent as the connection drops: tried once more on the next connection, which fails.
    await expect(queue.add(jobName, {})).rejects.toThrow(/max retries per request/);
    // Sent once the connection is known lost.
    await expect(queue.add(jobName, {})).rejects.toThrow(/enableOfflineQueue/);
    expect(Date.now() - startedAt).toBeLessThan(5_000);
    await registry.onApplicationShutdown();
  });

  it('stops gracefully on SIGTERM', async () => {
    const stoppedWorker = worker!;
    const exit = await stoppedWorker.stop('SIGTERM');

    expect(exit.code === 0 || exit.signal === 'SIGTERM').toBe(true);
    expect(stoppedWorker.output()).toContain('Worker stopped: running jobs ended or put back');
    worker = undefined;
  });

  it('registers a repeatable job once however many times the server starts', async () => {
    const queue = app.get<MessageQueueService>(getQueueToken(MessageQueue.cronQueue));

    await queue.removeCron({ jobName: QueueWorkerHeartbeatJob.name });
    for (let start = 0; start < 3; start++) {
      const restarted = await createTestApp();

      await restarted.get(QueueWorkerHeartbeatCron).register();
      await restarted.close();
    }
    const schedulers = await queue.listCronIds();

    expect(schedulers.filter((id) => id === QueueWorkerHeartbeatJob.name)).toHaveLength(1);
  });
});
