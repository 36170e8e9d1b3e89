// A record's position in a list ordering: its sort value, then its id to break ties.
export type SortValue = number | string | null;

export type SortKey = { value: SortValue; id: string };

// Nulls sort first, numbers before strings; equal values fall back to the id.
const compareSortValues = (left: SortValue, right: SortValue): number => {
  if (left === right) return 0;
  if (left === null) return -1;
  if (right === null) return 1;
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  if (typeof left === 'number') return -1;
  if (typeof right === 'number') return 1;
  return left < right ? -1 : 1;
};

export const compareSortKeys = (left: SortKey, right: SortKey): number =>
  compareSortValues(left.value, right.value) ||
  (left.id < right.id ? -1 : left.id > right.id ? 1 : 0);
