import { Injectable } from '@nestjs/common';

import { type WhopApplyTransaction } from 'src/modules/whop/services/apply/whop-apply.types';
import {
  insertMissingWhopActivityTargets,
  WHOP_NOTE_TARGETS,
} from 'src/modules/whop/services/apply/utils/insert-missing-whop-activity-targets.util';
import { insertWhopRecords } from 'src/modules/whop/services/apply/utils/insert-whop-records.util';
import { type WhopRecordContent } from 'src/modules/whop/services/apply/utils/whop-record-content.type';

// A note the integration writes once (its `whopNoteKey`), on a person and an opportunity.
export type WhopNoteEntry = WhopRecordContent & {
  key: string;
  personId: string | null;
  opportunityId: string | null;
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
    await insertMissingWhopActivityTargets(manager, WHOP_NOTE_TARGETS, notes);
  }
}
