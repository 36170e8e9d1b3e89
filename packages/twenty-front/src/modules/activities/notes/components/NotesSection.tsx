import { IconNotes } from '@tabler/icons-react';

import { ActivityList } from '@/activities/components/ActivityList';
import { NoteListItem } from '@/activities/notes/components/NoteListItem';
import { useRecordNotes } from '@/activities/notes/hooks/useRecordNotes';
import type { ActivityTargetFilter } from '@/activities/types/ActivityTargetFilter';
import { RecordShowSection } from '@/object-record/record-show/components/RecordShowSection';

type NotesSectionProps = {
  targetFilter: ActivityTargetFilter;
};

// The notes of one person or one opportunity, on its record page, newest first: those the sync
// writes when a payment fails or a membership ends among them.
export const NotesSection = ({ targetFilter }: NotesSectionProps) => {
  const { records, totalCount, loading, error, retry } = useRecordNotes(targetFilter);

  return (
    <RecordShowSection title="Notes" Icon={IconNotes} count={totalCount}>
      <ActivityList
        label="Notes"
        records={records}
        loading={loading}
        error={error}
        onRetry={retry}
        emptyMessage="No notes."
        renderItem={(note) => <NoteListItem note={note} />}
      />
    </RecordShowSection>
  );
};
