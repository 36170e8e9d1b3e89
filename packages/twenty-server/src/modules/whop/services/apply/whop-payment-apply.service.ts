import { Injectable } from '@nestjs/common';
import { isDefined } from 'twenty-shared';

import {
  type WhopApiMembershipStatus,
  type WhopMembershipStatus,
} from 'src/modules/whop/constants/whop-membership-statuses.constant';
import { WhopApplyTransactionService } from 'src/modules/whop/services/apply/whop-apply-transaction.service';
import {
  type WhopApplyContext,
  type WhopApplyResult,
  type WhopApplyTransaction,
  type WhopBatchHandler,
} from 'src/modules/whop/services/apply/whop-apply.types';
import {
  WhopFollowUpTaskApplyService,
  type WhopFollowUpTaskEntry,
} from 'src/modules/whop/services/apply/whop-follow-up-task-apply.service';
import { WhopNoteApplyService } from 'src/modules/whop/services/apply/whop-note-apply.service';
import {
  type WhopPersonSource,
  WhopPersonApplyService,
} from 'src/modules/whop/services/apply/whop-person-apply.service';
import { WhopRollupService } from 'src/modules/whop/services/apply/whop-rollup.service';
import { WhopTimelineActivityApplyService } from 'src/modules/whop/services/apply/whop-timeline-activity-apply.service';
import {
  buildWhopPaymentFailedNote,
  buildWhopPaymentFollowUpTask,
} from 'src/modules/whop/services/apply/utils/build-whop-payment-failure-content.util';
import { buildWhopPaymentFollowUpKey } from 'src/modules/whop/services/apply/utils/build-whop-payment-follow-up-key.util';
import {
  fillStoredWhenNull,
  keepStoredWhenIncomingIsNull,
  STORED_ALIAS,
} from 'src/modules/whop/services/apply/utils/build-whop-record-update-sql.util';
import { buildWhopVersionGuardSql } from 'src/modules/whop/services/apply/utils/build-whop-version-guard-sql.util';
import { countWhopUpsertOutcomes } from 'src/modules/whop/services/apply/utils/count-whop-upsert-outcomes.util';
import { findWhopMembershipIdsWithPayments } from 'src/modules/whop/services/apply/utils/find-whop-membership-ids-with-payments.util';
import { findWhopRecordsByKey } from 'src/modules/whop/services/apply/utils/find-whop-records-by-key.util';
import { WHOP_END_OF_RUN_BATCHES } from 'src/modules/whop/services/apply/utils/whop-end-of-run-batches.constant';
import { findLastWhopPaymentDatesByMembership } from 'src/modules/whop/services/apply/utils/find-last-whop-payment-dates-by-membership.util';
import { findLatestWhopPaymentsByMembership } from 'src/modules/whop/services/apply/utils/find-latest-whop-payments-by-membership.util';
import { keepLatestWhopResourceVersions } from 'src/modules/whop/services/apply/utils/keep-latest-whop-resource-versions.util';
import { updateWhopRecordsById } from 'src/modules/whop/services/apply/utils/update-whop-records-by-id.util';
import {
  type WhopKeyedRecordWrite,
  upsertWhopRecords,
} from 'src/modules/whop/services/apply/utils/upsert-whop-records.util';
import {
  hasWhopMembershipPaymentRecovered,
  isWhopPaymentPaid,
  resolveWhopOpportunityMembershipStatus,
} from 'src/modules/whop/services/apply/utils/whop-payment-state.util';
import {
  type WhopRecordRow,
  type WhopRecordWrite,
} from 'src/modules/whop/services/apply/utils/whop-record-write.type';
import { type WhopPayment } from 'src/modules/whop/types/whop-api.types';
import { type WhopPaymentColumns } from 'src/modules/whop/types/whop-record-columns.types';
import { buildWhopPaymentTimelineActivity } from 'src/modules/whop/utils/build-whop-timeline-activity.util';
import { classifyWhopPayment } from 'src/modules/whop/utils/classify-whop-payment.util';
import { listWhopPaymentTimelineEvents } from 'src/modules/whop/utils/list-whop-payment-timeline-events.util';
import { parseWhopRelatedId } from 'src/modules/whop/utils/parse-whop-related-id.util';
import { runInBatches } from 'src/modules/whop/utils/run-in-batches.util';
import { transformWhopPaymentToWhopPayment } from 'src/modules/whop/utils/transform-whop-payment-to-whop-payment.util';

