import { isDefined } from 'twenty-shared';

// An ISO-8601 Whop timestamp → Date; missing, blank or unparsable → null.
export const parseWhopDate = (value: string | null | undefined): Date | null => {
  if (!isDefined(value) || value.trim() === '') {
    return null;
  }

  const date = new Date(value);

  return Number.isNaN(date.getTime()) ? null : date;
};
