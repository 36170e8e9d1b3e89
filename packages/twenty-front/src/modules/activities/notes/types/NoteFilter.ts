import type { RecordFilter } from '@/object-record/types/RecordFilter';

export type NoteFilter = RecordFilter<'id'>;
