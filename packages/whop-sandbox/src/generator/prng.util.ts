// mulberry32: a tiny, fast 32-bit PRNG. Same seed, same sequence, on every platform.
export type Prng = {
  next: () => number;
  int: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  weighted: <T>(table: WeightedTable<T>) => T;
};

export type WeightedTable<T> = {
  values: readonly T[];
  cumulative: readonly number[];
  total: number;
};

export const weightedTable = <T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> => {
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of entries) {
    total += weight;
    cumulative.push(total);
  }
  return { values: entries.map(([value]) => value), cumulative, total };
};

export const createPrng = (seed: number): Prng => {
  let state = seed >>> 0;

  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));

  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];

  const weighted = <T>(table: WeightedTable<T>): T => {
    const roll = next() * table.total;
    const { cumulative } = table;
    for (let index = 0; index < cumulative.length; index++) {
      if (roll < cumulative[index]) return table.values[index];
    }
    return table.values[table.values.length - 1];
  };

  return { next, int, chance: (probability) => next() < probability, pick, weighted };
};
