import { Logger } from '@nestjs/common';
import { Client, type ClientConfig } from 'pg';

const logger = new Logger('PostgresPoolClient');

// The client class of every pool (TypeORM's `extra.Client`): a pg Client that always listens to its
// own errors. pg-pool hands a newly connected client over without a listener, and TypeORM adds its
// own only a few microtasks later; a server that terminates the connection in that moment (a
// restart) would make the client emit an 'error' nobody listens to, which ends the process. The
// error is logged here; TypeORM and pg-pool still drop the broken client as they do, and a query
// waiting on it fails like any query.
export class PostgresPoolClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', (error: Error) => {
      logger.warn(`A PostgreSQL connection failed: ${error.message}`);
    });
  }
}
