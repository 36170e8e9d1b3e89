import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import IORedis, { type Redis } from 'ioredis';

import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';

// One shared Redis connection for the app's own keys (locks, rate limits, heartbeats). BullMQ
// manages its own connections (a blocking worker connection cannot be shared).
@Injectable()
export class RedisClientService implements OnApplicationShutdown {
  private client: Redis | null = null;

  constructor(private readonly environmentService: EnvironmentService) {}

  getClient(): Redis {
    this.client ??= new IORedis(this.environmentService.get('REDIS_URL'), {
      maxRetriesPerRequest: 3,
      lazyConnect: false,
    });

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
