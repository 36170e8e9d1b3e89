import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { RedisClientService } from 'src/engine/core-modules/redis-client/redis-client.service';
import { computeWhopRateLimit } from 'src/modules/whop/utils/compute-whop-rate-limit.util';

// GCRA on Redis time: returns 0 when a request may go now, else the milliseconds to wait.
const GCRA_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local interval = tonumber(ARGV[1])
local tolerance = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then tat = now end
if tat - tolerance > now then return tat - tolerance - now end
redis.call('SET', KEYS[1], tat + interval, 'PX', math.ceil(tat + interval - now + tolerance))
return 0`;

// Whop allows a number of requests per minute per API operation per credential. Every worker asks
// this limiter before each call, so a sync spread over many workers stays under the limit together.
@Injectable()
export class WhopRateLimiterService {
  constructor(
    private readonly redisClientService: RedisClientService,
    private readonly environmentService: EnvironmentService,
  ) {}

  async acquire(credentialId: string, operation: string): Promise<void> {
    const perMinute = this.environmentService.get('WHOP_RATE_LIMIT_PER_MINUTE');
    const { intervalMs, toleranceMs } = computeWhopRateLimit(perMinute);
    const key = `whop:rate:{${createHash('sha256').update(credentialId).digest('hex').slice(0, 16)}}:${operation}`;

    for (;;) {
      const waitMs = Number(
        await this.redisClientService
          .getClient()
          .eval(GCRA_SCRIPT, 1, key, intervalMs, toleranceMs),
      );

      if (waitMs <= 0) return;
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }
}
