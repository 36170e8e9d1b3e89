import { type ConnectionOptions } from 'bullmq';

// REDIS_URL as ioredis reads it for the application's own client: `rediss://` is TLS, the user
// and password are percent-decoded, an IPv6 host loses its brackets.
export const createBullConnectionOptions = (redisUrl: string): ConnectionOptions => {
  const url = new URL(redisUrl);

  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: Number(url.port || 6379),
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : undefined,
    ...(url.protocol === 'rediss:' && { tls: {} }),
    maxRetriesPerRequest: null,
  };
};
