import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { ConfirmationModal } from '@/ui/layout/modal/components/ConfirmationModal';

const PageWithModal = ({ onConfirm = vi.fn() }: { onConfirm?: () => void }) => {
  const [isOpen, setIsOpen] = useState(false);

  return (
    <main>
      <button onClick={() => setIsOpen(true)}>Disconnect</button>
      {isOpen && (
        <ConfirmationModal
          title="Disconnect Acme?"
          description="Syncing stops."
          confirmLabel="Disconnect now"
          pendingConfirmLabel="Disconnecting…"
          isPending={false}
          onConfirm={onConfirm}
          onClose={() => setIsOpen(false)}
        />
      )}
    </main>
  );
};

describe('ConfirmationModal', () => {
  it('makes the page behind it inert while open, and takes the focus', () => {
    const { container } = render(<PageWithModal />);
    const opener = screen.getByRole('button', { name: 'Disconnect' });

    opener.focus();
    fireEvent.click(opener);

    expect(container.inert).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('dialog'));
    // The dialog's own backdrop stays live.
    expect(screen.getByRole('dialog').parentElement?.inert).not.toBe(true);
  });

  it.each([
    ['Cancel', () => fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))],
    ['Escape', () => fireEvent.keyDown(document, { key: 'Escape' })],
  ])('gives the page and the focus back to what opened it on %s', (_, close) => {
    const { container } = render(<PageWithModal />);
    const opener = screen.getByRole('button', { name: 'Disconnect' });

    opener.focus();
    fireEvent.click(opener);
    close();

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(container.inert).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  // A disabled button would drop the focus of whoever pressed it to the top of the page.
  it('keeps its buttons focusable while it confirms, each ignoring clicks', () => {
    const onConfirm = vi.fn();
    const onClose = vi.fn();

    render(
      <ConfirmationModal
        title="Disconnect Acme?"
        description="Syncing stops."
        confirmLabel="Disconnect now"
        pendingConfirmLabel="Disconnecting…"
        isPending
        onConfirm={onConfirm}
        onClose={onClose}
      />,
    );

    for (const name of ['Cancel', 'Disconnecting…']) {
      const button = screen.getByRole('button', { name });

      expect(button.hasAttribute('disabled')).toBe(false);
      expect(button.getAttribute('aria-disabled')).toBe('true');
      fireEvent.click(button);
    }
    expect(onConfirm).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });
});
