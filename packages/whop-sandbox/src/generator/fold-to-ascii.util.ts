const SPECIAL_LETTERS: Record<string, string> = {
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  ß: 'ss',
  đ: 'd',
  Đ: 'D',
  æ: 'ae',
  Æ: 'AE',
  þ: 'th',
  Þ: 'Th',
  ð: 'd',
  ı: 'i',
};

// "José Álvarez" -> "Jose Alvarez"; letters without a Latin form (李, И) are dropped.
export const foldToAscii = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øØłŁßđĐæÆþÞðı]/g, (letter) => SPECIAL_LETTERS[letter])
    .replace(/[^\x20-\x7e]/g, '');

// Lower-case ASCII letters and digits only: usable in usernames, routes and email local parts.
export const toHandle = (text: string): string =>
  foldToAscii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

export const slugify = (text: string): string =>
  foldToAscii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
