import type { RecordFilter } from '@/object-record/types/RecordFilter';

export type TaskFilter = RecordFilter<'id' | 'status' | 'dueAt'>;
