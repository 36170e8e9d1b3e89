// A cron pattern running every `minutes` minutes, starting `offsetMinutes` into each interval (or
// into each hour for whole hours), so that connections do not all check Whop in the same minute:
// under an hour as a minute step, whole hours as an hour step. Other intervals cannot be expressed
// by one pattern and are refused.
export const buildWhopSyncCronPattern = (minutes: number, offsetMinutes = 0): string => {
  if (Number.isInteger(minutes) && minutes >= 1 && minutes < 60)
    return `${offsetMinutes % minutes}-59/${minutes} * * * *`;
  if (Number.isInteger(minutes) && minutes % 60 === 0 && minutes >= 60 && minutes <= 24 * 60) {
    const hours = minutes / 60;

    return hours === 1 ? `${offsetMinutes % 60} * * * *` : `${offsetMinutes % 60} */${hours} * * *`;
  }
  throw new Error(
    `WHOP_SYNC_INTERVAL_MINUTES must be 1-59 or a whole number of hours up to 1440, got ${minutes}`,
  );
};
