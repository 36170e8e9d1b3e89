import type { RecordFieldFilter } from '@/object-record/types/RecordFieldFilter';

// A record filter: one optional filter per flattened column, all of them ANDed, and `and` / `or`
// lists of filters.
export type RecordFilter<TField extends string> = Partial<Record<TField, RecordFieldFilter>> & {
  and?: RecordFilter<TField>[];
  or?: RecordFilter<TField>[];
};
