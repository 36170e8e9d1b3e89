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
      worker: { lastHeartbeatAt: null },
    });
  });
});
