import { type ConnectionOptions } from 'bullmq';

// What a connection is for: a worker's waits on the queue for jobs (BullMQ requires them to wait
// out a disconnection), or a producer adding and reading jobs for a request or a job.
export type BullConnectionRole = 'worker' | 'producer';

// REDIS_URL as ioredis reads it for the application's own client: `rediss://` is TLS, the user
// and password are percent-decoded, an IPv6 host loses its brackets. A producer's command sent
// while Redis is out of reach fails at once instead of waiting for it to come back (BullMQ's
// "failing fast when Redis is down"), and one under way as the connection drops is tried once
// more on the next: a Sync changes answers with an error rather than hang, a Disconnect goes on
// without the queue, and the scheduled jobs keeper puts back what could not be queued. BullMQ
// still waits for a first connection: a process started while Redis is down waits for it.
export const createBullConnectionOptions = (
  redisUrl: string,
  role: BullConnectionRole,
): ConnectionOptions => {
  const url = new URL(redisUrl);

  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: Number(url.port || 6379),
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : undefined,
    ...(url.protocol === 'rediss:' && { tls: {} }),
    ...(role === 'worker'
      ? { maxRetriesPerRequest: null }
      : { enableOfflineQueue: false, maxRetriesPerRequest: 1 }),
  };
};
