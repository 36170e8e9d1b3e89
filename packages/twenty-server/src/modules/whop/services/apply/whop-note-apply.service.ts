import { Injectable } from '@nestjs/common';
import { isDefined } from 'twenty-shared';

import { type WhopApplyTransaction } from 'src/modules/whop/services/apply/whop-apply.types';
import { insertWhopRecords } from 'src/modules/whop/services/apply/utils/insert-whop-records.util';
import { type WhopRecordContent } from 'src/modules/whop/services/apply/utils/whop-record-content.type';

// A note the integration writes once (its `whopNoteKey`), on a person and an opportunity.
export type WhopNoteEntry = WhopRecordContent & {
  key: string;
  personId: string | null;
  opportunityId: string | null;
};

// Writes a page's notes in one insert (a key already written is skipped: the note is never
// duplicated, nor rewritten over the seller's edits) and the new notes' targets in one more.
@Injectable()
export class WhopNoteApplyService {
  async createNotesOnce({ manager }: WhopApplyTransaction, notes: WhopNoteEntry[]): Promise<void> {
    if (notes.length === 0) {
      return;
    }

    const inserted = await insertWhopRecords(
      manager,
      'note',
      notes.map(({ key, title, body }) => ({ title, bodyV2Markdown: body, whopNoteKey: key })),
      { uniqueKey: 'whopNoteKey' },
    );
    const notesByKey = new Map(notes.map((note) => [note.key, note]));

    await insertWhopRecords(
      manager,
      'noteTarget',
      inserted.flatMap(({ id, key }) => {
        const note = isDefined(key) ? notesByKey.get(key) : undefined;

        return [
          ...(isDefined(note?.personId)
            ? [{ noteId: id, personId: note.personId, opportunityId: null }]
            : []),
          ...(isDefined(note?.opportunityId)
            ? [{ noteId: id, personId: null, opportunityId: note.opportunityId }]
            : []),
        ];
      }),
    );
  }
}
