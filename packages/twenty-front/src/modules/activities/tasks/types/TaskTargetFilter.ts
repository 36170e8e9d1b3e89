import type { RecordFilter } from '@/object-record/types/RecordFilter';

export type TaskTargetFilter = RecordFilter<'taskId' | 'personId' | 'companyId' | 'opportunityId'>;
