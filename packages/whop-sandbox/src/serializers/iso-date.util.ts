export const toIso = (milliseconds: number): string => new Date(milliseconds).toISOString();

export const toIsoOrNull = (milliseconds: number | null): string | null =>
  milliseconds === null ? null : toIso(milliseconds);
