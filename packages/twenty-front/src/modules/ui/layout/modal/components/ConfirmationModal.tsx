import { useCallback, useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';

import { Button } from '@/ui/input/components/Button';
import { useListenClickOutside } from '@/ui/utilities/hooks/useListenClickOutside';

import styles from './ConfirmationModal.module.css';

type ConfirmationModalProps = {
  title: string;
  description: string;
  confirmLabel: string;
  pendingConfirmLabel: string;
  isPending: boolean;
  errorMessage?: string | null;
  onConfirm: () => void;
  onClose: () => void;
};

export const ConfirmationModal = ({
  title,
  description,
  confirmLabel,
  pendingConfirmLabel,
  isPending,
  errorMessage,
  onConfirm,
  onClose,
}: ConfirmationModalProps) => {
  const backdropRef = useRef<HTMLDivElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const closeUnlessPending = useCallback(() => {
    if (!isPending) {
      onClose();
    }
  }, [isPending, onClose]);

  useListenClickOutside(dialogRef, closeUnlessPending, true);

  // A modal dialog: the page behind it is inert (Tab stays in the dialog, a screen reader reads
  // only it) until it closes, and focus then goes back to what opened it.
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const background = [...document.body.children].filter(
      (element): element is HTMLElement =>
        element instanceof HTMLElement && element !== backdropRef.current && !element.inert,
    );

    background.forEach((element) => (element.inert = true));
    dialogRef.current?.focus();

    return () => {
      background.forEach((element) => (element.inert = false));
      opener?.focus();
    };
  }, []);

  return createPortal(
    <div ref={backdropRef} className={styles.backdrop}>
      <div
        ref={dialogRef}
        className={styles.dialog}
        role="dialog"
        aria-modal
        tabIndex={-1}
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
      >
        <h2 id={titleId} className={styles.title}>
          {title}
        </h2>
        <p id={descriptionId} className={styles.description}>
          {description}
        </p>
        {errorMessage && (
          <p className={styles.error} role="alert">
            {errorMessage}
          </p>
        )}
        <div className={styles.actions}>
          <Button
            title="Cancel"
            variant="secondary"
            disabled={isPending}
            focusableWhenDisabled
            onClick={onClose}
          />
          <Button
            title={isPending ? pendingConfirmLabel : confirmLabel}
            variant="danger"
            busy={isPending}
            onClick={onConfirm}
          />
        </div>
      </div>
    </div>,
    document.body,
  );
};
