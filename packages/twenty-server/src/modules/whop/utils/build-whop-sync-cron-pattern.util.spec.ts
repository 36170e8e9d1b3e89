import { buildWhopSyncCronPattern } from 'src/modules/whop/utils/build-whop-sync-cron-pattern.util';

describe('buildWhopSyncCronPattern', () => {
  it.each([
    [1, '*/1 * * * *'],
    [15, '*/15 * * * *'],
    [60, '0 * * * *'],
    [180, '0 */3 * * *'],
    [1440, '0 */24 * * *'],
  ])('runs every %i minutes as %s', (minutes, pattern) => {
    expect(buildWhopSyncCronPattern(minutes)).toBe(pattern);
  });

  it.each([0, 90, 2000, 1.5])('refuses %s minutes with the variable name', (minutes) => {
    expect(() => buildWhopSyncCronPattern(minutes)).toThrow(/WHOP_SYNC_INTERVAL_MINUTES/);
  });
});
