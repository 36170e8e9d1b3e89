import type { RecordFilter } from '@/object-record/types/RecordFilter';

export type PersonFilter = RecordFilter<
  | 'id'
  | 'nameFirstName'
  | 'nameLastName'
  | 'emailsPrimaryEmail'
  | 'whopUserId'
  | 'whopUsername'
  | 'whopActiveMemberships'
  | 'whopLifetimeValueAmountMicros'
>;
