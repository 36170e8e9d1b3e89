import Redis from 'ioredis';

import { type RedisClientService } from 'src/engine/core-modules/redis-client/redis-client.service';
import { WhopSyncLockService } from 'src/modules/whop/services/whop-sync-lock.service';

const CONNECTION_ID = 'lock-test-connection';
const KEY = `whop:sync-lock:${CONNECTION_ID}`;

// The lock on a real Redis; only the renewal timer is faked, so a renewal runs on demand.
describe('the sync lock', () => {
  let redis: Redis;
  let lockService: WhopSyncLockService;

  beforeAll(() => {
    redis = new Redis(process.env.REDIS_URL!);
    lockService = new WhopSyncLockService({ getClient: () => redis } as RedisClientService);
  });

  beforeEach(async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'clearTimeout'] });
    await redis.del(KEY);
  });

  afterEach(() => jest.useRealTimers());

  afterAll(async () => {
    await redis.del(KEY);
    redis.disconnect();
  });

  const renew = async () => {
    jest.advanceTimersByTime(10_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
  };

  it('is held by one sync at a time, and free once released', async () => {
    const lock = await lockService.tryAcquire(CONNECTION_ID);

    expect(lock).not.toBeNull();
    expect(await lockService.tryAcquire(CONNECTION_ID)).toBeNull();
    await lock!.release();
    expect(await lockService.isLocked(CONNECTION_ID)).toBe(false);
  });

  it('is renewed by its holder before it expires', async () => {
    const lock = await lockService.tryAcquire(CONNECTION_ID);

    await redis.pexpire(KEY, 5_000);
    await renew();

    expect(await redis.pttl(KEY)).toBeGreaterThan(20_000);
    expect(lock!.isLost()).toBe(false);
    await lock!.release();
  });

  it('is taken back by its holder when Redis forgot it (a restart without persistence)', async () => {
    const lock = await lockService.tryAcquire(CONNECTION_ID);

    await redis.del(KEY);
    await renew();

    expect(await lockService.isLocked(CONNECTION_ID)).toBe(true);
    expect(await lockService.tryAcquire(CONNECTION_ID)).toBeNull();
    expect(lock!.isLost()).toBe(false);
    await lock!.release();
    expect(await lockService.isLocked(CONNECTION_ID)).toBe(false);
  });

  it('is not taken from a sync that took it meanwhile, and tells its former holder it is lost', async () => {
    const lapsed = await lockService.tryAcquire(CONNECTION_ID);

    expect(lapsed!.isLost()).toBe(false);
    await redis.set(KEY, 'another-holder', 'PX', 30_000);
    await renew();

    expect(await redis.get(KEY)).toBe('another-holder');
    expect(lapsed!.isLost()).toBe(true);
    // Lost for good: the lock its new holder freed is not taken back by the former one.
    await redis.del(KEY);
    await renew();
    expect(await lockService.isLocked(CONNECTION_ID)).toBe(false);
    await redis.set(KEY, 'another-holder', 'PX', 30_000);
    await lapsed!.release();
    expect(await redis.get(KEY)).toBe('another-holder');
  });
});
