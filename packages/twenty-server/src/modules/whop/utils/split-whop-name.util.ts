import { isDefined } from 'twenty-shared';

export type WhopPersonName = {
  firstName: string;
  lastName: string;
};

const FIRST_WORD_AND_REST_PATTERN = /^(\S+)\s+(.+)$/su;

const normalizeText = (value: string | null | undefined): string =>
  isDefined(value) ? value.normalize('NFC').trim() : '';

// A Whop display name → Twenty's first and last name: the first word is the first name, the rest
// (inner whitespace collapsed) the last name. No name → the username as first name; nothing → ''.
export const splitWhopName = ({
  name,
  username,
}: {
  name: string | null | undefined;
  username?: string | null;
}): WhopPersonName => {
  const fullName = normalizeText(name);

  if (fullName === '') {
    return { firstName: normalizeText(username), lastName: '' };
  }

  const match = FIRST_WORD_AND_REST_PATTERN.exec(fullName);

  if (!isDefined(match)) {
    return { firstName: fullName, lastName: '' };
  }

  return { firstName: match[1], lastName: match[2].replace(/\s+/gu, ' ') };
};
