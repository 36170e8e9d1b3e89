import { type EntityManager } from 'typeorm';

import { getWhopTableReference } from 'src/modules/whop/services/apply/utils/get-whop-table-reference.util';

// Every membership that has a stored payment.
export const findWhopMembershipIdsWithPayments = async (
  manager: EntityManager,
): Promise<string[]> => {
  const rows: { whopMembershipId: string }[] = await manager.query(
    `SELECT DISTINCT "whopMembershipId" FROM ${getWhopTableReference(manager, 'whopPayment')}
     WHERE "whopMembershipId" IS NOT NULL AND "deletedAt" IS NULL`,
  );

  return rows.map(({ whopMembershipId }) => whopMembershipId);
};
