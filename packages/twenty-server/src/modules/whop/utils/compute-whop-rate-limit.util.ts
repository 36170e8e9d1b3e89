const BURST_SECONDS = 5;

export type WhopRateLimit = {
  // Milliseconds between two requests once the burst is spent.
  intervalMs: number;
  // How far ahead of that pace requests may go (GCRA's tolerance): a burst of `burst` at once.
  toleranceMs: number;
  burst: number;
};

// Whop counts requests per minute. A burst of five seconds' worth goes at once; the pace after it
// is slowed by as much, so that no 60-second window, burst included, holds more than `perMinute`.
export const computeWhopRateLimit = (perMinute: number): WhopRateLimit => {
  const burst = Math.max(1, Math.min(Math.floor((perMinute / 60) * BURST_SECONDS), perMinute - 1));
  const intervalMs = 60_000 / Math.max(1, perMinute - burst);

  return { intervalMs, toleranceMs: intervalMs * (burst - 1), burst };
};
