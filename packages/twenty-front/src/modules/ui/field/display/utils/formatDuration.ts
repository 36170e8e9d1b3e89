const SECOND_MS = 1_000;
const MINUTE_S = 60;
const HOUR_S = 3_600;

// A duration for people: "< 1 s", "45 s", "2 min 14 s", "1 h 3 min".
export const formatDuration = (durationMs: number): string => {
  const totalSeconds = Math.round(Math.max(durationMs, 0) / SECOND_MS);

  if (totalSeconds < 1) {
    return '< 1 s';
  }
  if (totalSeconds < MINUTE_S) {
    return `${totalSeconds} s`;
  }
  if (totalSeconds < HOUR_S) {
    const seconds = totalSeconds % MINUTE_S;

    return `${Math.floor(totalSeconds / MINUTE_S)} min${seconds > 0 ? ` ${seconds} s` : ''}`;
  }

  const minutes = Math.floor((totalSeconds % HOUR_S) / MINUTE_S);

  return `${Math.floor(totalSeconds / HOUR_S)} h${minutes > 0 ? ` ${minutes} min` : ''}`;
};
