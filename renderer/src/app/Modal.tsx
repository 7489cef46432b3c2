// A modal dialog on the native <dialog> element: the browser traps focus and Escape closes it;
// the body is a form, so Enter in a field submits (confirms). Focus returns where it was on close.
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useT } from '../i18n/index.tsx';

export interface ModalProps {
  title: string;
  onClose(): void;
  /** Called on Enter / the primary button; omit for dialogs without a primary action. */
  onSubmit?(): void;
  children: ReactNode;
  footer?: ReactNode;
  testId?: string;
  size?: 'small' | 'medium' | 'large';
}

export function Modal(props: ModalProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const first = dialog.querySelector<HTMLElement>('[data-autofocus], input:not([type=hidden]), select, textarea, button:not(.modal-x)');
    first?.focus();
    if (first instanceof HTMLInputElement) first.select();
    return () => {
      if (dialog.open) dialog.close();
      previous?.focus();
    };
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    props.onSubmit?.();
  }

  return (
    <dialog
      ref={ref}
      className={`modal modal-${props.size ?? 'medium'}`}
      aria-labelledby={titleId}
      data-testid={props.testId}
      onCancel={(event) => { event.preventDefault(); onClose.current(); }}
      onClick={(event) => { if (event.target === ref.current) onClose.current(); }}
    >
      <form className="modal-form" onSubmit={submit} noValidate>
        <header className="modal-header">
          <h2 id={titleId}>{props.title}</h2>
          <button type="button" className="modal-x icon-button" aria-label={t('common.close')} onClick={() => onClose.current()}>×</button>
        </header>
        <div className="modal-body">{props.children}</div>
        {props.footer && <footer className="modal-footer">{props.footer}</footer>}
      </form>
    </dialog>
  );
}
