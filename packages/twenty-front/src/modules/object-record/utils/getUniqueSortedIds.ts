// The ids to read with `id: { in: … }`, each once and in a stable order, so the same set of ids
// makes the same query variables (and hits Apollo's cache).
export const getUniqueSortedIds = (ids: string[]): string[] => [...new Set(ids)].sort();
