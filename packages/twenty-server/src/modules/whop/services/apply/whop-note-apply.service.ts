import { Injectable } from '@nestjs/common';
import { isDefined } from 'twenty-shared';
import { type EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';

import { type WhopApplyTransaction } from 'src/modules/whop/services/apply/whop-apply.types';
import { getWhopTableReference } from 'src/modules/whop/services/apply/utils/get-whop-table-reference.util';
import { insertWhopRecords } from 'src/modules/whop/services/apply/utils/insert-whop-records.util';
import { type WhopRecordContent } from 'src/modules/whop/services/apply/utils/whop-record-content.type';

// A note the integration writes once (its `whopNoteKey`), on a person and an opportunity.
export type WhopNoteEntry = WhopRecordContent & {
  key: string;
  personId: string | null;
  opportunityId: string | null;
};

type NoteTargetRow = { key: string; personId: string | null; opportunityId: string | null };

// One row per target, each once (the statement cannot see the rows it inserts itself).
const toTargetRows = (notes: WhopNoteEntry[]): NoteTargetRow[] => {
  const rows = new Map<string, NoteTargetRow>();

  for (const { key, personId, opportunityId } of notes) {
    if (isDefined(personId)) {
      rows.set(`${key} person ${personId}`, { key, personId, opportunityId: null });
    }
    if (isDefined(opportunityId)) {
      rows.set(`${key} opportunity ${opportunityId}`, { key, personId: null, opportunityId });
    }
  }

  return [...rows.values()];
};

// The page's notes' targets that are not there yet, in one statement: a new note's, and one a note
// written earlier could not have (a payment applied before its membership has no opportunity yet).
// A target once written, even one since deleted, is not written again.
const insertMissingNoteTargets = async (
  manager: EntityManager,
  rows: NoteTargetRow[],
): Promise<void> => {
  if (rows.length === 0) {
    return;
  }

  const notes = getWhopTableReference(manager, 'note');
  const targets = getWhopTableReference(manager, 'noteTarget');

  await manager.query(
    `INSERT INTO ${targets} ("id", "noteId", "personId", "opportunityId")
     SELECT "incoming"."id", "note"."id", "incoming"."personId", "incoming"."opportunityId"
     FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[])
       AS "incoming"("id", "key", "personId", "opportunityId")
     JOIN ${notes} AS "note" ON "note"."whopNoteKey" = "incoming"."key"
     WHERE NOT EXISTS (
       SELECT 1 FROM ${targets} AS "stored"
       WHERE "stored"."noteId" = "note"."id"
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

// Writes a page's notes in one insert (a key already written is skipped: the note is never
// duplicated, nor rewritten over the seller's edits) and their missing targets in one more.
@Injectable()
export class WhopNoteApplyService {
  async createNotesOnce({ manager }: WhopApplyTransaction, notes: WhopNoteEntry[]): Promise<void> {
    if (notes.length === 0) {
      return;
    }

    await insertWhopRecords(
      manager,
      'note',
      notes.map(({ key, title, body }) => ({ title, bodyV2Markdown: body, whopNoteKey: key })),
      { uniqueKey: 'whopNoteKey' },
    );
    await insertMissingNoteTargets(manager, toTargetRows(notes));
  }
}
