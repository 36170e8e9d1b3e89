import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';

import { WhopApplyTransactionService } from 'src/modules/whop/services/apply/whop-apply-transaction.service';
import {
  type WhopApplyContext,
  type WhopApplyTransaction,
  type WhopBatchHandler,
} from 'src/modules/whop/services/apply/whop-apply.types';
import { getWhopTableReference } from 'src/modules/whop/services/apply/utils/get-whop-table-reference.util';
import { WHOP_END_OF_RUN_BATCHES } from 'src/modules/whop/services/apply/utils/whop-end-of-run-batches.constant';
import { updateWhopRecordsById } from 'src/modules/whop/services/apply/utils/update-whop-records-by-id.util';
import { WHOP_ACTIVE_MEMBERSHIP_STATUSES } from 'src/modules/whop/constants/whop-active-membership-statuses.constant';
import { type WhopRecordWrite } from 'src/modules/whop/services/apply/utils/whop-record-write.type';
import {
  classifyWhopPayment,
  type WhopPaymentClassificationSource,
} from 'src/modules/whop/utils/classify-whop-payment.util';
import { runInBatches } from 'src/modules/whop/utils/run-in-batches.util';
import {
  computeLifetimeValueMicros,
  pickWhopLifetimeValueForDisplay,
  type WhopLifetimeValuePayment,
} from 'src/modules/whop/utils/compute-lifetime-value-micros.util';

type StoredPayment = WhopPaymentClassificationSource & {
  personId: string;
  amountAmountMicros: string | null;
  refundedAmountAmountMicros: string | null;
  amountCurrencyCode: string | null;
};

const PERSON_ROLLUP_WRITE: WhopRecordWrite = {
  objectName: 'person',
  columns: [
    'whopLifetimeValues',
    'whopLifetimeValueAmountMicros',
    'whopLifetimeValueCurrencyCode',
    'whopActiveMemberships',
  ],
};

const toLifetimeValuePayment = (payment: StoredPayment): WhopLifetimeValuePayment => ({
  amountMicros: payment.amountAmountMicros,
  refundedAmountMicros: payment.refundedAmountAmountMicros,
  currencyCode: payment.amountCurrencyCode,
  classification: classifyWhopPayment(payment),
});

// A person's Whop rollups, recomputed for a batch of people at once and written in one update:
// - lifetime value per currency, net of refunds (computeLifetimeValueMicros over their payments),
//   and the value shown (pickWhopLifetimeValueForDisplay);
// - the count of their opportunities whose membership is still held (WHOP_ACTIVE_MEMBERSHIP_STATUSES).
// Only people whose rollups change are written.
@Injectable()
export class WhopRollupService {
  constructor(private readonly applyTransactionService: WhopApplyTransactionService) {}

  async refreshPersonRollups(context: WhopApplyContext, personIds: string[]): Promise<void> {
    if (personIds.length === 0) {
      return;
    }

    await this.applyTransactionService.run(
      { ...context, deferredRollupPersonIds: undefined },
      (transaction) => this.refreshPersonRollupsInTransaction(transaction, personIds),
    );
  }

  // Many people, in batches (one transaction each): the end of a sync run.
  async refreshPersonRollupsInBatches(
    context: WhopApplyContext,
    personIds: string[],
    onBatch: WhopBatchHandler = async () => undefined,
  ): Promise<void> {
    await runInBatches(personIds, WHOP_END_OF_RUN_BATCHES, async (batch) => {
      await this.refreshPersonRollups(context, batch);
      await onBatch(batch.length);
    });
  }

  // Every Whop person of the workspace: the end of a full sync.
  async refreshAllPersonRollups(
    context: WhopApplyContext,
    onBatch?: WhopBatchHandler,
  ): Promise<void> {
    const people = await this.applyTransactionService.run(context, ({ manager }) =>
      manager
        .getRepository<{ id: string }>('person')
        .createQueryBuilder('person')
        .select('person.id')
        .where('person.whopUserId IS NOT NULL')
        .getMany(),
    );

    await this.refreshPersonRollupsInBatches(
      context,
      people.map(({ id }) => id),
      onBatch,
    );
  }

