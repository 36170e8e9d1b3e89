import { createPrng } from '../generator/prng.util';
import { compareByCreation } from './record-collection';
import { sortByCreation } from './sort-by-creation.util';

describe('sortByCreation', () => {
  it('matches a comparator sort on (createdAt, id), ties included', () => {
    const prng = createPrng(3);
    const records = Array.from({ length: 5_000 }, (_, index) => ({
      id: `rec_${prng.int(0, 1_000_000)}_${index}`,
      createdAt: 1_500_000_000_000 + prng.int(0, 2_000) * (prng.chance(0.5) ? 1 : 86_400_000),
    }));
    expect(sortByCreation(records)).toEqual(records.slice().sort(compareByCreation));
  });

  it('handles empty, single and far-apart timestamps', () => {
    expect(sortByCreation([])).toEqual([]);
    expect(sortByCreation([{ id: 'a', createdAt: 5 }])).toEqual([{ id: 'a', createdAt: 5 }]);
    const far = [
      { id: 'c', createdAt: 4_102_444_800_000 },
      { id: 'a', createdAt: 0 },
      { id: 'b', createdAt: 1_700_000_000_000 },
    ];
    expect(sortByCreation(far).map((record) => record.id)).toEqual(['a', 'b', 'c']);
  });
});
