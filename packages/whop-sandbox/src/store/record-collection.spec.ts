import { RecordCollection } from './record-collection';

const record = (id: string, createdAt: number) => ({ id, createdAt });

describe('RecordCollection', () => {
  it('sorts by creation time, then id', () => {
    const collection = new RecordCollection([record('b', 2), record('c', 1), record('a', 2)]);
    expect(collection.all().map((item) => item.id)).toEqual(['c', 'a', 'b']);
  });

  it('inserts in order and indexes by id', () => {
    const collection = new RecordCollection([record('a', 1), record('c', 3)]);
    collection.insert(record('d', 4));
    collection.insert(record('b', 2));
    expect(collection.all().map((item) => item.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(collection.get('b')).toEqual(record('b', 2));
  });

  it('removes by id', () => {
    const collection = new RecordCollection([record('a', 1), record('b', 2)]);
    expect(collection.remove('a')).toBe(true);
    expect(collection.remove('a')).toBe(false);
    expect(collection.all().map((item) => item.id)).toEqual(['b']);
    expect(collection.get('a')).toBeUndefined();
  });
});
