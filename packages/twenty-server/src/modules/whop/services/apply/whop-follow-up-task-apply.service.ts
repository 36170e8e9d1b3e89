import { Injectable } from '@nestjs/common';
import { isDefined } from 'twenty-shared';

import { type WhopApplyTransaction } from 'src/modules/whop/services/apply/whop-apply.types';
import { WHOP_PAYMENT_FAILURE_IDENTITY_START } from 'src/modules/whop/services/apply/utils/build-whop-payment-failure-content.util';
import { STORED_ALIAS } from 'src/modules/whop/services/apply/utils/build-whop-record-update-sql.util';
import { insertWhopRecords } from 'src/modules/whop/services/apply/utils/insert-whop-records.util';
import { upsertWhopRecords } from 'src/modules/whop/services/apply/utils/upsert-whop-records.util';
import { type WhopFollowUpTaskContent } from 'src/modules/whop/services/apply/utils/whop-record-content.type';
import { type WhopRecordWrite } from 'src/modules/whop/services/apply/utils/whop-record-write.type';

// A follow-up task keyed by `whopFollowUpKey` (one per membership and reason), on a person and an
// opportunity.
export type WhopFollowUpTaskEntry = WhopFollowUpTaskContent & {
  key: string;
  personId: string | null;
  opportunityId: string | null;
};

// The failure a task's body tells of (its reason and payment), without the opportunity's name.
const failureSql = (alias: string): string =>
  `substring(${alias}."bodyV2Markdown" FROM strpos(${alias}."bodyV2Markdown", '${WHOP_PAYMENT_FAILURE_IDENTITY_START}'))`;

// Whether the incoming task tells of another failure than the stored one.
const isNewFailureSql = (incoming: string): string =>
  `${failureSql(incoming)} IS DISTINCT FROM ${failureSql(STORED_ALIAS)}`;

// A new failure (another payment or reason) reopens the task (TODO) with its own due date.
// Re-applying the same failure never reopens a task the seller closed, nor moves or brings back a
// due date they changed or cleared; its title and body still follow a renamed opportunity.
const FOLLOW_UP_TASK_WRITE: WhopRecordWrite & { keyColumn: string } = {
  objectName: 'task',
  keyColumn: 'whopFollowUpKey',
  columns: ['whopFollowUpKey', 'title', 'bodyV2Markdown', 'dueAt', 'status'],
  assignments: {
    dueAt: (incoming) =>
      `CASE WHEN ${isNewFailureSql(incoming)} THEN ${incoming}."dueAt" ELSE ${STORED_ALIAS}."dueAt" END`,
    status: (incoming) =>
      `CASE WHEN ${isNewFailureSql(incoming)} THEN ${incoming}."status" ELSE ${STORED_ALIAS}."status" END`,
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