type StoredOpportunity = {
  id: string;
  whopMembershipId: string;
  name: string;
  whopMembershipStatus: WhopMembershipStatus | null;
  whopReportedMembershipStatus: WhopApiMembershipStatus | null;
  pointOfContactId: string | null;
};

// What a membership's payment state is computed from: Whop's own membership status when the
// payments carry it (else the one Whop last reported stands), and the last date it was paid.
type MembershipPaymentStateSource = {
  opportunity: StoredOpportunity;
  whopStatus: WhopApiMembershipStatus | null;
  lastPaymentDate: Date | null;
  personId: string | null;
};

type PaymentRecord = {
  payment: WhopPayment;
  columns: WhopPaymentColumns;
  personId: string | null;
  opportunity: StoredOpportunity | null;
};

// Restored for a membership shown payment_failed since before Whop's own status was kept.
const FALLBACK_RESTORED_MEMBERSHIP_STATUS: WhopApiMembershipStatus = 'active';

// The payment's customer: the person of its Whop user; a payment without one (its user deleted
// their account) gets its membership's customer only while it has none, so that a membership
// transferred since does not take the earlier customer's payments.
const keepPaymentPerson = (incoming: string): string =>
  `CASE WHEN ${incoming}."whopUserId" IS NULL
    THEN ${fillStoredWhenNull('personId')(incoming)}
    ELSE ${keepStoredWhenIncomingIsNull('personId')(incoming)} END`;

const PAYMENT_WRITE: WhopKeyedRecordWrite = {
  objectName: 'whopPayment',
  keyColumn: 'whopId',
  keyScope: 'live',
  columns: [
    'whopId',
    'amountAmountMicros',
    'amountCurrencyCode',
    'status',
    'substatus',
    'billingReason',
    'paidAt',
    'refundedAmountAmountMicros',
    'refundedAmountCurrencyCode',
    'refundedAt',
    'failureMessage',
    'lastPaymentAttemptAt',
    'nextPaymentAttemptAt',
    'personId',
    'opportunityId',
    'whopProductId',
    'whopMembershipId',
    'whopUserId',
    'whopPlanId',
    'whopCreatedAt',
    'whopUpdatedAt',
  ],
  assignments: {
    personId: keepPaymentPerson,
    opportunityId: keepStoredWhenIncomingIsNull('opportunityId'),
    whopProductId: keepStoredWhenIncomingIsNull('whopProductId'),
    // Whop gives no user once they deleted their account: the one it gave stays.
    whopUserId: keepStoredWhenIncomingIsNull('whopUserId'),
  },
  updateCondition: buildWhopVersionGuardSql,
};

// The last payment date only moves forward; a null status leaves the stored one.
const MEMBERSHIP_PAYMENT_STATE_WRITE: WhopRecordWrite = {
  objectName: 'opportunity',
  columns: ['whopLastPaymentDate', 'whopMembershipStatus', 'whopReportedMembershipStatus'],
  assignments: {
    whopLastPaymentDate: (incoming) =>
      `GREATEST(${STORED_ALIAS}."whopLastPaymentDate", ${incoming}."whopLastPaymentDate")`,
    whopMembershipStatus: keepStoredWhenIncomingIsNull('whopMembershipStatus'),
    whopReportedMembershipStatus: keepStoredWhenIncomingIsNull('whopReportedMembershipStatus'),
  },
};

const toPersonSource = (payment: WhopPayment): WhopPersonSource => ({
  user: { ...payment.user, id: parseWhopRelatedId(payment, 'user') },
  member: { id: parseWhopRelatedId(payment, 'member'), phone: payment.member?.phone },
});

const isLaterPayment = (payment: PaymentRecord, other: PaymentRecord): boolean =>
  (payment.columns.whopCreatedAt?.getTime() ?? 0) > (other.columns.whopCreatedAt?.getTime() ?? 0);

// Whop's own membership status as the newest payment of the page that embeds one tells it.
const findWhopMembershipStatus = (records: PaymentRecord[]): WhopApiMembershipStatus | null =>
  records
    .filter(({ payment }) => isDefined(payment.membership?.status))
    .reduce<PaymentRecord | null>(
      (latest, record) => (!isDefined(latest) || isLaterPayment(record, latest) ? record : latest),
      null,
    )?.payment.membership?.status ?? null;

