import { computeWhopRateLimit } from 'src/modules/whop/utils/compute-whop-rate-limit.util';

// GCRA lets through, within any window of `windowMs`, the burst and then one request per interval.
const mostRequestsWithin = (windowMs: number, perMinute: number) => {
  const { intervalMs, toleranceMs } = computeWhopRateLimit(perMinute);

  return Math.floor((windowMs + toleranceMs) / intervalMs) + 1;
};

describe('computeWhopRateLimit', () => {
  it.each([600, 100, 60, 7, 2])(
    'keeps any minute under Whop’s %i requests, the burst included',
    (perMinute) => {
      expect(mostRequestsWithin(60_000 - 1, perMinute)).toBeLessThanOrEqual(perMinute);
    },
  );

  it('lets five seconds’ worth of requests go at once', () => {
    expect(computeWhopRateLimit(600).burst).toBe(50);
    expect(mostRequestsWithin(0, 600)).toBe(50);
  });
});
