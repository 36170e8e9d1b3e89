import { type EntityManager } from 'typeorm';

import { getWhopTableReference } from 'src/modules/whop/services/apply/utils/get-whop-table-reference.util';

type WhopChildLink = {
  objectName: string;
  column: string;
  // Which of the object's rows the sync wrote (SQL over the child's own columns).
  writtenBySync: (manager: EntityManager) => string;
};

const ALWAYS = () => 'TRUE';
const WHOP_TIMELINE_ENTRY = () => '"whopEventKey" IS NOT NULL';
const targetOf = (activity: 'note' | 'task', keyColumn: string) => (manager: EntityManager) =>
  `"${activity}Id" IN (SELECT "id" FROM ${getWhopTableReference(manager, activity)}
     WHERE "${keyColumn}" IS NOT NULL)`;

// What the sync writes under a person or an opportunity: payments, memberships (a person's), its
// timeline entries, and the targets of its notes and follow-up tasks.
const WHOP_CHILD_LINKS: Record<'person' | 'opportunity', WhopChildLink[]> = {
  person: [
    { objectName: 'whopPayment', column: 'personId', writtenBySync: ALWAYS },
    {
      objectName: 'opportunity',
      column: 'pointOfContactId',
      writtenBySync: () => '"whopMembershipId" IS NOT NULL',
    },
    {
      objectName: 'timelineActivity',
      column: 'targetPersonId',
      writtenBySync: WHOP_TIMELINE_ENTRY,
    },
    {
      objectName: 'noteTarget',
      column: 'personId',
      writtenBySync: targetOf('note', 'whopNoteKey'),
    },
    {
      objectName: 'taskTarget',
      column: 'personId',
      writtenBySync: targetOf('task', 'whopFollowUpKey'),
    },
  ],
  opportunity: [
    { objectName: 'whopPayment', column: 'opportunityId', writtenBySync: ALWAYS },
    {
      objectName: 'timelineActivity',
      column: 'targetOpportunityId',
      writtenBySync: WHOP_TIMELINE_ENTRY,
    },
    {
      objectName: 'timelineActivity',
      column: 'linkedRecordId',
      writtenBySync: WHOP_TIMELINE_ENTRY,
    },
    {
      objectName: 'noteTarget',
      column: 'opportunityId',
      writtenBySync: targetOf('note', 'whopNoteKey'),
    },
    {
      objectName: 'taskTarget',
      column: 'opportunityId',
      writtenBySync: targetOf('task', 'whopFollowUpKey'),
    },
  ],
};

// A person or an opportunity the seller trashed is written anew, under the same Whop key, by the
// next sync that reads it (its key is unique among the records not in the trash). What the sync
// wrote under the trashed one follows the record that replaces it, so the customer's payments,
// lifetime value and Whop history are there; what the seller wrote stays with the record they
// trashed. `replacements` are the records just written under a key (created, or a person linked by
// email); answers those that replace a trashed record. One probe of a small index when nothing is
// in the trash.
export const moveWhopChildrenFromTrashed = async (
  manager: EntityManager,
  parent: 'person' | 'opportunity',
  keyColumn: string,
  replacements: { key: string; id: string }[],
): Promise<{ key: string; id: string }[]> => {
  if (replacements.length === 0) {
    return [];
  }

  const idsByKey = new Map(replacements.map(({ key, id }) => [key, id]));
  const trashed: { id: string; key: string }[] = await manager.query(
    `SELECT "id", "${keyColumn}" AS "key" FROM ${getWhopTableReference(manager, parent)}
     WHERE "${keyColumn}" = ANY($1::text[]) AND "deletedAt" IS NOT NULL`,
    [[...idsByKey.keys()]],
  );

  if (trashed.length === 0) {
    return [];
  }

  const fromIds = trashed.map(({ id }) => id);
  const toIds = trashed.map(({ key }) => idsByKey.get(key)!);

  for (const { objectName, column, writtenBySync } of WHOP_CHILD_LINKS[parent]) {
    await manager.query(
      `UPDATE ${getWhopTableReference(manager, objectName)} AS "child"
       SET "${column}" = "moves"."toId"
       FROM unnest($1::uuid[], $2::uuid[]) AS "moves"("fromId", "toId")
       WHERE "child"."${column}" = "moves"."fromId" AND "child"."deletedAt" IS NULL
         AND ${writtenBySync(manager)}`,
      [fromIds, toIds],
    );
  }

  const replacedKeys = new Set(trashed.map(({ key }) => key));

  return replacements.filter(({ key }) => replacedKeys.has(key));
};
