import { describe, expect, it } from 'vitest';

import { keepRecordOrder } from '@/object-record/utils/keepRecordOrder';

describe('keepRecordOrder', () => {
  it('keeps the order it was given while the records are the same ones, with their new values', () => {
    const result = keepRecordOrder(
      ['b', 'a'],
      [
        { id: 'a', status: 'DONE' },
        { id: 'b', status: 'TODO' },
      ],
    );

    expect(result).toEqual({
      order: ['b', 'a'],
      records: [
        { id: 'b', status: 'TODO' },
        { id: 'a', status: 'DONE' },
      ],
    });
  });

  it('takes the records’ own order once a record is added or removed', () => {
    const records = [{ id: 'c' }, { id: 'a' }];

    expect(keepRecordOrder(['b', 'a'], records)).toEqual({ order: ['c', 'a'], records });
    expect(keepRecordOrder(['c', 'a', 'b'], records)).toEqual({ order: ['c', 'a'], records });
    expect(keepRecordOrder([], records)).toEqual({ order: ['c', 'a'], records });
  });
});
