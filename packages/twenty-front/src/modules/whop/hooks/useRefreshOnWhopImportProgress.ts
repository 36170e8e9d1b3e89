import { useAtomValue } from 'jotai';
import { useEffect, useRef } from 'react';

import { whopImportProgressState } from '@/whop/states/whopImportProgressState';

// Has a list of records imported from Whop read them again each time the page's WhopImportProgress
// says a sync brought more in (`refresh` keeps the rows loaded with Load more).
export const useRefreshOnWhopImportProgress = (refresh: () => void) => {
  const progress = useAtomValue(whopImportProgressState);
  const refreshRef = useRef(refresh);
  const seenProgressRef = useRef(progress);

  refreshRef.current = refresh;
  useEffect(() => {
    if (progress === seenProgressRef.current) return;
    seenProgressRef.current = progress;
    refreshRef.current();
  }, [progress]);
};
