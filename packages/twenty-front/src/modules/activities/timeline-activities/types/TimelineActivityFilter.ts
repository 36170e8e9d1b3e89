import type { RecordFilter } from '@/object-record/types/RecordFilter';

export type TimelineActivityFilter = RecordFilter<'targetPersonId' | 'targetOpportunityId'>;
