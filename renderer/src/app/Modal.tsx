// A modal dialog on the native <dialog> element: the browser traps focus and Escape closes it;
// the body is a form, so Enter in a field submits (confirms). Focus returns where it was on close.
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useT } from '../i18n/index.tsx';
import { restoreFocus } from './focus.ts';

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

/**
 * Focuses what the dialog is for: an element marked data-autofocus, else the first field of the body,
 * else the primary (submit) button; never the close ×. Dialogs whose fields load later call it again.
 */
export function focusFirst(dialog: HTMLElement): void {
  const first = dialog.querySelector<HTMLElement>('[data-autofocus]')
    ?? dialog.querySelector<HTMLElement>('.modal-body :is(input:not([type=hidden]):not([type=radio]), select, textarea)')
    ?? dialog.querySelector<HTMLElement>('.modal-body :is(input, button)')
    ?? dialog.querySelector<HTMLElement>('button[type=submit]');
  first?.focus();
  if (first instanceof HTMLInputElement && first.type !== 'radio') first.select();
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
    focusFirst(dialog);
    return () => {
      if (dialog.open) dialog.close();
      // The control that opened the dialog may be gone (a deleted row) or disabled: never leave focus on <body>.
      restoreFocus(previous);
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