  async refreshPersonRollupsInTransaction(
    transaction: WhopApplyTransaction,
    personIds: string[],
  ): Promise<void> {
    const uniquePersonIds = [...new Set(personIds)];

    if (uniquePersonIds.length === 0) {
      return;
    }
    if (transaction.deferredRollupPersonIds) {
      for (const personId of uniquePersonIds) transaction.deferredRollupPersonIds.add(personId);

      return;
    }

    await this.refreshRollups(transaction, uniquePersonIds);
  }

  // The people locked first (another company's sync may be refreshing them: its payments are then
  // read once it commits), then one read of their payments, one of their held memberships, one
  // write of the people whose rollups change.
  private async refreshRollups(
    { manager }: WhopApplyTransaction,
    personIds: string[],
  ): Promise<void> {
    await this.lockPeople(manager, personIds);
    const paymentsByPerson = await this.findLifetimeValuePayments(manager, personIds);
    const activeMemberships = await this.countActiveMemberships(manager, personIds);

    await updateWhopRecordsById(
      manager,
      PERSON_ROLLUP_WRITE,
      personIds.map((id) => {
        const valuesByCurrency = computeLifetimeValueMicros(paymentsByPerson.get(id) ?? []);
        const displayed = pickWhopLifetimeValueForDisplay(valuesByCurrency);

        return {
          id,
          whopLifetimeValues: valuesByCurrency,
          whopLifetimeValueAmountMicros: displayed?.amountMicros ?? null,
          whopLifetimeValueCurrencyCode: displayed?.currencyCode ?? null,
          whopActiveMemberships: activeMemberships.get(id) ?? 0,
        };
      }),
    );
  }

  // In id order, so that two refreshes never deadlock each other. A row lock that still lets
  // other transactions insert payments and opportunities that reference the person.
  private async lockPeople(manager: EntityManager, personIds: string[]): Promise<void> {
    await manager.query(
      `SELECT "id" FROM ${getWhopTableReference(manager, 'person')}
       WHERE "id" = ANY($1::uuid[]) ORDER BY "id" FOR NO KEY UPDATE`,
      [personIds],
    );
  }

  private async findLifetimeValuePayments(
    manager: EntityManager,
    personIds: string[],
  ): Promise<Map<string, WhopLifetimeValuePayment[]>> {
    const payments = await manager
      .getRepository<StoredPayment>('whopPayment')
      .createQueryBuilder('payment')
      .select([
        'payment.personId',
        'payment.amountAmountMicros',
        'payment.refundedAmountAmountMicros',
        'payment.amountCurrencyCode',
        'payment.status',
        'payment.substatus',
        'payment.failureMessage',
        'payment.lastPaymentAttemptAt',
      ])
      .where('payment.personId IN (:...personIds)', { personIds })
      .andWhere('payment.deletedAt IS NULL')
      .getMany();
    const paymentsByPerson = new Map<string, WhopLifetimeValuePayment[]>(
      personIds.map((id) => [id, []]),
    );

    for (const payment of payments) {
      paymentsByPerson.get(payment.personId)?.push(toLifetimeValuePayment(payment));
    }

    return paymentsByPerson;
  }

  // How many of each person's opportunities are memberships still held; a person without any is
  // not in the map.
  private async countActiveMemberships(
    manager: EntityManager,
    personIds: string[],
  ): Promise<Map<string, number>> {
    const counts: { personId: string; count: number }[] = await manager.query(
      `SELECT "pointOfContactId" AS "personId", COUNT(*)::integer AS "count"
       FROM ${getWhopTableReference(manager, 'opportunity')}
       WHERE "pointOfContactId" = ANY($1::uuid[])
         AND "deletedAt" IS NULL
         AND "whopMembershipStatus" = ANY($2::text[])
       GROUP BY "pointOfContactId"`,
      [personIds, WHOP_ACTIVE_MEMBERSHIP_STATUSES],
    );

    return new Map(counts.map(({ personId, count }) => [personId, count]));
  }
}
