import type { Metadata, RefundRecord } from '../types/sandbox-records.type';

// Shared, frozen empties: most of the hundreds of thousands of generated records have no refunds
// and no metadata. Records replace these values, they never mutate them.
export const NO_REFUNDS: readonly RefundRecord[] = Object.freeze([]);
export const EMPTY_METADATA: Readonly<Metadata> = Object.freeze({});
