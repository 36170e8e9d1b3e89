import Redis from 'ioredis';

import { type EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { type RedisClientService } from 'src/engine/core-modules/redis-client/redis-client.service';
import { WhopRateLimiterService } from 'src/modules/whop/services/whop-rate-limiter.service';

const OPERATION = 'GET /api/v1/payments';

// The limiter on a real Redis, shared by two services as by two workers.
describe('the shared rate limiter', () => {
  let redis: Redis;
  let credentialId: string;
  const buildLimiter = (perMinute: number) =>
    new WhopRateLimiterService(
      { getClient: () => redis } as RedisClientService,
      { get: () => perMinute } as unknown as EnvironmentService,
    );
  const timeAcquire = async (limiter: WhopRateLimiterService, operation = OPERATION) => {
    const startedAt = performance.now();

    await limiter.acquire(credentialId, operation);

    return performance.now() - startedAt;
  };

  beforeAll(() => {
    redis = new Redis(process.env.REDIS_URL!);
  });

  beforeEach(() => {
    credentialId = `rate-limiter-test-${Date.now()}-${Math.random()}`;
  });

  afterAll(() => redis.disconnect());

  // 600 a minute: a burst of 50 at once, then one every 109 ms.
  it('lets a burst go at once, then paces the calls of every worker together', async () => {
    const [first, second] = [buildLimiter(600), buildLimiter(600)];

    for (let call = 0; call < 25; call++) {
      await first.acquire(credentialId, OPERATION);
      await second.acquire(credentialId, OPERATION);
    }
    expect(await timeAcquire(second)).toBeGreaterThanOrEqual(100);
  });

  it("holds back every worker's calls of the operation as long as a 429 asked", async () => {
    const [first, second] = [buildLimiter(600), buildLimiter(600)];

    await first.holdOff(credentialId, OPERATION, 300);
    expect(await timeAcquire(second)).toBeGreaterThanOrEqual(290);
    // Then the pace starts over without a burst.
    expect(await timeAcquire(first)).toBeGreaterThanOrEqual(100);
  });

  it('never shortens a longer hold', async () => {
    const limiter = buildLimiter(600);

    await limiter.holdOff(credentialId, OPERATION, 400);
    await limiter.holdOff(credentialId, OPERATION, 50);
    expect(await timeAcquire(limiter)).toBeGreaterThanOrEqual(390);
  });
});
