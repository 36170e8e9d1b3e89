import { isDefined } from 'twenty-shared';

import { type WhopPersonColumns } from 'src/modules/whop/types/whop-record-columns.types';

const hasName = (columns: WhopPersonColumns): boolean =>
  columns.nameFirstName !== '' || columns.nameLastName !== '';

// Two descriptions of the same Whop user from one page (a member and a payment's user summary, or
// two payments): the later one wins where it knows something; what it lacks (null, no name) is kept.
export const mergeWhopPersonColumns = (
  earlier: WhopPersonColumns,
  later: WhopPersonColumns,
): WhopPersonColumns => {
  const merged = { ...earlier } as Record<keyof WhopPersonColumns, unknown>;

  for (const [column, value] of Object.entries(later) as [keyof WhopPersonColumns, unknown][]) {
    if (isDefined(value)) {
      merged[column] = value;
    }
  }

  // Whop's own name over a username standing in for it, the later one's over the earlier one's.
  const name =
    isDefined(later.whopNameFirstName) || (!isDefined(earlier.whopNameFirstName) && hasName(later))
      ? later
      : earlier;

  return {
    ...(merged as WhopPersonColumns),
    nameFirstName: name.nameFirstName,
    nameLastName: name.nameLastName,
    whopNameFirstName: name.whopNameFirstName,
    whopNameLastName: name.whopNameLastName,
  };
};