const findLastPaymentDate = (records: PaymentRecord[]): Date | null =>
  records
    .filter(({ columns }) => isWhopPaymentPaid(classifyWhopPayment(columns)))
    .map(({ columns }) => columns.paidAt)
    .filter(isDefined)
    .reduce<Date | null>(
      (latest, paidAt) => (!isDefined(latest) || paidAt > latest ? paidAt : latest),
      null,
    );

// Whop payments → whopPayment records (person, opportunity and product resolved), their timeline
// activities, a note per failed payment, and the membership's payment state: the last payment date,
// `payment_failed` and one open follow-up task while its latest payment failed, the task closed and
// the status restored once a later payment goes through. One transaction per page.
@Injectable()
export class WhopPaymentApplyService {
  constructor(
    private readonly applyTransactionService: WhopApplyTransactionService,
    private readonly personApplyService: WhopPersonApplyService,
    private readonly timelineActivityApplyService: WhopTimelineActivityApplyService,
    private readonly noteApplyService: WhopNoteApplyService,
    private readonly followUpTaskApplyService: WhopFollowUpTaskApplyService,
    private readonly rollupService: WhopRollupService,
  ) {}

  async applyPayments(
    context: WhopApplyContext,
    payments: WhopPayment[],
  ): Promise<WhopApplyResult> {
    const latestPayments = keepLatestWhopResourceVersions(payments);

    if (latestPayments.length === 0) {
      return countWhopUpsertOutcomes([]);
    }

    return this.applyTransactionService.run(context, (transaction) =>
      this.writePayments(transaction, latestPayments),
    );
  }

  private async writePayments(
    transaction: WhopApplyTransaction,
    payments: WhopPayment[],
  ): Promise<WhopApplyResult> {
    const personIdsByWhopUserId = await this.personApplyService.resolvePeople(
      transaction,
      payments.map(toPersonSource),
    );
    const allColumns = payments.map(transformWhopPaymentToWhopPayment);
    // Locked when the page writes their payment state from what it reads of them (a sync run
    // defers that to its end).
    const opportunitiesByMembershipId = await this.findOpportunitiesByMembershipId(
      transaction,
      allColumns.map(({ whopMembershipId }) => whopMembershipId).filter(isDefined),
      { lockForUpdate: !isDefined(transaction.deferredMembershipIds) },
    );
    const productIdsByWhopId = await this.findProductIdsByWhopId(
      transaction,
      allColumns.map(({ whopProductWhopId }) => whopProductWhopId).filter(isDefined),
    );
    const storedPersonIdsOfUserless = await this.findStoredPersonIds(
      transaction,
      allColumns.filter(({ whopUserId }) => !isDefined(whopUserId)).map(({ whopId }) => whopId),
    );
    const records: PaymentRecord[] = payments.map((payment, index) => {
      const columns = allColumns[index];
      const opportunity = isDefined(columns.whopMembershipId)
        ? (opportunitiesByMembershipId.get(columns.whopMembershipId) ?? null)
        : null;
      const personId = isDefined(columns.whopUserId)
        ? personIdsByWhopUserId.get(columns.whopUserId)
        : undefined;

      if (isDefined(columns.whopMembershipId) && !isDefined(opportunity)) {
        transaction.issues.addWarning(
          payment.id,
          `Membership ${columns.whopMembershipId} is not synced yet: the payment has no opportunity.`,
        );
      }

      // A payment without a user keeps the customer it is stored with (see keepPaymentPerson):
      // its refund goes on their timeline and their lifetime value.
      return {
        payment,
        columns,
        personId:
          personId ??
          storedPersonIdsOfUserless.get(payment.id) ??
          opportunity?.pointOfContactId ??
          null,
        opportunity,
      };
    });
    const upserted = await upsertWhopRecords(
      transaction.manager,
      PAYMENT_WRITE,
      records.map(({ columns, personId, opportunity }) =>
        this.buildPaymentRow(transaction, columns, personId, opportunity, productIdsByWhopId),
      ),
    );
    const paymentIds = new Map(upserted.map(({ key, id }) => [key, id]));

    await this.writePaymentEvents(transaction, records, paymentIds);
    await this.writePageMembershipPaymentStates(transaction, records);
    await this.rollupService.refreshPersonRollupsInTransaction(
      transaction,
      records
        .flatMap(({ personId, opportunity }) => [personId, opportunity?.pointOfContactId])
        .filter(isDefined),
    );

    return countWhopUpsertOutcomes(upserted);
  }

