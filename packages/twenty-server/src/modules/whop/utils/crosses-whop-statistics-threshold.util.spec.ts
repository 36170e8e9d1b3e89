import { crossesWhopStatisticsThreshold } from 'src/modules/whop/utils/crosses-whop-statistics-threshold.util';

describe('crossesWhopStatisticsThreshold', () => {
  it('is false below the first threshold', () => {
    expect(crossesWhopStatisticsThreshold(0, 100)).toBe(false);
    expect(crossesWhopStatisticsThreshold(400, 499)).toBe(false);
  });

  it('is true once when a threshold is reached or passed', () => {
    expect(crossesWhopStatisticsThreshold(400, 500)).toBe(true);
    expect(crossesWhopStatisticsThreshold(500, 600)).toBe(false);
    expect(crossesWhopStatisticsThreshold(1900, 2000)).toBe(true);
    expect(crossesWhopStatisticsThreshold(2000, 7900)).toBe(false);
    expect(crossesWhopStatisticsThreshold(7900, 8100)).toBe(true);
  });

  it('counts a jump over several thresholds as one refresh', () => {
    expect(crossesWhopStatisticsThreshold(0, 100_000)).toBe(true);
  });

  it('keeps going at scale', () => {
    expect(crossesWhopStatisticsThreshold(511_000, 512_100)).toBe(true);
    expect(crossesWhopStatisticsThreshold(512_100, 2_047_000)).toBe(false);
  });
});
