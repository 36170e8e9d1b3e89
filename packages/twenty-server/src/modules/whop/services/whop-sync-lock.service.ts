import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { RedisClientService } from 'src/engine/core-modules/redis-client/redis-client.service';

export const WHOP_SYNC_LOCK_TTL_MS = 30_000;
export const WHOP_SYNC_LOCK_RENEW_EVERY_MS = 10_000;
const LOCK_POLL_INTERVAL_MS = 1_000;

const RELEASE_SCRIPT = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;
// Renews the holder's lock, or takes it back when Redis no longer has it (a restart without
// persistence): a run still going keeps the connection to itself. Another holder's lock is left.
const RENEW_SCRIPT = `local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] or not holder then return redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) end
return 0`;

export type WhopSyncLockHandle = {
  release: () => Promise<void>;
  // Another holder has the lock: it lapsed while Redis was out of reach (its renewal failed for
  // longer than its lifetime) and another run took it. Told at the first renewal after that.
  isLost: () => boolean;
};

// Thrown by a run at its next checkpoint once its lock is lost: the run stops without writing
// anything more, and its new holder carries the connection on.
export class WhopSyncLockLostError extends Error {
  constructor(connectionId: string) {
    super(
      `Another run holds the sync lock of connection ${connectionId} (it lapsed while Redis was out of reach): this one stops without writing`,
    );
  }
}

// At most one sync runs per connection, whichever worker and whichever job started it. The lock
// lives while its holder renews it (every 10 seconds), so a killed worker frees it within 30.
@Injectable()
export class WhopSyncLockService {
  constructor(private readonly redisClientService: RedisClientService) {}

  async tryAcquire(connectionId: string): Promise<WhopSyncLockHandle | null> {
    const redis = this.redisClientService.getClient();
    const key = `whop:sync-lock:${connectionId}`;
    const owner = randomUUID();
    const acquired = await redis.set(key, owner, 'PX', WHOP_SYNC_LOCK_TTL_MS, 'NX');

    if (acquired !== 'OK') return null;
    let lost = false;
    const renewal = setInterval(() => {
      void redis
        .eval(RENEW_SCRIPT, 1, key, owner, WHOP_SYNC_LOCK_TTL_MS)
        .then((renewed) => {
          if (renewed === 0) {
            lost = true;
            clearInterval(renewal);
          }
        })
        .catch(() => undefined);
    }, WHOP_SYNC_LOCK_RENEW_EVERY_MS);

    renewal.unref();

    return {
      // A release Redis does not answer leaves the lock to expire: failing the job for it would
      // have BullMQ run again a sync that finished.
      release: async () => {
        clearInterval(renewal);
        await redis.eval(RELEASE_SCRIPT, 1, key, owner).catch(() => undefined);
      },
      isLost: () => lost,
    };
  }

  // Waits for the lock to be free (its holder releasing it, or its lifetime running out) and takes
  // it; null when it is still held after `timeoutMs`.
  async acquireWhenFree(
    connectionId: string,
    timeoutMs: number,
  ): Promise<WhopSyncLockHandle | null> {
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_INTERVAL_MS));
      const lock = await this.tryAcquire(connectionId);

      if (lock) return lock;
    }

    return null;
  }

  async isLocked(connectionId: string): Promise<boolean> {
    return (
      (await this.redisClientService.getClient().exists(`whop:sync-lock:${connectionId}`)) === 1
    );
  }
}
