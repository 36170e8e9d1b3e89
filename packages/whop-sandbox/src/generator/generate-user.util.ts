import { generateId } from '../ids/generate-id.util';
import type { UserRecord } from '../types/sandbox-records.type';
import {
  EMAIL_DOMAINS,
  FIRST_NAMES,
  LAST_NAMES,
  SINGLE_WORD_NAMES,
  UNICODE_FULL_NAMES,
} from './name-pools.constant';
import { foldToAscii, toHandle } from './fold-to-ascii.util';
import type { Prng } from './prng.util';

const HANDLE_WORDS: readonly string[] = [
  'cryptoking',
  'sneakerhead',
  'alphaseeker',
  'nightowl',
  'gymrat',
  'pixelpusher',
];
const BIOS: readonly string[] = [
  'Trader. Coffee. Repeat.',
  'Building in public.',
  'Sneakers and stocks.',
  'Learning every day.',
];

// Shared across one generation run: usernames are unique, and a few members reuse an earlier email.
export type UserGenerationContext = {
  usernames: Set<string>;
  emails: string[];
};

type NameParts = { name: string | null; first: string; last: string };

const pickName = (prng: Prng): NameParts => {
  const roll = prng.next();
  if (roll < 0.03) return { name: null, first: '', last: '' };
  if (roll < 0.08) {
    const name = prng.pick(SINGLE_WORD_NAMES);
    return { name, first: name, last: '' };
  }
  if (roll < 0.16) {
    const name = prng.pick(UNICODE_FULL_NAMES);
    const [first, ...rest] = name.split(' ');
    return { name, first, last: rest.join(' ') };
  }
  const first = prng.pick(FIRST_NAMES);
  const last = prng.pick(LAST_NAMES);
  return { name: `${first} ${last}`, first, last };
};

const uniqueUsername = (prng: Prng, context: UserGenerationContext, parts: NameParts): string => {
  const fromName = toHandle(`${parts.first}${parts.last}`);
  const base =
    fromName.length >= 3 ? fromName : parts.name === null ? prng.pick(HANDLE_WORDS) : 'user';
  let username = prng.chance(0.5) ? base : `${base}${prng.int(1, 99)}`;
  while (context.usernames.has(username)) username = `${base}${prng.int(1, 99_999)}`;
  context.usernames.add(username);
  return username;
};

const makeEmail = (prng: Prng, parts: NameParts, username: string): string => {
  const first = toHandle(parts.first);
  const last = toHandle(parts.last);
  const domain = prng.pick(EMAIL_DOMAINS);
  if (first === '') return `${username}@${domain}`;
  const patterns =
    last === ''
      ? [first, `${first}${prng.int(1, 999)}`]
      : [
          `${first}.${last}`,
          `${first}${last}`,
          `${first[0]}.${last}`,
          `${first}_${last}${prng.int(1, 99)}`,
        ];
  const local = prng.pick(patterns);
  if (prng.chance(0.03)) {
    const capitalised =
      foldToAscii(parts.first) +
      (last === '' ? '' : `.${foldToAscii(parts.last).replace(/[^A-Za-z]/g, '')}`);
    return `${capitalised}@${domain.replace(/^./, (letter) => letter.toUpperCase())}`;
  }
  return `${local}@${domain}`;
};

// A Whop user: sometimes nameless, sometimes without email, sometimes sharing one with an earlier user.
export const generateUser = (
  prng: Prng,
  context: UserGenerationContext,
  createdAt: number,
): UserRecord => {
  const id = generateId('user_', prng.next);
  const parts = pickName(prng);
  const username = uniqueUsername(prng, context, parts);

  const emailRoll = prng.next();
  let email: string | null;
  if (emailRoll < 0.04) {
    email = null;
  } else if (emailRoll < 0.06 && context.emails.length > 0) {
    email =
      context.emails[
        context.emails.length - 1 - prng.int(0, Math.min(999, context.emails.length - 1))
      ];
  } else {
    email = makeEmail(prng, parts, username);
    context.emails.push(email);
  }

  return {
    id,
    username,
    name: parts.name,
    email,
    bio: prng.chance(0.1) ? prng.pick(BIOS) : null,
    profilePictureUrl: prng.chance(0.35) ? `https://img.example.com/avatars/${id}.png` : null,
    createdAt,
    updatedAt: createdAt,
  };
};
