import { type EntityManager } from 'typeorm';

import { getWhopTableReference } from 'src/modules/whop/services/apply/utils/get-whop-table-reference.util';
import { type WhopPaymentColumns } from 'src/modules/whop/types/whop-record-columns.types';
import {
  classifyWhopPayment,
  type WhopPaymentClassification,
} from 'src/modules/whop/utils/classify-whop-payment.util';

export type WhopLatestMembershipPayment = Pick<
  WhopPaymentColumns,
  | 'whopId'
  | 'amountAmountMicros'
  | 'amountCurrencyCode'
  | 'status'
  | 'substatus'
  | 'failureMessage'
  | 'lastPaymentAttemptAt'
  | 'nextPaymentAttemptAt'
  | 'whopCreatedAt'
> & {
  whopMembershipId: string;
  classification: WhopPaymentClassification;
};

// The latest stored payment (by Whop's created_at) of each membership, in one query: one index probe
// per membership, whatever the table's size or statistics.
export const findLatestWhopPaymentsByMembership = async (
  manager: EntityManager,
  membershipIds: string[],
): Promise<Map<string, WhopLatestMembershipPayment>> => {
  if (membershipIds.length === 0) {
    return new Map();
  }

  const payments: Omit<WhopLatestMembershipPayment, 'classification'>[] = await manager.query(
    `SELECT "latest".* FROM unnest($1::text[]) AS "membership"("id")
     CROSS JOIN LATERAL (
       SELECT "whopId", "whopMembershipId", "amountAmountMicros", "amountCurrencyCode", "status",
         "substatus", "failureMessage", "lastPaymentAttemptAt", "nextPaymentAttemptAt", "whopCreatedAt"
       FROM ${getWhopTableReference(manager, 'whopPayment')}
       WHERE "whopMembershipId" = "membership"."id" AND "deletedAt" IS NULL
       ORDER BY "whopCreatedAt" DESC NULLS LAST, "whopId" DESC
       LIMIT 1
     ) AS "latest"`,
    [[...new Set(membershipIds)]],
  );

  return new Map(
    payments.map((payment) => [
      payment.whopMembershipId,
      { ...payment, classification: classifyWhopPayment(payment) },
    ]),
  );
};
