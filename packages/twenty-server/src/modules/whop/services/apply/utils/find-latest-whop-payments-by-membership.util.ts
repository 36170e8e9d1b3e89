import { type EntityManager } from 'typeorm';

import { type WhopPaymentColumns } from 'src/modules/whop/types/whop-record-columns.types';
import { classifyStoredWhopPayment } from 'src/modules/whop/services/apply/utils/classify-stored-whop-payment.util';
import { type WhopPaymentClassification } from 'src/modules/whop/utils/classify-whop-payment.util';

export type WhopLatestMembershipPayment = Pick<
  WhopPaymentColumns,
  'whopId' | 'amountAmountMicros' | 'amountCurrencyCode' | 'status' | 'substatus' | 'failureMessage'
> & {
  whopMembershipId: string;
  classification: WhopPaymentClassification;
};

// The latest stored payment (by Whop's created_at) of each membership, in one query.
export const findLatestWhopPaymentsByMembership = async (
  manager: EntityManager,
  membershipIds: string[],
): Promise<Map<string, WhopLatestMembershipPayment>> => {
  if (membershipIds.length === 0) {
    return new Map();
  }

  const payments = await manager
    .getRepository<Omit<WhopLatestMembershipPayment, 'classification'>>('whopPayment')
    .createQueryBuilder('payment')
    .select([
      'payment.whopId',
      'payment.whopMembershipId',
      'payment.amountAmountMicros',
      'payment.amountCurrencyCode',
      'payment.status',
      'payment.substatus',
      'payment.failureMessage',
    ])
    .distinctOn(['payment.whopMembershipId'])
    .where('payment.whopMembershipId IN (:...membershipIds)', { membershipIds })
    .andWhere('payment.deletedAt IS NULL')
    .orderBy('payment.whopMembershipId')
    .addOrderBy('payment.whopCreatedAt', 'DESC', 'NULLS LAST')
    .addOrderBy('payment.whopId', 'DESC')
    .getMany();

  return new Map(
    payments.map((payment) => [
      payment.whopMembershipId,
      {
        ...payment,
        classification: classifyStoredWhopPayment(payment),
      },
    ]),
  );
};