  private buildPaymentRow(
    transaction: WhopApplyTransaction,
    columns: WhopPaymentColumns,
    personId: string | null,
    opportunity: StoredOpportunity | null,
    productIdsByWhopId: Map<string, string>,
  ): WhopRecordRow {
    const productId = isDefined(columns.whopProductWhopId)
      ? productIdsByWhopId.get(columns.whopProductWhopId)
      : undefined;

    if (isDefined(columns.whopProductWhopId) && !isDefined(productId)) {
      transaction.issues.addWarning(
        columns.whopId,
        `Product ${columns.whopProductWhopId} is not synced yet: the payment has no product.`,
      );
    }

    return {
      ...columns,
      personId,
      opportunityId: opportunity?.id ?? null,
      whopProductId: productId ?? null,
    };
  }

  private async writePaymentEvents(
    transaction: WhopApplyTransaction,
    records: PaymentRecord[],
    paymentIds: Map<string, string>,
  ): Promise<void> {
    await this.timelineActivityApplyService.insertActivities(
      transaction,
      records.flatMap(({ payment, columns, personId, opportunity }) =>
        listWhopPaymentTimelineEvents(columns)
          .map((event) =>
            buildWhopPaymentTimelineActivity({
              event,
              payment,
              columns,
              linkedRecordCachedName: opportunity?.name ?? payment.product?.title ?? payment.id,
            }),
          )
          .filter(isDefined)
          .map((activity) => ({
            activity,
            personId,
            opportunityId: opportunity?.id ?? null,
            linkedRecordId: paymentIds.get(payment.id) ?? null,
          })),
      ),
    );
    await this.noteApplyService.createNotesOnce(
      transaction,
      records
        .filter(({ columns }) => classifyWhopPayment(columns) === 'failed')
        .map(({ columns, personId, opportunity }) => ({
          ...buildWhopPaymentFailedNote(columns, opportunity?.name ?? null),
          key: `whop:payment-failed:${columns.whopId}`,
          personId,
          opportunityId: opportunity?.id ?? null,
        })),
    );
  }

  // Per membership of the page: now, or at the end of a sync run that defers it (the membership's
  // state then comes from its stored payments, once, instead of once per page it appears on).
  private async writePageMembershipPaymentStates(
    transaction: WhopApplyTransaction,
    records: PaymentRecord[],
  ): Promise<void> {
    if (transaction.deferredMembershipIds) {
      for (const { opportunity } of records) {
        if (isDefined(opportunity))
          transaction.deferredMembershipIds.add(opportunity.whopMembershipId);
      }

      return;
    }

    const recordsByOpportunity = new Map<StoredOpportunity, PaymentRecord[]>();

    for (const record of records) {
      if (isDefined(record.opportunity)) {
        recordsByOpportunity.set(record.opportunity, [
          ...(recordsByOpportunity.get(record.opportunity) ?? []),
          record,
        ]);
      }
    }

    await this.writeMembershipPaymentStates(
      transaction,
      [...recordsByOpportunity].map(([opportunity, membershipRecords]) => ({
        opportunity,
        whopStatus: findWhopMembershipStatus(membershipRecords),
        lastPaymentDate: findLastPaymentDate(membershipRecords),
        personId: membershipRecords[0].personId,
      })),
    );
  }

  // The payment state of these memberships from their stored payments, in batches: the end of a
  // sync run.
  async refreshMembershipPaymentStates(
    context: WhopApplyContext,
    membershipIds: string[],
    onBatch: WhopBatchHandler = async () => undefined,
  ): Promise<void> {
    await runInBatches(membershipIds, WHOP_END_OF_RUN_BATCHES, async (batch) => {
      await this.applyTransactionService.run(
        { ...context, deferredMembershipIds: undefined },
        async (transaction) => {
          const opportunities = await this.findOpportunitiesByMembershipId(transaction, batch, {
            lockForUpdate: true,
          });
          const lastPaymentDates = await findLastWhopPaymentDatesByMembership(
            transaction.manager,
            batch,
          );

          await this.writeMembershipPaymentStates(
            transaction,
            [...opportunities.values()].map((opportunity) => ({
              opportunity,
              whopStatus: null,
              lastPaymentDate: lastPaymentDates.get(opportunity.whopMembershipId) ?? null,
              personId: opportunity.pointOfContactId,
            })),
          );
        },
      );
      await onBatch(batch.length);
    });
  }

  // Every membership's: the end of a full or resumed sync run.
  async refreshAllMembershipPaymentStates(
    context: WhopApplyContext,
    onBatch?: WhopBatchHandler,
  ): Promise<void> {
    const membershipIds = await this.applyTransactionService.run(context, ({ manager }) =>
      findWhopMembershipIdsWithPayments(manager),
    );

    await this.refreshMembershipPaymentStates(context, membershipIds, onBatch);
  }

