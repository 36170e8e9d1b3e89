import Redis from 'ioredis';

import { type EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { type RedisClientService } from 'src/engine/core-modules/redis-client/redis-client.service';
import { WhopRateLimiterService } from 'src/modules/whop/services/whop-rate-limiter.service';

const OPERATION = 'GET /api/v1/payments';
// 60 a minute: a burst of 5 at once, then one every 1.09 s.
const PER_MINUTE = 60;
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

  beforeAll(() => {
    redis = new Redis(process.env.REDIS_URL!);
  });

  beforeEach(() => {
    credentialId = `rate-limiter-test-${Date.now()}-${Math.random()}`;
  });

  afterAll(() => redis.disconnect());

  it('lets a burst go at once, then paces the calls of every worker together', async () => {
    const [first, second] = [buildLimiter(), buildLimiter()];

    for (let call = 0; call < 5; call++) {
      await (call % 2 === 0 ? first : second).acquire(credentialId, OPERATION);
    }
    const sixth = second.acquire(credentialId, OPERATION);

    expect(await isStillWaiting(sixth)).toBe(true);
    await sixth;
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
