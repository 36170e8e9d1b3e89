import type { RecordFilter } from '@/object-record/types/RecordFilter';

export type PersonFilter = RecordFilter<
  'id' | 'whopUserId' | 'whopUsername' | 'whopActiveMemberships' | 'whopLifetimeValueAmountMicros'
>;
