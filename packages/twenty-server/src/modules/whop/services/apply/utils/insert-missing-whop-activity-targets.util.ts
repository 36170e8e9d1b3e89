import { isDefined } from 'twenty-shared';
import { type EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';

import { getWhopTableReference } from 'src/modules/whop/services/apply/utils/get-whop-table-reference.util';

// A note or a task the integration keys (`keyColumn`), and its targets' object.
export type WhopActivityTargets = {
  activityObject: 'note' | 'task';
  keyColumn: 'whopNoteKey' | 'whopFollowUpKey';
  targetObject: 'noteTarget' | 'taskTarget';
  activityIdColumn: 'noteId' | 'taskId';
};

export const WHOP_NOTE_TARGETS: WhopActivityTargets = {
  activityObject: 'note',
  keyColumn: 'whopNoteKey',
  targetObject: 'noteTarget',
  activityIdColumn: 'noteId',
};

export const WHOP_TASK_TARGETS: WhopActivityTargets = {
  activityObject: 'task',
  keyColumn: 'whopFollowUpKey',
  targetObject: 'taskTarget',
  activityIdColumn: 'taskId',
};

// An activity by its key, with the person and the opportunity it is about.
export type WhopActivityTargetEntry = {
  key: string;
  personId: string | null;
  opportunityId: string | null;
};

// One row per target, each once (the statement cannot see the rows it inserts itself).
const toTargetRows = (entries: WhopActivityTargetEntry[]): WhopActivityTargetEntry[] => {
  const rows = new Map<string, WhopActivityTargetEntry>();

  for (const { key, personId, opportunityId } of entries) {
    if (isDefined(personId)) {
      rows.set(`${key} person ${personId}`, { key, personId, opportunityId: null });
    }
    if (isDefined(opportunityId)) {
      rows.set(`${key} opportunity ${opportunityId}`, { key, personId: null, opportunityId });
    }
  }

  return [...rows.values()];
};

// The targets of these activities that are not there yet, in one statement: a new activity's, and
// one an activity written earlier could not have (a payment applied before its membership has no
// opportunity yet; a membership transferred since has another customer). A target once written,
// even one since deleted, is not written again, and an activity the seller deleted gets none.
export const insertMissingWhopActivityTargets = async (
  manager: EntityManager,
  { activityObject, keyColumn, targetObject, activityIdColumn }: WhopActivityTargets,
  entries: WhopActivityTargetEntry[],
): Promise<void> => {
  const rows = toTargetRows(entries);

  if (rows.length === 0) {
    return;
  }

  const activities = getWhopTableReference(manager, activityObject);
  const targets = getWhopTableReference(manager, targetObject);

  await manager.query(
    `INSERT INTO ${targets} ("id", "${activityIdColumn}", "personId", "opportunityId")
     SELECT "incoming"."id", "activity"."id", "incoming"."personId", "incoming"."opportunityId"
     FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[])
       AS "incoming"("id", "key", "personId", "opportunityId")
     JOIN ${activities} AS "activity" ON "activity"."${keyColumn}" = "incoming"."key"
     WHERE "activity"."deletedAt" IS NULL
       AND NOT EXISTS (
       SELECT 1 FROM ${targets} AS "stored"
       WHERE "stored"."${activityIdColumn}" = "activity"."id"
         AND ("stored"."personId" = "incoming"."personId"
           OR "stored"."opportunityId" = "incoming"."opportunityId"))`,
    [
      rows.map(() => uuidv7()),
      rows.map(({ key }) => key),
      rows.map(({ personId }) => personId),
      rows.map(({ opportunityId }) => opportunityId),
    ],
  );
};
