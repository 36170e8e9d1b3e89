import { Logger } from '@nestjs/common';
import { type EventEmitter } from 'node:events';
import { type DataSource } from 'typeorm';

const logger = new Logger('PostgresClientErrors');

// pg-pool hands a newly connected client to TypeORM without an 'error' listener for a moment (TypeORM
// adds its own a tick later). A server that terminates the connection in that moment (a restart)
// makes the client emit an 'error' nobody listens to, which would end the process. Every client of
// the data source's pool keeps a listener that logs the error; TypeORM and pg-pool still drop the
// broken client as they do, and the query waiting on it fails like any query.
export const handlePostgresClientErrors = (dataSource: DataSource): DataSource => {
  const pool = (dataSource.driver as unknown as { master: EventEmitter }).master;

  pool.on('connect', (client: EventEmitter) => {
    client.on('error', (error: Error) => {
      logger.warn(`A PostgreSQL connection failed: ${error.message}`);
    });
  });

  return dataSource;
};
