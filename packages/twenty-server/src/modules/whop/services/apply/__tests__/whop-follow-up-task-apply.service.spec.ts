import { type WhopApplyTransaction } from 'src/modules/whop/services/apply/whop-apply.types';
import { WhopFollowUpTaskApplyService } from 'src/modules/whop/services/apply/whop-follow-up-task-apply.service';
import { insertMissingWhopActivityTargets } from 'src/modules/whop/services/apply/utils/insert-missing-whop-activity-targets.util';
import { writeWhopRecords } from 'src/modules/whop/services/apply/utils/upsert-whop-records.util';

jest.mock('src/modules/whop/services/apply/utils/insert-missing-whop-activity-targets.util');
jest.mock('src/modules/whop/services/apply/utils/upsert-whop-records.util');

const DUE_AT = new Date('2026-04-05T09:31:00.000Z');

// The task upsert's write and rows for one follow-up.
const readUpsert = async () => {
  jest.mocked(writeWhopRecords).mockResolvedValue(undefined);
  jest.mocked(insertMissingWhopActivityTargets).mockResolvedValue(undefined);

  await new WhopFollowUpTaskApplyService().openFollowUps(
    { manager: {} } as unknown as WhopApplyTransaction,
    [
      {
        key: 'whop:payment-failed:mem_1',
        title: 'Follow up: failed payment for Pro — Monthly',
        body: 'The latest payment for Pro — Monthly failed on Whop.\n\n- **Failure:** Declined.',
        dueAt: DUE_AT,
        failure: '- **Failure:** Declined.',
        personId: null,
        opportunityId: null,
      },
    ],
  );

  const [[, write, rows]] = jest.mocked(writeWhopRecords).mock.calls;

  return { write, rows };
};

describe('WhopFollowUpTaskApplyService', () => {
  beforeEach(() => jest.clearAllMocks());

  it('stores the text, the failure and the due date it wrote beside what the seller sees', async () => {
    const { rows } = await readUpsert();

    expect(rows).toEqual([
      expect.objectContaining({
        status: 'TODO',
        dueAt: DUE_AT,
        deletedAt: null,
        whopFollowUpTitle: 'Follow up: failed payment for Pro — Monthly',
        whopFollowUpBody:
          'The latest payment for Pro — Monthly failed on Whop.\n\n- **Failure:** Declined.',
        whopFollowUpFailure: '- **Failure:** Declined.',
        whopFollowUpDueAt: DUE_AT,
      }),
    ]);
  });

  // A product or plan renamed on Whop, or a body the seller edited, is the same failure: it must
  // not reopen a task the seller closed nor move a due date they set.
  it.each(['status', 'dueAt', 'deletedAt'])(
    'tells a new failure from the same one by the stored failure alone when writing %s',
    async (column) => {
      const { write } = await readUpsert();
      const assignment = write.assignments?.[column]?.('"incoming"') ?? '';

      expect(assignment).toContain(
        '"incoming"."whopFollowUpFailure" IS DISTINCT FROM "stored"."whopFollowUpFailure"',
      );
      expect(assignment).not.toMatch(/"title"|"bodyV2Markdown"/);
    },
  );
});
