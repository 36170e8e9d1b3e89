import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { RedisClientService } from 'src/engine/core-modules/redis-client/redis-client.service';
import { WHOP_MAX_RETRY_AFTER_MS } from 'src/modules/whop/constants/whop-max-retry-after.constant';
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

// Whop answered 429: the pace resumes `waitMs` from now (Redis time), without a burst, unless it
// already resumes later.
const HOLD_OFF_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local tolerance = tonumber(ARGV[2])
local resume = now + tonumber(ARGV[1]) + tolerance
local tat = tonumber(redis.call('GET', KEYS[1]) or 0)
if tat < resume then redis.call('SET', KEYS[1], resume, 'PX', math.ceil(resume - now + tolerance)) end
return 0`;

// Whop allows a number of requests per minute per API operation per credential. Every worker asks
// this limiter before each call, so a sync spread over many workers stays under the limit together,
// and a 429 one of them gets holds the others back too.
@Injectable()
export class WhopRateLimiterService {
  constructor(
    private readonly redisClientService: RedisClientService,
    private readonly environmentService: EnvironmentService,
  ) {}

  async acquire(credentialId: string, operation: string): Promise<void> {
    const { intervalMs, toleranceMs } = this.getRateLimit();

    for (;;) {
      const waitMs = Number(
        await this.redisClientService
          .getClient()
          .eval(GCRA_SCRIPT, 1, this.getKey(credentialId, operation), intervalMs, toleranceMs),
      );

      if (waitMs <= 0) return;
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }

  // Whop answered 429 and asked to wait `waitMs`: no worker sends the operation for the
  // credential before then.
  async holdOff(credentialId: string, operation: string, waitMs: number): Promise<void> {
    await this.redisClientService
      .getClient()
      .eval(
        HOLD_OFF_SCRIPT,
        1,
        this.getKey(credentialId, operation),
        Math.ceil(Math.min(waitMs, WHOP_MAX_RETRY_AFTER_MS)),
        this.getRateLimit().toleranceMs,
      );
  }

  private getRateLimit() {
    return computeWhopRateLimit(this.environmentService.get('WHOP_RATE_LIMIT_PER_MINUTE'));
  }

  private getKey(credentialId: string, operation: string): string {
    return `whop:rate:{${createHash('sha256').update(credentialId).digest('hex').slice(0, 16)}}:${operation}`;
  }
}
