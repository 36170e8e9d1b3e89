import type { RecordFilter } from '@/object-record/types/RecordFilter';

export type NoteTargetFilter = RecordFilter<'noteId' | 'personId' | 'companyId' | 'opportunityId'>;
