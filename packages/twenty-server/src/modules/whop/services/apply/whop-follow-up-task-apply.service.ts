import { Injectable } from '@nestjs/common';
import { isDefined } from 'twenty-shared';

import { type WhopApplyTransaction } from 'src/modules/whop/services/apply/whop-apply.types';
import { STORED_ALIAS } from 'src/modules/whop/services/apply/utils/build-whop-record-update-sql.util';
import { insertWhopRecords } from 'src/modules/whop/services/apply/utils/insert-whop-records.util';
import {
  type WhopKeyedRecordWrite,
  upsertWhopRecords,
} from 'src/modules/whop/services/apply/utils/upsert-whop-records.util';
import { type WhopFollowUpTaskContent } from 'src/modules/whop/services/apply/utils/whop-record-content.type';

// A follow-up task keyed by `whopFollowUpKey` (one per membership), on a person and an
// opportunity.
export type WhopFollowUpTaskEntry = WhopFollowUpTaskContent & {
  key: string;
  personId: string | null;
  opportunityId: string | null;
};

const stored = (column: string): string => `${STORED_ALIAS}."${column}"`;

// Whether the incoming task tells of another failure (payment or reason) than the stored one.
const isNewFailureSql = (incoming: string): string =>
  `${incoming}."whopFollowUpFailure" IS DISTINCT FROM ${stored('whopFollowUpFailure')}`;

// A new failure reopens the task (TODO, out of the trash) with its own due date. The same failure
// again never reopens a task the seller closed or deleted; its due date follows Whop's next retry
// until the seller changes or clears it (it then differs from the one the sync last wrote, kept in
// `whopFollowUpDueAt`). Its title and body follow a renamed opportunity.
const FOLLOW_UP_TASK_WRITE: WhopKeyedRecordWrite = {
  objectName: 'task',
  keyColumn: 'whopFollowUpKey',
  keyScope: 'all',
  columns: [
    'whopFollowUpKey',
    'title',
    'bodyV2Markdown',
    'dueAt',
    'status',
    'deletedAt',
    'whopFollowUpFailure',
    'whopFollowUpDueAt',
  ],
  assignments: {
    dueAt: (incoming) =>
      `CASE WHEN ${isNewFailureSql(incoming)} OR ${stored('dueAt')} IS NOT DISTINCT FROM ${stored('whopFollowUpDueAt')}
        THEN ${incoming}."dueAt" ELSE ${stored('dueAt')} END`,
    status: (incoming) =>
      `CASE WHEN ${isNewFailureSql(incoming)} THEN ${incoming}."status" ELSE ${stored('status')} END`,
    deletedAt: (incoming) =>
      `CASE WHEN ${isNewFailureSql(incoming)} THEN ${incoming}."deletedAt" ELSE ${stored('deletedAt')} END`,
  },
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
      tasks.map(({ key, title, body, dueAt, failure }) => ({
        whopFollowUpKey: key,
        title,
        bodyV2Markdown: body,
        dueAt,
        status: 'TODO',
        deletedAt: null,
        whopFollowUpFailure: failure,
        whopFollowUpDueAt: dueAt,
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
