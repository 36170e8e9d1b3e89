import { createBullConnectionOptions } from 'src/engine/core-modules/message-queue/utils/create-bull-connection-options.util';

describe('createBullConnectionOptions', () => {
  it('reads host, port and database, without TLS for redis://', () => {
    expect(createBullConnectionOptions('redis://127.0.0.1:6380/3', 'worker')).toEqual({
      host: '127.0.0.1',
      port: 6380,
      username: undefined,
      password: undefined,
      db: 3,
      maxRetriesPerRequest: null,
    });
  });

  it("fails a producer's commands at once while Redis is out of reach, and lets a worker wait", () => {
    expect(createBullConnectionOptions('redis://127.0.0.1:6379', 'producer')).toMatchObject({
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
    });
    expect(createBullConnectionOptions('redis://127.0.0.1:6379', 'worker')).not.toHaveProperty(
      'enableOfflineQueue',
    );
  });

  it('uses TLS for rediss://, as the application client does, so the password never crosses in clear', () => {
    expect(
      createBullConnectionOptions('rediss://queue%20user:p%40ss@redis.example:6379', 'producer'),
    ).toMatchObject({
      host: 'redis.example',
      username: 'queue user',
      password: 'p@ss',
      tls: {},
    });
  });

  it('gives an IPv6 host without its brackets', () => {
    expect(createBullConnectionOptions('redis://[::1]:6379', 'worker')).toMatchObject({
      host: '::1',
    });
  });
});