  // From each membership's latest stored payment: the last payment date (only moves forward),
  // `payment_failed` and one open follow-up task while the latest payment failed; once a later
  // payment went through, the task closed and Whop's status restored.
  private async writeMembershipPaymentStates(
    transaction: WhopApplyTransaction,
    states: MembershipPaymentStateSource[],
  ): Promise<void> {
    const latestPayments = await findLatestWhopPaymentsByMembership(
      transaction.manager,
      states.map(({ opportunity }) => opportunity.whopMembershipId),
    );
    const stateRows: WhopRecordRow[] = [];
    const followUpsToOpen: WhopFollowUpTaskEntry[] = [];
    const followUpKeysToClose: string[] = [];

    for (const { opportunity, whopStatus: pageWhopStatus, lastPaymentDate, personId } of states) {
      const latestPayment = latestPayments.get(opportunity.whopMembershipId);
      const storedStatus = opportunity.whopMembershipStatus;
      const whopStatus = pageWhopStatus ?? opportunity.whopReportedMembershipStatus;
      let status: WhopMembershipStatus | null = null;

      if (latestPayment?.classification === 'failed') {
        status = isDefined(whopStatus)
          ? resolveWhopOpportunityMembershipStatus(whopStatus, 'failed', storedStatus)
          : 'payment_failed';

        if (status === 'payment_failed') {
          followUpsToOpen.push({
            ...buildWhopPaymentFollowUpTask(latestPayment, opportunity.name),
            key: buildWhopPaymentFollowUpKey(opportunity.whopMembershipId),
            personId: opportunity.pointOfContactId ?? personId,
            opportunityId: opportunity.id,
          });
        }
      } else if (isDefined(latestPayment) && isWhopPaymentPaid(latestPayment.classification)) {
        // A payment that went through ends the follow-up of the failure before it (once: see
        // closeFollowUps), whether or not the membership ended meanwhile.
        followUpKeysToClose.push(buildWhopPaymentFollowUpKey(opportunity.whopMembershipId));
        if (
          hasWhopMembershipPaymentRecovered(storedStatus, whopStatus, latestPayment.classification)
        ) {
          status = whopStatus ?? FALLBACK_RESTORED_MEMBERSHIP_STATUS;
        }
      }

      stateRows.push({
        id: opportunity.id,
        whopLastPaymentDate: lastPaymentDate,
        whopMembershipStatus: status,
        whopReportedMembershipStatus: pageWhopStatus,
      });
    }

    await updateWhopRecordsById(transaction.manager, MEMBERSHIP_PAYMENT_STATE_WRITE, stateRows);
    await this.followUpTaskApplyService.openFollowUps(transaction, followUpsToOpen);
    await this.followUpTaskApplyService.closeFollowUps(transaction, followUpKeysToClose);
  }

  private findOpportunitiesByMembershipId(
    { manager }: WhopApplyTransaction,
    membershipIds: string[],
    options: { lockForUpdate: boolean },
  ): Promise<Map<string, StoredOpportunity>> {
    return findWhopRecordsByKey<StoredOpportunity>(
      manager,
      'opportunity',
      'whopMembershipId',
      membershipIds,
      ['id', 'name', 'whopMembershipStatus', 'whopReportedMembershipStatus', 'pointOfContactId'],
      options,
    );
  }

  // The customers stored with these payments, those that have one.
  private async findStoredPersonIds(
    { manager }: WhopApplyTransaction,
    whopIds: string[],
  ): Promise<Map<string, string>> {
    const payments = await findWhopRecordsByKey<{ whopId: string; personId: string | null }>(
      manager,
      'whopPayment',
      'whopId',
      whopIds,
      ['personId'],
    );

    const personIds = new Map<string, string>();

    for (const [whopId, { personId }] of payments) {
      if (isDefined(personId)) personIds.set(whopId, personId);
    }

    return personIds;
  }

  private async findProductIdsByWhopId(
    { manager }: WhopApplyTransaction,
    whopIds: string[],
  ): Promise<Map<string, string>> {
    const products = await findWhopRecordsByKey<{ id: string; whopId: string }>(
      manager,
      'whopProduct',
      'whopId',
      whopIds,
      ['id'],
    );

    return new Map([...products].map(([whopId, { id }]) => [whopId, id]));
  }
}
