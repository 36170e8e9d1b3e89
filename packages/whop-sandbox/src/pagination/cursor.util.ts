import type { SortKey, SortValue } from './sort-key.util';

// Opaque Relay cursor: the ordering's name plus the item's sort key, base64url-encoded JSON.
// It names a position, not an offset, so it stays valid while items are added or removed.
export type Cursor = SortKey & { order: string };

export const encodeCursor = ({ order, value, id }: Cursor): string =>
  Buffer.from(JSON.stringify([order, value, id]), 'utf8').toString('base64url');

const isSortValue = (value: unknown): value is SortValue =>
  value === null ||
  typeof value === 'string' ||
  (typeof value === 'number' && Number.isFinite(value));

export const decodeCursor = (cursor: string): Cursor | null => {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 3) return null;
    const [order, value, id] = parsed;
    if (typeof order !== 'string' || typeof id !== 'string' || !isSortValue(value)) return null;
    return { order, value, id };
  } catch {
    return null;
  }
};
