import type { RecordFilter } from '@/object-record/types/RecordFilter';

export type OpportunityFilter = RecordFilter<
  'pointOfContactId' | 'whopMembershipStatus' | 'whopProductId'
>;
