import { type Repository } from 'typeorm';

import { type WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';

// The connection, read under its row lock until the transaction of `repository` ends: what a token
// refresh, a reconnect and Disconnect each take before they change its tokens, one at a time.
export const lockWhopConnection = (
  repository: Repository<WhopConnection>,
  connectionId: string,
): Promise<WhopConnection> =>
  repository
    .createQueryBuilder('connection')
    .setLock('pessimistic_write')
    .where('connection.id = :connectionId', { connectionId })
    .getOneOrFail();
