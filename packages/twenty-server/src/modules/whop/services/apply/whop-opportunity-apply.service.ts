import { Injectable } from '@nestjs/common';
import { isDefined } from 'twenty-shared';

import { WhopApplyTransactionService } from 'src/modules/whop/services/apply/whop-apply-transaction.service';
import {
  type WhopApplyContext,
  type WhopApplyResult,
  type WhopApplyTransaction,
} from 'src/modules/whop/services/apply/whop-apply.types';
import { WhopFollowUpTaskApplyService } from 'src/modules/whop/services/apply/whop-follow-up-task-apply.service';
import {
  WhopNoteApplyService,
  type WhopNoteEntry,
} from 'src/modules/whop/services/apply/whop-note-apply.service';
import {
  type WhopPersonSource,
  WhopPersonApplyService,
} from 'src/modules/whop/services/apply/whop-person-apply.service';
import { WhopRollupService } from 'src/modules/whop/services/apply/whop-rollup.service';
import {
  WhopTimelineActivityApplyService,
  type WhopTimelineActivityEntry,
} from 'src/modules/whop/services/apply/whop-timeline-activity-apply.service';
import { buildWhopMembershipEndedNote } from 'src/modules/whop/services/apply/utils/build-whop-membership-ended-note.util';
import { buildWhopPaymentFollowUpTask } from 'src/modules/whop/services/apply/utils/build-whop-payment-failure-content.util';
import { buildWhopPaymentFollowUpKey } from 'src/modules/whop/services/apply/utils/build-whop-payment-follow-up-key.util';
import { endWhopMrrUnlessHeld } from 'src/modules/whop/utils/end-whop-mrr-unless-held.util';
import {
  keepStoredWhenIncomingIsNull,
  STORED_ALIAS,
} from 'src/modules/whop/services/apply/utils/build-whop-record-update-sql.util';
import { buildWhopVersionGuardSql } from 'src/modules/whop/services/apply/utils/build-whop-version-guard-sql.util';
import { countWhopUpsertOutcomes } from 'src/modules/whop/services/apply/utils/count-whop-upsert-outcomes.util';
import { moveWhopChildrenFromTrashed } from 'src/modules/whop/services/apply/utils/move-whop-children-from-trashed.util';
import { findWhopRecordsByKey } from 'src/modules/whop/services/apply/utils/find-whop-records-by-key.util';
import {
  findLatestWhopPaymentsByMembership,
  type WhopLatestMembershipPayment,
} from 'src/modules/whop/services/apply/utils/find-latest-whop-payments-by-membership.util';
import { keepLatestWhopResourceVersions } from 'src/modules/whop/services/apply/utils/keep-latest-whop-resource-versions.util';
import {
  type WhopKeyedRecordWrite,
  upsertWhopRecords,
} from 'src/modules/whop/services/apply/utils/upsert-whop-records.util';
import {
  hasWhopMembershipPaymentRecovered,
  resolveWhopOpportunityMembershipStatus,
} from 'src/modules/whop/services/apply/utils/whop-payment-state.util';
import {
  type WhopRecordRow,
  type WhopRecordWrite,
} from 'src/modules/whop/services/apply/utils/whop-record-write.type';
import { type WhopMembershipStatus } from 'src/modules/whop/constants/whop-membership-statuses.constant';
import { type WhopMembership, type WhopPlan } from 'src/modules/whop/types/whop-api.types';
import { buildWhopMembershipTimelineActivity } from 'src/modules/whop/utils/build-whop-timeline-activity.util';
import { listWhopMembershipTimelineEvents } from 'src/modules/whop/utils/list-whop-membership-timeline-events.util';
import { WHOP_HELD_MEMBERSHIP_STAGE } from 'src/modules/whop/utils/map-whop-membership-status-to-opportunity-stage.util';
import { parseWhopOptionalText } from 'src/modules/whop/utils/parse-whop-optional-text.util';
import { parseWhopRelatedId } from 'src/modules/whop/utils/parse-whop-related-id.util';
import {
  readWhopOpportunityMemberName,
  transformWhopMembershipToOpportunity,
} from 'src/modules/whop/utils/transform-whop-membership-to-opportunity.util';

// What the plan decides; kept as stored when the membership's plan is not known to this apply.
type PlanDerivedColumns = {
  name: string;
  amountAmountMicros: string | null;
  amountCurrencyCode: string | null;
  whopMrrAmountMicros: string | null;
  whopMrrCurrencyCode: string | null;
};

type StoredOpportunity = PlanDerivedColumns & {
  id: string;
  whopMembershipId: string;
  whopMembershipStatus: WhopMembershipStatus | null;
  pointOfContactId: string | null;
};

