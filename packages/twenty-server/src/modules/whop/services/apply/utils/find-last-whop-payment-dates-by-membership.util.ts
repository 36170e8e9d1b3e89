import { type EntityManager } from 'typeorm';

import { getWhopTableReference } from 'src/modules/whop/services/apply/utils/get-whop-table-reference.util';
import { isWhopPaymentPaid } from 'src/modules/whop/services/apply/utils/whop-payment-state.util';
import {
  classifyWhopPayment,
  type WhopPaymentClassificationSource,
} from 'src/modules/whop/utils/classify-whop-payment.util';

type StoredPaidAt = WhopPaymentClassificationSource & {
  whopMembershipId: string;
  paidAt: Date;
};

// When each membership was last paid (its latest `paidAt` among the stored payments that went
// through), in one query.
export const findLastWhopPaymentDatesByMembership = async (
  manager: EntityManager,
  membershipIds: string[],
): Promise<Map<string, Date>> => {
  const lastPaymentDates = new Map<string, Date>();

  if (membershipIds.length === 0) {
    return lastPaymentDates;
  }

  const payments: StoredPaidAt[] = await manager.query(
    `SELECT "whopMembershipId", "paidAt", "status", "substatus", "failureMessage",
       "lastPaymentAttemptAt"
     FROM ${getWhopTableReference(manager, 'whopPayment')}
     WHERE "whopMembershipId" = ANY($1::text[]) AND "paidAt" IS NOT NULL AND "deletedAt" IS NULL`,
    [membershipIds],
  );

  for (const payment of payments) {
    const lastPaymentDate = lastPaymentDates.get(payment.whopMembershipId);

    if (
      isWhopPaymentPaid(classifyWhopPayment(payment)) &&
      (lastPaymentDate === undefined || payment.paidAt > lastPaymentDate)
    ) {
      lastPaymentDates.set(payment.whopMembershipId, payment.paidAt);
    }
  }

  return lastPaymentDates;
};
