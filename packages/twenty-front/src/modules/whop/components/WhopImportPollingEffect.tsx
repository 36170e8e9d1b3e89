import { useEffect, useRef } from 'react';

import { WHOP_IMPORT_POLL_INTERVAL_MS } from '@/whop/constants/WhopImportPollIntervalMs';
import { useFindManyWhopConnections } from '@/whop/hooks/useFindManyWhopConnections';

type WhopImportPollingEffectProps = {
  // Reads the list's records again.
  onPoll: () => void;
};

// While a Whop sync runs: the connections are read again every few seconds, and `onPoll` has the
// page's lists read their records, so that they fill, or say the company has none, without a
// reload; not while the tab is hidden (the next poll once it shows again catches up).
export const WhopImportPollingEffect = ({ onPoll }: WhopImportPollingEffectProps) => {
  const { retry: refetchConnections } = useFindManyWhopConnections();
  const pollRef = useRef<() => void>(() => undefined);

  pollRef.current = () => {
    refetchConnections();
    onPoll();
  };
  useEffect(() => {
    const interval = setInterval(() => {
      if (document.visibilityState !== 'hidden') pollRef.current();
    }, WHOP_IMPORT_POLL_INTERVAL_MS);

    return () => clearInterval(interval);
  }, []);

  return null;
};