type MembershipRecord = {
  membership: WhopMembership;
  row: WhopRecordRow & PlanDerivedColumns;
  personId: string | null;
  // The person the membership is with: its Whop user's, else (a member who deleted their Whop
  // account, whom Whop no longer names) the one it was with.
  customerId: string | null;
};

const NEW_OPPORTUNITY_STAGE = 'NEW';

// `whopLastPaymentDate` belongs to the payment apply; an older membership version is ignored.
const OPPORTUNITY_WRITE: WhopKeyedRecordWrite = {
  objectName: 'opportunity',
  keyColumn: 'whopMembershipId',
  keyScope: 'live',
  columns: [
    'whopMembershipId',
    'name',
    'amountAmountMicros',
    'amountCurrencyCode',
    'closeDate',
    'stage',
    'pointOfContactId',
    'whopMembershipStatus',
    'whopReportedMembershipStatus',
    'whopProductId',
    'whopPlanId',
    'whopUserId',
    'whopRenewalDate',
    'whopCancelAtPeriodEnd',
    'whopMrrAmountMicros',
    'whopMrrCurrencyCode',
    'whopUpdatedAt',
    'whopSyncedAt',
  ],
  assignments: {
    pointOfContactId: keepStoredWhenIncomingIsNull('pointOfContactId'),
    whopProductId: keepStoredWhenIncomingIsNull('whopProductId'),
    // Whop gives no user once they deleted their account: the one it gave stays.
    whopUserId: keepStoredWhenIncomingIsNull('whopUserId'),
    // A held membership's stage replaces the stored one; any other incoming stage only starts a new
    // opportunity: the stored one is the seller's, read by the write itself, so a change they make
    // while the page is written stands.
    stage: (incoming) =>
      `CASE WHEN ${incoming}."stage" = '${WHOP_HELD_MEMBERSHIP_STAGE}' THEN ${incoming}."stage"
        ELSE ${STORED_ALIAS}."stage" END`,
  },
  untrackedColumns: ['whopSyncedAt'],
  updateCondition: buildWhopVersionGuardSql,
};

const toPersonSource = (membership: WhopMembership): WhopPersonSource => ({
  user: { ...membership.user, id: parseWhopRelatedId(membership, 'user') },
  member: { id: parseWhopRelatedId(membership, 'member') },
});

// Whop memberships (+ their plans) → opportunities: the person (created from `membership.user`
// when unknown), the whopProduct, the stage (CUSTOMER while active or trialing, else the seller's),
// the status (payment_failed while the latest payment failed; the follow-up task closed when this
// write restores it), then the membership's timeline activities and, when it was canceled or
// expired, a note on the person. One transaction per page.
@Injectable()
export class WhopOpportunityApplyService {
  constructor(
    private readonly applyTransactionService: WhopApplyTransactionService,
    private readonly personApplyService: WhopPersonApplyService,
    private readonly timelineActivityApplyService: WhopTimelineActivityApplyService,
    private readonly noteApplyService: WhopNoteApplyService,
    private readonly rollupService: WhopRollupService,
    private readonly followUpTaskApplyService: WhopFollowUpTaskApplyService,
  ) {}

  async applyMemberships(
    context: WhopApplyContext,
    memberships: WhopMembership[],
    plansById: Map<string, WhopPlan>,
  ): Promise<WhopApplyResult> {
    const latestMemberships = keepLatestWhopResourceVersions(memberships);

    if (latestMemberships.length === 0) {
      return countWhopUpsertOutcomes([]);
    }

    return this.applyTransactionService.run(context, (transaction) =>
      this.writeMemberships(transaction, latestMemberships, plansById),
    );
  }

