import { describe, expect, it } from 'vitest';

import { getUniqueSortedIds } from '@/object-record/utils/getUniqueSortedIds';

describe('getUniqueSortedIds', () => {
  it('keeps each id once, sorted', () => {
    expect(getUniqueSortedIds(['b', 'a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
    expect(getUniqueSortedIds([])).toEqual([]);
  });
});
