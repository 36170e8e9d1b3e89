import { Injectable } from '@nestjs/common';

import { type WhopApplyTransaction } from 'src/modules/whop/services/apply/whop-apply.types';
import { type WhopRecordContent } from 'src/modules/whop/services/apply/utils/whop-record-content.type';
import { isDefined } from 'src/modules/whop/utils/is-defined.util';

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

    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into('note')
      .values(
        notes.map(({ key, title, body }) => ({ title, bodyV2Markdown: body, whopNoteKey: key })),
      )
      .orIgnore()
      .returning(['id', 'whopNoteKey'])
      .updateEntity(false)
      .execute();
    const notesByKey = new Map(notes.map((note) => [note.key, note]));
    const targets = (inserted.raw as { id: string; whopNoteKey: string }[]).flatMap(
      ({ id, whopNoteKey }) => {
        const note = notesByKey.get(whopNoteKey);

        return [
          ...(isDefined(note?.personId) ? [{ noteId: id, personId: note.personId }] : []),
          ...(isDefined(note?.opportunityId)
            ? [{ noteId: id, opportunityId: note.opportunityId }]
            : []),
        ];
      },
    );

    if (targets.length === 0) {
      return;
    }

    await manager
      .createQueryBuilder()
      .insert()
      .into('noteTarget')
      .values(targets)
      .updateEntity(false)
      .execute();
  }
}
