import type { RecordFilter } from '@/object-record/types/RecordFilter';

// The record a task or note is linked to, as its targets (taskTarget, noteTarget) point at it.
export type ActivityTargetFilter = RecordFilter<'personId' | 'opportunityId'>;
