import Redis from 'ioredis';

import { type EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { type RedisClientService } from 'src/engine/core-modules/redis-client/redis-client.service';
import { WhopRateLimiterService } from 'src/modules/whop/services/whop-rate-limiter.service';

const OPERATION = 'GET /api/v1/payments';
// 30 a minute: a burst of 2 at once, then one every 2.14 s: far more than a loaded machine takes
// for the burst's round trips (at 60 a minute, a burst of 5 taking 0.9 s under load already gave
// the sixth slot within the glance).
const PER_MINUTE = 30;
// Far shorter than any wait the limiter imposes here, far longer than a Redis round trip.
const GLANCE_MS = 200;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Whether a slot asked for is still not given a moment later (the slot is awaited afterwards, so
// nothing outlives the test).
const isStillWaiting = (slot: Promise<void>): Promise<boolean> =>
  Promise.race([slot.then(() => false), sleep(GLANCE_MS).then(() => true)]);

// The limiter on a real Redis, shared by two services as by two workers.
describe('the shared rate limiter', () => {
  let redis: Redis;
  let credentialId: string;
  const buildLimiter = () =>
    new WhopRateLimiterService(
      { getClient: () => redis } as RedisClientService,
      { get: () => PER_MINUTE } as unknown as EnvironmentService,
    );

  beforeAll(async () => {
    redis = new Redis(process.env.REDIS_URL!);
    await redis.ping();
  });

  beforeEach(() => {
    credentialId = `rate-limiter-test-${Date.now()}-${Math.random()}`;
  });

  afterAll(() => redis.disconnect());

  it('lets a burst go at once, then paces the calls of every worker together', async () => {
    const [first, second] = [buildLimiter(), buildLimiter()];

    await first.acquire(credentialId, OPERATION);
    await second.acquire(credentialId, OPERATION);
    const third = second.acquire(credentialId, OPERATION);

    expect(await isStillWaiting(third)).toBe(true);
    await third;
  });

  it("holds back every worker's calls of the operation as long as a 429 asked, then paces them", async () => {
    const [first, second] = [buildLimiter(), buildLimiter()];

    await first.holdOff(credentialId, OPERATION, 1_000);
    const held = second.acquire(credentialId, OPERATION);

    expect(await isStillWaiting(held)).toBe(true);
    await held;
    // The pace starts over without a burst.
    const next = first.acquire(credentialId, OPERATION);

    expect(await isStillWaiting(next)).toBe(true);
    await next;
  });

  it('never shortens a longer hold', async () => {
    const limiter = buildLimiter();

    await limiter.holdOff(credentialId, OPERATION, 1_000);
    await limiter.holdOff(credentialId, OPERATION, 1);
    const held = limiter.acquire(credentialId, OPERATION);

    expect(await isStillWaiting(held)).toBe(true);
    await held;
  });
});
