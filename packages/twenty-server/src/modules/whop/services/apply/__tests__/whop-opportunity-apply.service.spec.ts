import { type WhopMembershipStatus } from 'src/modules/whop/constants/whop-membership-statuses.constant';
import { type WhopApplyTransactionService } from 'src/modules/whop/services/apply/whop-apply-transaction.service';
import {
  type WhopApplyContext,
  type WhopApplyTransaction,
} from 'src/modules/whop/services/apply/whop-apply.types';
import { type WhopFollowUpTaskApplyService } from 'src/modules/whop/services/apply/whop-follow-up-task-apply.service';
import { type WhopNoteApplyService } from 'src/modules/whop/services/apply/whop-note-apply.service';
import { WhopOpportunityApplyService } from 'src/modules/whop/services/apply/whop-opportunity-apply.service';
import { type WhopPersonApplyService } from 'src/modules/whop/services/apply/whop-person-apply.service';
import { type WhopRollupService } from 'src/modules/whop/services/apply/whop-rollup.service';
import { type WhopTimelineActivityApplyService } from 'src/modules/whop/services/apply/whop-timeline-activity-apply.service';
import { findLatestWhopPaymentsByMembership } from 'src/modules/whop/services/apply/utils/find-latest-whop-payments-by-membership.util';
import { findWhopRecordsByKey } from 'src/modules/whop/services/apply/utils/find-whop-records-by-key.util';
import {
  type WhopUpsertOutcome,
  upsertWhopRecords,
} from 'src/modules/whop/services/apply/utils/upsert-whop-records.util';
import { type WhopPaymentClassification } from 'src/modules/whop/utils/classify-whop-payment.util';
import {
  buildWhopMembership,
  buildWhopPlan,
} from 'src/modules/whop/utils/__tests__/whop-api.fixtures';

jest.mock('src/modules/whop/services/apply/utils/find-latest-whop-payments-by-membership.util');
jest.mock('src/modules/whop/services/apply/utils/find-whop-records-by-key.util');
jest.mock('src/modules/whop/services/apply/utils/upsert-whop-records.util');

const FOLLOW_UP_KEY = 'whop:payment-failed:mem_1';

type Situation = {
  storedStatus: WhopMembershipStatus;
  latestPayment: WhopPaymentClassification;
  // What the upsert did to the opportunity: `unchanged` when a newer version is stored.
  outcome?: WhopUpsertOutcome;
};

// The membership step of a sync, its database replaced: mem_1 stored with `storedStatus`, its
// latest stored payment classified `latestPayment`, Whop saying the membership is active.
const applyActiveMembership = async ({
  storedStatus,
  latestPayment,
  outcome = 'updated',
}: Situation) => {
  const transaction = {
    manager: {},
    issues: { addWarning: jest.fn() },
  } as unknown as WhopApplyTransaction;
  const followUpTasks = {
    closeFollowUps: jest.fn().mockResolvedValue(undefined),
    openFollowUps: jest.fn().mockResolvedValue(undefined),
  };

  jest.mocked(findWhopRecordsByKey).mockImplementation(async (_manager, objectName) =>
    objectName === 'opportunity'
      ? new Map([
          [
            'mem_1',
            {
              id: 'opportunity-1',
              whopMembershipId: 'mem_1',
              stage: 'CUSTOMER',
              name: 'Pro Community — Monthly',
              whopMembershipStatus: storedStatus,
              pointOfContactId: 'person-1',
            },
          ],
        ])
      : new Map([['prod_1', { id: 'product-1', whopId: 'prod_1', name: 'Pro Community' }]]),
  );
  jest
    .mocked(findLatestWhopPaymentsByMembership)
    .mockResolvedValue(
      new Map([['mem_1', { whopMembershipId: 'mem_1', classification: latestPayment } as never]]),
    );
  jest
    .mocked(upsertWhopRecords)
    .mockResolvedValue([{ id: 'opportunity-1', key: 'mem_1', outcome }]);

  const service = new WhopOpportunityApplyService(
    {
      run: (_context: WhopApplyContext, work: (transaction: WhopApplyTransaction) => unknown) =>
        work(transaction),
    } as unknown as WhopApplyTransactionService,
    {
      resolvePeople: jest.fn().mockResolvedValue(new Map([['user_1', 'person-1']])),
    } as unknown as WhopPersonApplyService,
    { insertActivities: jest.fn() } as unknown as WhopTimelineActivityApplyService,
    { createNotesOnce: jest.fn() } as unknown as WhopNoteApplyService,
    { refreshPersonRollupsInTransaction: jest.fn() } as unknown as WhopRollupService,
    followUpTasks as unknown as WhopFollowUpTaskApplyService,
  );

  await service.applyMemberships(
    {} as WhopApplyContext,
    [buildWhopMembership()],
    new Map([['plan_1', buildWhopPlan()]]),
  );

  const [[, , rows]] = jest.mocked(upsertWhopRecords).mock.calls;
  const closedKeys = followUpTasks.closeFollowUps.mock.calls.flatMap(([, keys]) => keys);

  // Nothing changed but the status: none of these opens a task.
  expect(followUpTasks.openFollowUps).not.toHaveBeenCalled();

  return { status: rows[0].whopMembershipStatus, closedKeys };
};

describe('WhopOpportunityApplyService', () => {
  beforeEach(() => jest.clearAllMocks());

  // A run that stored the successful retry, then failed before its totals step: the next run's
  // membership step is the one that moves the opportunity out of payment_failed.
  it('closes the follow-up task when it restores a payment_failed membership whose latest payment went through', async () => {
    expect(
      await applyActiveMembership({ storedStatus: 'payment_failed', latestPayment: 'succeeded' }),
    ).toEqual({ status: 'active', closedKeys: [FOLLOW_UP_KEY] });
  });

  it('closes nothing once the membership was restored: a task the seller reopened stays open', async () => {
    expect(
      await applyActiveMembership({ storedStatus: 'active', latestPayment: 'succeeded' }),
    ).toEqual({ status: 'active', closedKeys: [] });
  });

  it('closes nothing while the latest payment still failed', async () => {
    expect(
      await applyActiveMembership({ storedStatus: 'payment_failed', latestPayment: 'failed' }),
    ).toEqual({ status: 'payment_failed', closedKeys: [] });
  });

  it('closes nothing when a newer version of the membership kept the opportunity as it was', async () => {
    expect(
      await applyActiveMembership({
        storedStatus: 'payment_failed',
        latestPayment: 'succeeded',
        outcome: 'unchanged',
      }),
    ).toEqual({ status: 'active', closedKeys: [] });
  });
});
