import { useEffect, useRef } from 'react';

// Calls `onShownAgain` each time the page's tab is shown again after being hidden (another tab in
// front, a minimised window): what the page shows may have changed elsewhere meanwhile.
export const useOnPageShownAgain = (onShownAgain: () => void) => {
  const callbackRef = useRef(onShownAgain);

  callbackRef.current = onShownAgain;

  useEffect(() => {
    const handleVisibilityChange = () => {
      if (document.visibilityState === 'visible') callbackRef.current();
    };

    document.addEventListener('visibilitychange', handleVisibilityChange);

    return () => document.removeEventListener('visibilitychange', handleVisibilityChange);
  }, []);
};
