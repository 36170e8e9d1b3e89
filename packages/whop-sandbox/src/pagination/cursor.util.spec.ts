import { decodeCursor, encodeCursor } from './cursor.util';

describe('cursor', () => {
  it('round-trips numbers, strings and nulls', () => {
    for (const value of [1_700_000_000_123, 'active', null, 0, -5.5]) {
      const cursor = { order: 'created_at', value, id: 'mem_abc' };
      expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    }
  });

  it('is url-safe and opaque', () => {
    const encoded = encodeCursor({ order: 'created_at', value: 'é/+=', id: 'pay_1' });
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encoded).not.toContain('pay_1');
  });

  it.each([
    'not a cursor!',
    '',
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('[1,2,3]').toString('base64url'),
    Buffer.from('["created_at",{},"x"]').toString('base64url'),
    Buffer.from('garbage').toString('base64url'),
  ])('rejects %p', (cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
  });
});
