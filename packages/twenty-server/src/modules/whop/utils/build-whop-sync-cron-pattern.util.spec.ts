import { buildWhopSyncCronPattern } from 'src/modules/whop/utils/build-whop-sync-cron-pattern.util';

describe('buildWhopSyncCronPattern', () => {
  it.each([
    [1, 0, '0-59/1 * * * *'],
    [15, 0, '0-59/15 * * * *'],
    [15, 37, '7-59/15 * * * *'],
    [30, 37, '7-59/30 * * * *'],
    [60, 0, '0 * * * *'],
    [60, 37, '37 * * * *'],
    [180, 37, '37 */3 * * *'],
    [1440, 5, '5 */24 * * *'],
  ])('runs every %i minutes, %i minutes in, as %s', (minutes, offset, pattern) => {
    expect(buildWhopSyncCronPattern(minutes, offset)).toBe(pattern);
  });

  // Each would run unevenly: */7 at :56 then :00, */45 at :00 and :45, */5 hours at 20:00 then 00:00.
  it.each([0, 7, 45, 59, 90, 300, 1380, 2880, 1.5])(
    'refuses %s minutes, naming the variable',
    (minutes) => {
      expect(() => buildWhopSyncCronPattern(minutes)).toThrow(/WHOP_SYNC_INTERVAL_MINUTES/);
    },
  );
});
