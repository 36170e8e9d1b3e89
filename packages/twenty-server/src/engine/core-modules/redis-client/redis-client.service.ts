import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import IORedis, { type Redis } from 'ioredis';

import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';

// One shared Redis connection for the app's own keys (locks, rate limits, heartbeats). BullMQ
// manages its own connections (a blocking worker connection cannot be shared).
@Injectable()
export class RedisClientService implements OnApplicationShutdown {
  private readonly logger = new Logger(RedisClientService.name);
  private client: Redis | null = null;

  constructor(private readonly environmentService: EnvironmentService) {}

  // A connection error (Redis out of reach, each attempt to reconnect) goes to the log as a
  // warning, not to the console as an unhandled error event with its stack.
  getClient(): Redis {
    if (!this.client) {
      this.client = new IORedis(this.environmentService.get('REDIS_URL'), {
        maxRetriesPerRequest: 3,
        lazyConnect: false,
      });
      this.client.on('error', (error) => this.logger.warn(`Redis: ${error.message}`));
    }

    return this.client;
  }

  // Closed once every module stopped: running jobs, drained first, still renew their sync locks and
  // ask the rate limiter.
  async onApplicationShutdown(): Promise<void> {
    const client = this.client;

    this.client = null;
    await client?.quit().catch(() => client.disconnect());
  }
}
