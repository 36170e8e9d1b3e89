import { Controller, Get, Logger, Res } from '@nestjs/common';
import { type Response } from 'express';
import { DataSource } from 'typeorm';

import { getErrorMessage } from 'src/engine/utils/get-error-message.util';
import { Public } from 'src/engine/core-modules/auth/decorators/public.decorator';
import {
  QUEUE_WORKER_HEARTBEAT_KEY,
  type QueueWorkerHeartbeat,
} from 'src/engine/core-modules/health/jobs/queue-worker-heartbeat.job';
import { RedisClientService } from 'src/engine/core-modules/redis-client/redis-client.service';

type DependencyStatus = { status: 'up' | 'down' };

// The worker beats every 30 seconds (QUEUE_WORKER_HEARTBEAT_CRON_PATTERN): three beats missed, it
// is down (stopped, or stuck), whatever the last beat Redis still keeps for an hour says.
const WORKER_HEARTBEAT_MAX_AGE_MS = 90_000;

type WorkerStatus = { status: 'up' | 'down' | 'unknown'; lastHeartbeatAt: string | null };

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`timeout after ${ms} ms`)), ms),
    ),
  ]);

const UNKNOWN_WORKER: WorkerStatus = { status: 'unknown', lastHeartbeatAt: null };

const logger = new Logger('HealthController');

// Public, so it says only up or down: why a dependency is down (a host and port, a refused
// password) goes to the server's log.
const check = async (name: string, probe: () => Promise<unknown>): Promise<DependencyStatus> => {
  try {
    await withTimeout(probe(), 2000);

    return { status: 'up' };
  } catch (error) {
    logger.warn(`${name} is down: ${getErrorMessage(error)}`);

    return { status: 'down' };
  }
};

@Controller('healthz')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly redisClientService: RedisClientService,
  ) {}

  @Public()
  @Get()
  async health(@Res() response: Response): Promise<void> {
    const redis = this.redisClientService.getClient();
    const [postgres, redisStatus] = await Promise.all([
      check('PostgreSQL', () => this.dataSource.query('SELECT 1')),
      check('Redis', () => redis.ping()),
    ]);
    const ok = postgres.status === 'up' && redisStatus.status === 'up';

    // The worker runs apart: this server answers whatever its state, which the body tells.
    response.status(ok ? 200 : 503).json({
      status: ok ? 'ok' : 'error',
      postgres,
      redis: redisStatus,
      worker: redisStatus.status === 'up' ? await this.readWorkerStatus() : UNKNOWN_WORKER,
    });
  }

  private async readWorkerStatus(): Promise<WorkerStatus> {
    try {
      const heartbeat = await withTimeout(
        this.redisClientService.getClient().get(QUEUE_WORKER_HEARTBEAT_KEY),
        2000,
      );
      const lastHeartbeatAt = heartbeat ? (JSON.parse(heartbeat) as QueueWorkerHeartbeat).at : null;
      const isBeating =
        lastHeartbeatAt !== null &&
        Date.now() - Date.parse(lastHeartbeatAt) <= WORKER_HEARTBEAT_MAX_AGE_MS;

      return { status: isBeating ? 'up' : 'down', lastHeartbeatAt };
    } catch (error) {
      logger.warn(`The worker's heartbeat could not be read: ${getErrorMessage(error)}`);

      return UNKNOWN_WORKER;
    }
  }
}
