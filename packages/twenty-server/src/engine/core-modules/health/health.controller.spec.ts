import { type Response } from 'express';
import { type DataSource } from 'typeorm';

import { HealthController } from 'src/engine/core-modules/health/health.controller';
import { type RedisClientService } from 'src/engine/core-modules/redis-client/redis-client.service';

describe('HealthController', () => {
  it('says a dependency is down without telling the public why', async () => {
    const dataSource = {
      query: jest.fn().mockRejectedValue(new Error('password authentication failed for "twenty"')),
    };
    const redis = { ping: jest.fn().mockResolvedValue('PONG'), get: jest.fn() };
    const response = { status: jest.fn().mockReturnThis(), json: jest.fn() };

    await new HealthController(
      dataSource as unknown as DataSource,
      { getClient: () => redis } as unknown as RedisClientService,
    ).health(response as unknown as Response);

    expect(response.status).toHaveBeenCalledWith(503);
    expect(response.json).toHaveBeenCalledWith({
      status: 'error',
      postgres: { status: 'down' },
      redis: { status: 'up' },
      worker: { status: 'down', lastHeartbeatAt: null },
    });
  });

  const healthWithHeartbeat = async (heartbeat: string | null | Error) => {
    const redis = {
      ping: jest.fn().mockResolvedValue('PONG'),
      get:
        heartbeat instanceof Error
          ? jest.fn().mockRejectedValue(heartbeat)
          : jest.fn().mockResolvedValue(heartbeat),
    };
    const response = { status: jest.fn().mockReturnThis(), json: jest.fn() };

    await new HealthController(
      { query: jest.fn().mockResolvedValue([]) } as unknown as DataSource,
      { getClient: () => redis } as unknown as RedisClientService,
    ).health(response as unknown as Response);

    return { code: response.status.mock.calls[0][0], body: response.json.mock.calls[0][0] };
  };
  const beatAt = (msAgo: number) =>
    JSON.stringify({ pid: 1, host: 'h', at: new Date(Date.now() - msAgo).toISOString() });

  it('says the worker is up while it beats, and down once it stopped, the server still serving', async () => {
    expect(await healthWithHeartbeat(beatAt(10_000))).toMatchObject({
      code: 200,
      body: { status: 'ok', worker: { status: 'up' } },
    });
    expect(await healthWithHeartbeat(beatAt(10 * 60_000))).toMatchObject({
      code: 200,
      body: { status: 'ok', worker: { status: 'down', lastHeartbeatAt: expect.any(String) } },
    });
  });

  it('answers with the worker unknown when Redis fails between its ping and the heartbeat read', async () => {
    expect(await healthWithHeartbeat(new Error('Connection is closed.'))).toMatchObject({
      code: 200,
      body: { status: 'ok', worker: { status: 'unknown', lastHeartbeatAt: null } },
    });
  });
});
