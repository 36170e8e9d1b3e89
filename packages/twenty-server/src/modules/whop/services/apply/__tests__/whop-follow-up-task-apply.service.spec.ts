import { type WhopApplyTransaction } from 'src/modules/whop/services/apply/whop-apply.types';
import { WhopFollowUpTaskApplyService } from 'src/modules/whop/services/apply/whop-follow-up-task-apply.service';
import { insertWhopRecords } from 'src/modules/whop/services/apply/utils/insert-whop-records.util';
import { upsertWhopRecords } from 'src/modules/whop/services/apply/utils/upsert-whop-records.util';

jest.mock('src/modules/whop/services/apply/utils/insert-whop-records.util');
jest.mock('src/modules/whop/services/apply/utils/upsert-whop-records.util');

// The SQL the task upsert assigns `column` with, the incoming row aliased "incoming".
const readAssignment = async (column: 'status' | 'dueAt'): Promise<string> => {
  jest.mocked(upsertWhopRecords).mockResolvedValue([]);
  jest.mocked(insertWhopRecords).mockResolvedValue(undefined as never);

  await new WhopFollowUpTaskApplyService().openFollowUps(
    { manager: {} } as unknown as WhopApplyTransaction,
    [
      {
        key: 'whop:payment-failed:mem_1',
        title: 'Follow up: failed payment for Pro — Monthly',
        body: '- **Failure:** Declined.\n- **Whop payment:** pay_1',
        dueAt: null,
        personId: null,
        opportunityId: null,
      },
    ],
  );

  const [[, write]] = jest.mocked(upsertWhopRecords).mock.calls;

  return write.assignments?.[column]?.('"incoming"') ?? '';
};

describe('WhopFollowUpTaskApplyService', () => {
  beforeEach(() => jest.clearAllMocks());

  // The title and the body's first line name the opportunity: a product or plan renamed on Whop
  // is the same failure, which must not reopen a task the seller closed nor move its due date.
  it.each(['status', 'dueAt'] as const)(
    'tells a new failure from the same one by the failure alone when writing %s',
    async (column) => {
      const assignment = await readAssignment(column);

      expect(assignment).toContain(`strpos("incoming"."bodyV2Markdown", '- **Failure:** ')`);
      expect(assignment).toContain(`strpos("stored"."bodyV2Markdown", '- **Failure:** ')`);
      expect(assignment).not.toContain('"title"');
    },
  );
});
