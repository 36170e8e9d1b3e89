import { isDefined } from 'twenty-shared';

// A free-text Whop field, trimmed; missing or blank → null.
export const parseWhopOptionalText = (value: string | null | undefined): string | null => {
  const text = isDefined(value) ? value.trim() : '';

  return text === '' ? null : text;
};
