import { Logger } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import { type DataSource } from 'typeorm';

import { handlePostgresClientErrors } from 'src/engine/twenty-orm/utils/handle-postgres-client-errors.util';

describe('handlePostgresClientErrors', () => {
  it("keeps a listener on every client the pool connects, so that a connection's error is logged instead of ending the process", () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const pool = new EventEmitter();
    const client = new EventEmitter();

    handlePostgresClientErrors({ driver: { master: pool } } as unknown as DataSource);
    pool.emit('connect', client);

    expect(() =>
      client.emit('error', new Error('terminating connection due to administrator command')),
    ).not.toThrow();
    expect(warn).toHaveBeenCalledWith(
      'A PostgreSQL connection failed: terminating connection due to administrator command',
    );
    warn.mockRestore();
  });
});
