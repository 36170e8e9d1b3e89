// A cron pattern running every `minutes` minutes, starting `offsetMinutes` into each interval (or
// into each hour for whole hours), so that connections do not all check Whop in the same minute.
// Only intervals a cron pattern runs evenly are accepted: those dividing an hour (a minute step),
// and whole hours dividing a day (an hour step). Any other would give runs unevenly spaced.
export const buildWhopSyncCronPattern = (minutes: number, offsetMinutes = 0): string => {
  if (Number.isInteger(minutes) && minutes >= 1 && minutes < 60 && 60 % minutes === 0)
    return `${offsetMinutes % minutes}-59/${minutes} * * * *`;
  if (Number.isInteger(minutes) && minutes % 60 === 0 && 24 % (minutes / 60) === 0) {
    const hours = minutes / 60;

    return hours === 1 ? `${offsetMinutes % 60} * * * *` : `${offsetMinutes % 60} */${hours} * * *`;
  }
  throw new Error(
    `WHOP_SYNC_INTERVAL_MINUTES must divide an hour (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30) or be whole hours dividing a day (60, 120, 180, 240, 360, 480, 720, 1440), got ${minutes}`,
  );
};
