// An ILIKE pattern matching values that contain `text`, with LIKE's wildcards taken literally.
export const buildContainsFilterPattern = (text: string) =>
  `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
