import { buildWhopSyncCronPattern } from 'src/modules/whop/utils/build-whop-sync-cron-pattern.util';

describe('buildWhopSyncCronPattern', () => {
  it.each([
    [1, 0, '0-59/1 * * * *'],
    [15, 0, '0-59/15 * * * *'],
    [15, 37, '7-59/15 * * * *'],
    [60, 0, '0 * * * *'],
    [60, 37, '37 * * * *'],
    [180, 37, '37 */3 * * *'],
    [1440, 5, '5 */24 * * *'],
  ])('runs every %i minutes, %i minutes in, as %s', (minutes, offset, pattern) => {
    expect(buildWhopSyncCronPattern(minutes, offset)).toBe(pattern);
  });

  it.each([0, 90, 2000, 1.5])('refuses %s minutes with the variable name', (minutes) => {
    expect(() => buildWhopSyncCronPattern(minutes)).toThrow(/WHOP_SYNC_INTERVAL_MINUTES/);
  });
});
