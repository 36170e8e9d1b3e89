import { hostname } from 'node:os';

import { Process } from 'src/engine/core-modules/message-queue/decorators/process.decorator';
import { Processor } from 'src/engine/core-modules/message-queue/decorators/processor.decorator';
import { MessageQueue } from 'src/engine/core-modules/message-queue/message-queue.constants';
import { RedisClientService } from 'src/engine/core-modules/redis-client/redis-client.service';

export type QueueWorkerHeartbeatJobData = { requestedAt?: string };

export const QUEUE_WORKER_HEARTBEAT_KEY = 'queue-worker:heartbeat';

export type QueueWorkerHeartbeat = {
  pid: number;
  host: string;
  at: string;
  requestedAt: string | null;
};

// Proves a worker process is consuming jobs: /healthz reads the last beat.
@Processor(MessageQueue.cronQueue)
export class QueueWorkerHeartbeatJob {
  constructor(private readonly redisClientService: RedisClientService) {}

  @Process(QueueWorkerHeartbeatJob.name)
  async handle(data: QueueWorkerHeartbeatJobData): Promise<void> {
    const heartbeat: QueueWorkerHeartbeat = {
      pid: process.pid,
      host: hostname(),
      at: new Date().toISOString(),
      requestedAt: data.requestedAt ?? null,
    };

    await this.redisClientService
      .getClient()
      .set(QUEUE_WORKER_HEARTBEAT_KEY, JSON.stringify(heartbeat), 'EX', 3600);
  }
}
