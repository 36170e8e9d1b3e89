import { sortByCreation } from './sort-by-creation.util';

// Records kept sorted by (createdAt, id) with an index by id: the order cursors walk and the
// lookups retrieve-by-id needs. Inserts are almost always appends (new records are the newest).
export type StoredRecord = { id: string; createdAt: number };

export const compareByCreation = (left: StoredRecord, right: StoredRecord): number =>
  left.createdAt - right.createdAt || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0);

export class RecordCollection<T extends StoredRecord> {
  private sorted: T[] = [];
  private readonly byId = new Map<string, T>();

  constructor(records: readonly T[] = []) {
    this.replaceAll(records);
  }

  get size(): number {
    return this.sorted.length;
  }

  // Ascending by (createdAt, id). Callers must not mutate the array.
  all(): readonly T[] {
    return this.sorted;
  }

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  replaceAll(records: readonly T[]): void {
    this.sorted = sortByCreation(records);
    this.byId.clear();
    for (const record of this.sorted) this.byId.set(record.id, record);
  }

  insert(record: T): void {
    let position = this.sorted.length;
    while (position > 0 && compareByCreation(this.sorted[position - 1], record) > 0) position--;
    this.sorted.splice(position, 0, record);
    this.byId.set(record.id, record);
  }

  remove(id: string): boolean {
    const record = this.byId.get(id);
    if (record === undefined) return false;
    this.byId.delete(id);
    this.sorted.splice(this.sorted.indexOf(record), 1);
    return true;
  }
}
