import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { useOnPageShownAgain } from '@/ui/utilities/hooks/useOnPageShownAgain';

const showPage = (visibilityState: DocumentVisibilityState) => {
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(visibilityState);
  document.dispatchEvent(new Event('visibilitychange'));
};

describe('useOnPageShownAgain', () => {
  afterEach(() => vi.restoreAllMocks());

  it('calls back when the tab is shown again, not when it is hidden, and not once unmounted', () => {
    const onShownAgain = vi.fn();
    const { unmount } = renderHook(() => useOnPageShownAgain(onShownAgain));

    showPage('hidden');
    expect(onShownAgain).not.toHaveBeenCalled();
    showPage('visible');
    expect(onShownAgain).toHaveBeenCalledTimes(1);

    unmount();
    showPage('visible');
    expect(onShownAgain).toHaveBeenCalledTimes(1);
  });
});
