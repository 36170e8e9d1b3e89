import type { Note } from '@/activities/notes/types/Note';
import { ActivityBody } from '@/activities/components/ActivityBody';
import { formatDateTime } from '@/ui/field/display/utils/formatDateTime';

import styles from './NoteListItem.module.css';

type NoteListItemProps = {
  note: Note;
};

// A note: its title, when it was written, and its body.
export const NoteListItem = ({ note }: NoteListItemProps) => {
  const body = note.bodyMarkdown?.trim() ?? '';

  return (
    <article className={styles.note}>
      <div className={styles.header}>
        <h4 className={styles.title}>{note.title?.trim() || 'Untitled note'}</h4>
        <time className={styles.time} dateTime={note.createdAt}>
          {formatDateTime(note.createdAt)}
        </time>
      </div>
      {body !== '' && <ActivityBody markdown={body} />}
    </article>
  );
};
