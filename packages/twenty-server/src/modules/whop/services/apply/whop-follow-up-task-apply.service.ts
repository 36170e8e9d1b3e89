import { Injectable } from '@nestjs/common';
import { isDefined } from 'twenty-shared';

import { type WhopApplyTransaction } from 'src/modules/whop/services/apply/whop-apply.types';
import { insertWhopRecords } from 'src/modules/whop/services/apply/utils/insert-whop-records.util';
import { upsertWhopRecords } from 'src/modules/whop/services/apply/utils/upsert-whop-records.util';
import { type WhopFollowUpTaskContent } from 'src/modules/whop/services/apply/utils/build-whop-payment-failure-content.util';
import { type WhopRecordWrite } from 'src/modules/whop/services/apply/utils/whop-record-write.type';

// A follow-up task keyed by `whopFollowUpKey` (one per membership and reason), on a person and an
// opportunity.
export type WhopFollowUpTaskEntry = WhopFollowUpTaskContent & {
  key: string;
  personId: string | null;
  opportunityId: string | null;
};

// The task is reopened (TODO) only when its content or due date changes, i.e. a new failure or a
// new retry planned: re-applying the same failure never reopens a task the seller closed.
const FOLLOW_UP_TASK_WRITE: WhopRecordWrite & { keyColumn: string } = {
  objectName: 'task',
  keyColumn: 'whopFollowUpKey',
  columns: ['whopFollowUpKey', 'title', 'bodyV2Markdown', 'dueAt', 'status'],
  untrackedColumns: ['status'],
};

// Opens, refreshes and closes the integration's follow-up tasks, a page at a time.
@Injectable()
export class WhopFollowUpTaskApplyService {
  async openFollowUps(
    { manager }: WhopApplyTransaction,
    tasks: WhopFollowUpTaskEntry[],
  ): Promise<void> {
    const written = await upsertWhopRecords(
      manager,
      FOLLOW_UP_TASK_WRITE,
      tasks.map(({ key, title, body, dueAt }) => ({
        whopFollowUpKey: key,
        title,
        bodyV2Markdown: body,
        dueAt,
        status: 'TODO',
      })),
    );
    const tasksByKey = new Map(tasks.map((task) => [task.key, task]));

    await insertWhopRecords(
      manager,
      'taskTarget',
      written
        .filter(({ outcome }) => outcome === 'created')
        .flatMap(({ id, key }) => {
          const task = tasksByKey.get(key);

          return [
            ...(isDefined(task?.personId)
              ? [{ taskId: id, personId: task.personId, opportunityId: null }]
              : []),
            ...(isDefined(task?.opportunityId)
              ? [{ taskId: id, personId: null, opportunityId: task.opportunityId }]
              : []),
          ];
        }),
    );
  }

  async closeFollowUps({ manager }: WhopApplyTransaction, keys: string[]): Promise<void> {
    if (keys.length === 0) {
      return;
    }

    await manager
      .createQueryBuilder()
      .update('task')
      .set({ status: 'DONE' })
      .where('"whopFollowUpKey" IN (:...keys)', { keys })
      .andWhere(`"status" <> 'DONE'`)
      .execute();
  }
}
