import { Injectable } from '@nestjs/common';
import { type WhopApplyTransaction } from 'src/modules/whop/services/apply/whop-apply.types';
import { STORED_ALIAS } from 'src/modules/whop/services/apply/utils/build-whop-record-update-sql.util';
import {
  insertMissingWhopActivityTargets,
  WHOP_TASK_TARGETS,
} from 'src/modules/whop/services/apply/utils/insert-missing-whop-activity-targets.util';
import {
  type WhopKeyedRecordWrite,
  writeWhopRecords,
} from 'src/modules/whop/services/apply/utils/upsert-whop-records.util';
import { type WhopFollowUpTaskContent } from 'src/modules/whop/services/apply/utils/whop-record-content.type';

// A follow-up task keyed by `whopFollowUpKey` (one per membership), on a person (the membership's
// customer; a customer it was transferred to is added) and an opportunity.
export type WhopFollowUpTaskEntry = WhopFollowUpTaskContent & {
  key: string;
  personId: string | null;
  opportunityId: string | null;
};

const stored = (column: string): string => `${STORED_ALIAS}."${column}"`;

// Whether the incoming task tells of another failure (payment or reason) than the stored one.
const isNewFailureSql = (incoming: string): string =>
  `${incoming}."whopFollowUpFailure" IS DISTINCT FROM ${stored('whopFollowUpFailure')}`;

// The incoming value on a new failure, else the stored one.
const onNewFailureSql = (incoming: string, column: string): string =>
  `CASE WHEN ${isNewFailureSql(incoming)} THEN ${incoming}."${column}" ELSE ${stored(column)} END`;

// The incoming value on a new failure, and while the seller left the stored one as the sync last
// wrote it (kept in `lastWritten`); else the seller's.
const followsWhopSql = (incoming: string, column: string, lastWritten: string): string =>
  `CASE WHEN ${isNewFailureSql(incoming)} OR ${stored(column)} IS NOT DISTINCT FROM ${stored(lastWritten)}
    THEN ${incoming}."${column}" ELSE ${stored(column)} END`;

// A new failure reopens the task (TODO, out of the trash) with its own text and due date, and
// forgets that the sync closed it for the failure before. The same failure again never reopens a
// task the seller closed or deleted; its title, body and due date follow Whop (a renamed
// opportunity, Whop's next retry) until the seller changes them: they then differ from what the
// sync last wrote, kept in `whopFollowUpTitle`, `whopFollowUpBody` and `whopFollowUpDueAt`.
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
    'whopFollowUpTitle',
    'whopFollowUpBody',
    'whopFollowUpFailure',
    'whopFollowUpDueAt',
    'whopFollowUpClosedAt',
  ],
  assignments: {
    title: (incoming) => followsWhopSql(incoming, 'title', 'whopFollowUpTitle'),
    bodyV2Markdown: (incoming) => followsWhopSql(incoming, 'bodyV2Markdown', 'whopFollowUpBody'),
    dueAt: (incoming) => followsWhopSql(incoming, 'dueAt', 'whopFollowUpDueAt'),
    status: (incoming) => onNewFailureSql(incoming, 'status'),
    deletedAt: (incoming) => onNewFailureSql(incoming, 'deletedAt'),
    whopFollowUpClosedAt: (incoming) => onNewFailureSql(incoming, 'whopFollowUpClosedAt'),
  },
  untrackedColumns: ['status', 'whopFollowUpClosedAt'],
};

// Opens, refreshes and closes the integration's follow-up tasks, a page at a time.
@Injectable()
export class WhopFollowUpTaskApplyService {
  async openFollowUps(
    { manager }: WhopApplyTransaction,
    tasks: WhopFollowUpTaskEntry[],
  ): Promise<void> {
    await writeWhopRecords(
      manager,
      FOLLOW_UP_TASK_WRITE,
      tasks.map(({ key, title, body, dueAt, failure }) => ({
        whopFollowUpKey: key,
        title,
        bodyV2Markdown: body,
        dueAt,
        status: 'TODO',
        deletedAt: null,
        whopFollowUpTitle: title,
        whopFollowUpBody: body,
        whopFollowUpFailure: failure,
        whopFollowUpDueAt: dueAt,
        whopFollowUpClosedAt: null,
      })),
    );
    await insertMissingWhopActivityTargets(manager, WHOP_TASK_TARGETS, tasks);
  }

  // Closes each task once for the failure it tells of: one the sync closed before, or that the
  // seller had closed by then, stays as the seller leaves it after (reopened, say), until a new
  // failure.
  async closeFollowUps({ manager }: WhopApplyTransaction, keys: string[]): Promise<void> {
    if (keys.length === 0) {
      return;
    }

    await manager
      .createQueryBuilder()
      .update('task')
      .set({ status: 'DONE', whopFollowUpClosedAt: () => 'now()' })
      .where('"whopFollowUpKey" IN (:...keys)', { keys })
      .andWhere('"whopFollowUpClosedAt" IS NULL')
      .execute();
  }
}
