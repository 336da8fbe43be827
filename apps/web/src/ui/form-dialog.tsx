import { type ReactNode, useEffect, useId, useRef } from 'react';

/**
 * A native modal `<dialog>` around a form, shown while mounted: focus goes into it and stays,
 * Escape closes it (through `onClose`), and focus returns to what opened it when it goes.
 */
export function FormDialog({
  title,
  intro,
  onClose,
  children,
}: {
  title: string;
  intro?: ReactNode;
  onClose: () => void;
  children: (ids: { titleId: string }) => ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {intro}
      {children({ titleId })}
    </dialog>
  );
}
