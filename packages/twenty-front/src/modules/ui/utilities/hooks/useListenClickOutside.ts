import { type RefObject, useEffect } from 'react';

// Calls `onClickOutside` on a pointer press outside `ref`'s element or on Escape, while enabled.
export const useListenClickOutside = (
  ref: RefObject<HTMLElement | null>,
  onClickOutside: () => void,
  isEnabled: boolean,
) => {
  useEffect(() => {
    if (!isEnabled) {
      return;
    }

    const handlePointerDown = (event: MouseEvent) => {
      if (event.target instanceof Node && !ref.current?.contains(event.target)) {
        onClickOutside();
      }
    };
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        onClickOutside();
      }
    };

    document.addEventListener('mousedown', handlePointerDown);
    document.addEventListener('keydown', handleKeyDown);

    return () => {
      document.removeEventListener('mousedown', handlePointerDown);
      document.removeEventListener('keydown', handleKeyDown);
    };
  }, [ref, onClickOutside, isEnabled]);
};
