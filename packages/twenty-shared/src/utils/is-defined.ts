// True for every value except null and undefined (0, '' and false are defined).
export const isDefined = <T>(value: T | null | undefined): value is T =>
  value !== null && value !== undefined;