  private async writeMemberships(
    transaction: WhopApplyTransaction,
    memberships: WhopMembership[],
    plansById: Map<string, WhopPlan>,
  ): Promise<WhopApplyResult> {
    const membershipIds = memberships.map(({ id }) => id);
    const personIdsByWhopUserId = await this.personApplyService.resolvePeople(
      transaction,
      memberships.map(toPersonSource),
    );
    const productsByWhopId = await this.findProductsByWhopId(
      transaction,
      memberships.map((membership) => parseWhopRelatedId(membership, 'product')).filter(isDefined),
    );
    const storedByMembershipId = await this.findOpportunitiesByMembershipId(
      transaction,
      membershipIds,
    );
    const latestPayments = await findLatestWhopPaymentsByMembership(
      transaction.manager,
      membershipIds,
    );
    const records: MembershipRecord[] = memberships.map((membership) => {
      const planId = parseWhopRelatedId(membership, 'plan');
      const plan = isDefined(planId) ? plansById.get(planId) : undefined;
      const productWhopId = parseWhopRelatedId(membership, 'product');
      const product = isDefined(productWhopId) ? productsByWhopId.get(productWhopId) : undefined;
      const whopUserId = parseWhopRelatedId(membership, 'user');
      const personId = isDefined(whopUserId)
        ? (personIdsByWhopUserId.get(whopUserId) ?? null)
        : null;
      const stored = storedByMembershipId.get(membership.id);
      // Named after its member (its plan has no title), an opportunity keeps its member's name
      // once the member's user deleted their Whop account: Whop no longer says who they were. A
      // name it cannot read the member's back from is kept whole.
      const isNamedAfterLostMember =
        isDefined(stored) &&
        !isDefined(whopUserId) &&
        !isDefined(parseWhopOptionalText(plan?.title));
      const lostMemberName = isNamedAfterLostMember
        ? readWhopOpportunityMemberName(stored.name)
        : null;
      const { stageWhenActive, ...columns } = transformWhopMembershipToOpportunity({
        membership,
        plan,
        productTitle: product?.name,
        memberDisplayName: lostMemberName,
      });

      if (isDefined(productWhopId) && !isDefined(product)) {
        transaction.issues.addWarning(
          membership.id,
          `Product ${productWhopId} is not synced yet: the opportunity has no product.`,
        );
      }

      if (isDefined(planId) && !isDefined(plan)) {
        transaction.issues.addWarning(
          membership.id,
          `Plan ${planId} is not synced: the opportunity's name and amount were left as they were, and its MRR while the membership is held.`,
        );
      }

      const planDerived: PlanDerivedColumns =
        isDefined(plan) || !isDefined(stored) ? columns : stored;

      return {
        membership,
        personId,
        customerId: personId ?? stored?.pointOfContactId ?? null,
        row: {
          ...columns,
          name: isNamedAfterLostMember && lostMemberName === null ? stored.name : planDerived.name,
          amountAmountMicros: planDerived.amountAmountMicros,
          amountCurrencyCode: planDerived.amountCurrencyCode,
          whopMrrAmountMicros: endWhopMrrUnlessHeld(
            membership.status,
            planDerived.whopMrrAmountMicros,
          ),
          whopMrrCurrencyCode: planDerived.whopMrrCurrencyCode,
          stage: stageWhenActive ?? NEW_OPPORTUNITY_STAGE,
          whopMembershipStatus: resolveWhopOpportunityMembershipStatus(
            membership.status,
            latestPayments.get(membership.id)?.classification ?? null,
            stored?.whopMembershipStatus ?? null,
          ),
          whopReportedMembershipStatus: membership.status,
          pointOfContactId: personId,
          whopProductId: product?.id ?? null,
          whopSyncedAt: transaction.syncedAt,
        },
      };
    });
    const upserted = await upsertWhopRecords(
      transaction.manager,
      OPPORTUNITY_WRITE,
      records.map(({ row }) => row),
    );
    const opportunityIds = new Map(upserted.map(({ key, id }) => [key, id]));
    const outcomes = new Map(upserted.map(({ key, outcome }) => [key, outcome]));

    // An opportunity that replaces a trashed one gets its payments now; its payment state (last
    // payment date, payment_failed and its task) is written at the end of the run.
    for (const { key } of await moveWhopChildrenFromTrashed(
      transaction.manager,
      'opportunity',
      'whopMembershipId',
      upserted.filter(({ outcome }) => outcome === 'created'),
    )) {
      transaction.deferredMembershipIds?.add(key);
    }

    const whopStatuses = new Map(memberships.map(({ id, status }) => [id, status]));

    // The payment that went through may be stored already with the membership still shown
    // payment_failed, or ended (a run that stopped after its payments, before its payment states; a
    // run that read the membership before Whop brought it back): this write then restores the
    // status, so it closes the task, once, as the payment state would have.
    await this.followUpTaskApplyService.closeFollowUps(
      transaction,
      upserted
        .filter(
          ({ key, outcome }) =>
            outcome === 'updated' &&
            hasWhopMembershipPaymentRecovered(
              storedByMembershipId.get(key)?.whopMembershipStatus ?? null,
              whopStatuses.get(key) ?? null,
              latestPayments.get(key)?.classification ?? null,
            ),
        )
        .map(({ key }) => buildWhopPaymentFollowUpKey(key)),
    );
    await this.refreshFollowUpsOfChangedMemberships(
      transaction,
      records.filter(({ membership }) => outcomes.get(membership.id) !== 'unchanged'),
      opportunityIds,
      storedByMembershipId,
      latestPayments,
    );
    await this.writeMembershipEvents(transaction, records, opportunityIds);
    // The people the memberships are with now, and those they were with (a membership moved to
    // another customer no longer counts for the first one).
    await this.rollupService.refreshPersonRollupsInTransaction(
      transaction,
      [
        ...records.map(({ personId }) => personId),
        ...[...storedByMembershipId.values()].map(({ pointOfContactId }) => pointOfContactId),
      ].filter(isDefined),
    );

    return countWhopUpsertOutcomes(upserted);
  }

