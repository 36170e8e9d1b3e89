const FIRST_THRESHOLD = 500;
const GROWTH_FACTOR = 4;

// Whether a table that grew from `before` to `after` rows during a run passed one of the sizes at
// which its statistics are refreshed: 500, 2,000, 8,000, … (each four times the last), so a bulk load
// refreshes them a handful of times whatever its size.
export const crossesWhopStatisticsThreshold = (before: number, after: number): boolean => {
  for (let threshold = FIRST_THRESHOLD; threshold <= after; threshold *= GROWTH_FACTOR) {
    if (threshold > before) {
      return true;
    }
  }

  return false;
};
