import type { RecordFieldFilter } from '@/object-record/types/RecordFieldFilter';

// A record filter: one optional filter per flattened column, all of them ANDed.
export type RecordFilter<TField extends string> = Partial<Record<TField, RecordFieldFilter>>;
