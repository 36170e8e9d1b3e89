import { type RedisClientService } from 'src/engine/core-modules/redis-client/redis-client.service';
import { WhopSyncLockService } from 'src/modules/whop/services/whop-sync-lock.service';

describe('WhopSyncLockService', () => {
  it('releases without failing when Redis does not answer: the lock then expires by itself', async () => {
    const redis = {
      set: jest.fn().mockResolvedValue('OK'),
      eval: jest.fn().mockRejectedValue(new Error('Connection is closed.')),
    };
    const service = new WhopSyncLockService({
      getClient: () => redis,
    } as unknown as RedisClientService);
    const lock = await service.tryAcquire('connection-1');

    await expect(lock?.release()).resolves.toBeUndefined();
    expect(redis.eval).toHaveBeenCalledTimes(1);
  });
});
