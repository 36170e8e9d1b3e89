const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const SECOND_MS = 1000;
// The largest time value a Date holds, either side of the epoch.
const MAX_DATE_MS = 8.64e15;

const TWO_DIGITS = Array.from({ length: 100 }, (_, value) => String(value).padStart(2, '0'));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, value) => String(value).padStart(3, '0'));

// `YYYY-MM-DDT` by days since the epoch. A list walk formats hundreds of thousands of timestamps
// that fall on a few thousand days.
const dayPrefixes = new Map<number, string>();

const dayPrefix = (day: number): string => {
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    const iso = new Date(day * DAY_MS).toISOString();
    prefix = iso.slice(0, iso.indexOf('T') + 1);
    dayPrefixes.set(day, prefix);
  }
  return prefix;
};

// What `new Date(milliseconds).toISOString()` gives, without a Date and its formatting per call:
// the day is formatted once, the time of day comes from digit tables.
export const toIso = (milliseconds: number): string => {
  // NaN or beyond a Date's range: the RangeError a Date throws.
  if (!(Math.abs(milliseconds) <= MAX_DATE_MS)) return new Date(milliseconds).toISOString();
  const time = Math.trunc(milliseconds);
  const day = Math.floor(time / DAY_MS);
  const ofDay = time - day * DAY_MS;
  const hours = TWO_DIGITS[Math.floor(ofDay / HOUR_MS)];
  const minutes = TWO_DIGITS[Math.floor(ofDay / MINUTE_MS) % 60];
  const seconds = TWO_DIGITS[Math.floor(ofDay / SECOND_MS) % 60];
  return `${dayPrefix(day)}${hours}:${minutes}:${seconds}.${THREE_DIGITS[ofDay % SECOND_MS]}Z`;
};

export const toIsoOrNull = (milliseconds: number | null): string | null =>
  milliseconds === null ? null : toIso(milliseconds);
