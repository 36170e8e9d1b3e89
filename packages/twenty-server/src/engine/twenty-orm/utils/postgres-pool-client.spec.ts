import { Logger } from '@nestjs/common';

import { PostgresPoolClient } from 'src/engine/twenty-orm/utils/postgres-pool-client';

describe('PostgresPoolClient', () => {
  it("logs a connection's error instead of leaving it unheard, which would end the process", () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const client = new PostgresPoolClient({ connectionString: 'postgres://127.0.0.1:1/none' });

    expect(() =>
      client.emit('error', new Error('terminating connection due to administrator command')),
    ).not.toThrow();
    expect(warn).toHaveBeenCalledWith(
      'A PostgreSQL connection failed: terminating connection due to administrator command',
    );
    warn.mockRestore();
  });
});
