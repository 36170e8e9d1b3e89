import { ACTIVITY_TARGETS_PAGE_SIZE } from '@/activities/constants/ActivityTargetsPageSize';
import { useFindManyNoteTargets } from '@/activities/notes/hooks/useFindManyNoteTargets';
import { useFindManyNotes } from '@/activities/notes/hooks/useFindManyNotes';
import type { ActivityTargetFilter } from '@/activities/types/ActivityTargetFilter';
import { combineRecordActivities } from '@/activities/utils/combineRecordActivities';
import { getUniqueSortedIds } from '@/object-record/utils/getUniqueSortedIds';

// The notes linked to one record, newest first: its note targets, then the notes they point at
// (not asked for when the record has none).
export const useRecordNotes = (targetFilter: ActivityTargetFilter) => {
  const noteTargets = useFindManyNoteTargets({
    filter: targetFilter,
    first: ACTIVITY_TARGETS_PAGE_SIZE,
  });
  const noteIds = getUniqueSortedIds(noteTargets.records.map((target) => target.noteId));
  const notes = useFindManyNotes({
    filter: { id: { in: noteIds } },
    first: noteIds.length,
    skip: noteIds.length === 0,
  });

  return combineRecordActivities(noteTargets, notes);
};
