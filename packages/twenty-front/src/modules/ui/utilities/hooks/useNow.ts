import { useEffect, useState } from 'react';

// The current time, read again every `intervalMs` while mounted: for a relative time ("in about
// 2 min") that must move on even when nothing else on the page changes.
export const useNow = (intervalMs: number): Date => {
  const [now, setNow] = useState(() => new Date());

  useEffect(() => {
    const interval = setInterval(() => setNow(new Date()), intervalMs);

    return () => clearInterval(interval);
  }, [intervalMs]);

  return now;
};