  // What a membership's write changes in its follow-up: a membership renamed on Whop (its product
  // or plan) retitles its task, one transferred to another customer links them to it, and one that
  // becomes payment_failed (Whop brought it back, its latest payment failed; or it arrived after
  // that payment) gets its task, without waiting for a payment of it to change (a sync of changes
  // reads again only the payments Whop changed). The same failure, so a task the seller closed
  // stays closed and its due date stays theirs. Only while the latest payment is the failed one (a
  // later one still pending is not the failure the task tells of). In a sync run, the payments it
  // has not read yet may have changed that (a failed checkout that went through since): the
  // membership's payment state, task included, is then written at the end of the run, from them.
  private async refreshFollowUpsOfChangedMemberships(
    transaction: WhopApplyTransaction,
    records: MembershipRecord[],
    opportunityIds: Map<string, string>,
    storedByMembershipId: Map<string, StoredOpportunity>,
    latestPayments: Map<string, WhopLatestMembershipPayment>,
  ): Promise<void> {
    // The memberships whose change asks for a follow-up, with what it is built from.
    const changedFailing = records.flatMap(({ membership, row, customerId }) => {
      const stored = storedByMembershipId.get(membership.id);
      const latestPayment = latestPayments.get(membership.id);
      const opportunityId = opportunityIds.get(membership.id);
      const changed =
        !isDefined(stored) ||
        stored.name !== row.name ||
        stored.pointOfContactId !== customerId ||
        stored.whopMembershipStatus !== 'payment_failed';

      return changed &&
        isDefined(opportunityId) &&
        row.whopMembershipStatus === 'payment_failed' &&
        latestPayment?.classification === 'failed'
        ? [
            {
              membershipId: membership.id,
              name: row.name,
              latestPayment,
              customerId,
              opportunityId,
            },
          ]
        : [];
    });

    if (isDefined(transaction.deferredMembershipIds)) {
      for (const { membershipId } of changedFailing) {
        transaction.deferredMembershipIds.add(membershipId);
      }

      return;
    }

    if (changedFailing.length > 0) {
      await this.followUpTaskApplyService.openFollowUps(
        transaction,
        changedFailing.map(({ membershipId, name, latestPayment, customerId, opportunityId }) => ({
          ...buildWhopPaymentFollowUpTask(latestPayment, name),
          key: buildWhopPaymentFollowUpKey(membershipId),
          personId: customerId,
          opportunityId,
        })),
      );
    }
  }

  private async writeMembershipEvents(
    transaction: WhopApplyTransaction,
    records: MembershipRecord[],
    opportunityIds: Map<string, string>,
  ): Promise<void> {
    const activities: WhopTimelineActivityEntry[] = [];
    const notes: WhopNoteEntry[] = [];

    for (const { membership, row, customerId } of records) {
      const opportunityId = opportunityIds.get(membership.id) ?? null;
      const events = listWhopMembershipTimelineEvents(membership);

      for (const event of events) {
        const activity = buildWhopMembershipTimelineActivity({
          event,
          membership,
          linkedRecordCachedName: row.name,
        });

        if (!isDefined(activity)) {
          continue;
        }

        activities.push({
          activity,
          personId: customerId,
          opportunityId,
          linkedRecordId: opportunityId,
        });

        if (event !== 'activated' && event === events[events.length - 1]) {
          notes.push({
            ...buildWhopMembershipEndedNote({
              event,
              membership,
              opportunityName: row.name,
              happensAt: activity.happensAt,
            }),
            key: activity.dedupeKey,
            personId: customerId,
            opportunityId,
          });
        }
      }
    }

    await this.timelineActivityApplyService.insertActivities(transaction, activities);
    await this.noteApplyService.createNotesOnce(transaction, notes);
  }

  private findProductsByWhopId(
    { manager }: WhopApplyTransaction,
    whopIds: string[],
  ): Promise<Map<string, { id: string; whopId: string; name: string }>> {
    return findWhopRecordsByKey<{ id: string; whopId: string; name: string }>(
      manager,
      'whopProduct',
      'whopId',
      whopIds,
      ['id', 'name'],
    );
  }

  private findOpportunitiesByMembershipId(
    { manager }: WhopApplyTransaction,
    membershipIds: string[],
  ): Promise<Map<string, StoredOpportunity>> {
    return findWhopRecordsByKey<StoredOpportunity>(
      manager,
      'opportunity',
      'whopMembershipId',
      membershipIds,
      [
        'id',
        'whopMembershipStatus',
        'name',
        'amountAmountMicros',
        'amountCurrencyCode',
        'whopMrrAmountMicros',
        'whopMrrCurrencyCode',
        'pointOfContactId',
      ],
    );
  }
}
