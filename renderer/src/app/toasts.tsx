// Toasts: short confirmations and every API failure, in the current UI language. Errors stay until
// dismissed (the user must be able to read them); other toasts fade after a few seconds. One
// confirmation at a time (a new one replaces the last) and at most two errors, so they never pile up
// over the list. While a modal dialog is open they are shown inside it (everything outside a modal is
// inert and painted below it), so an error raised from the export dialog can be read and dismissed.
// A toast's text and its button's label are kept as a function of the language, not as the string of
// the moment, so a toast already on screen follows a language switch.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { ApiError, messageOf } from '../api/index.ts';
import { useLocale, useT, type Locale, type T } from '../i18n/index.tsx';
import type { UserMessage } from '../../../electron/shared/errors.ts';

/** Text in the language shown when it is drawn: `(t) => t('library.deleted', { title })`. */
export type Localized = (t: T, locale: Locale) => string;
type ToastText = Localized | UserMessage;
/** A button in the toast (Undo, Show in folder): runs once, then the toast goes. */
export interface ToastAction { label: Localized; run(): void; testId?: string }
interface Toast { id: number; kind: 'info' | 'success' | 'error'; text: ToastText; testId?: string; action?: ToastAction }

interface ToastApi {
  success(text: Localized, testId?: string, action?: ToastAction): void;
  info(text: Localized): void;
  /** Shows the error's user message (both languages kept, so switching language re-renders it). */
  error(error: unknown): void;
}

const ToastContext = createContext<ToastApi>({ success: () => {}, info: () => {}, error: () => {} });

export function useToasts(): ToastApi {
  return useContext(ToastContext);
}

let nextId = 1;

export function ToastProvider(props: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const { locale } = useLocale();
  const t = useT();

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((toast) => toast.id !== id)), []);
  const push = useCallback((toast: Omit<Toast, 'id'>) => {
    const id = nextId++;
    setToasts((list) => {
      const errors = list.filter((t) => t.kind === 'error');
      // The same error twice is shown once (errors always carry a UserMessage).
      const text = (t: Omit<Toast, 'id'>) => (typeof t.text === 'function' ? null : t.text.en);
      if (toast.kind === 'error') return [...list.filter((t) => t.kind !== 'error'), ...errors.filter((t) => text(t) !== text(toast)).slice(-1), { ...toast, id }];
      return [...errors, { ...toast, id }];
    });
    // Errors stay; a toast with an action stays long enough to reach it by mouse or keyboard.
    if (toast.kind !== 'error') setTimeout(() => dismiss(id), toast.action ? 10_000 : 5000);
  }, [dismiss]);

  const api = useMemo<ToastApi>(() => ({
    success: (text, testId, action) => push({ kind: 'success', text, ...(testId ? { testId } : {}), ...(action ? { action } : {}) }),
    info: (text) => push({ kind: 'info', text }),
    error: (error) => {
      console.error(error);
      push({ kind: 'error', text: error instanceof ApiError ? error.userMessage : { vi: messageOf(error, 'vi'), en: messageOf(error, 'en') } });
    },
  }), [push]);

  const host = useModalHost(toasts.length > 0);
  const layer = (
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.kind}`} data-testid={toast.testId ?? `toast-${toast.kind}`} role={toast.kind === 'error' ? 'alert' : undefined}>
            <span className="toast-text">{typeof toast.text === 'function' ? toast.text(t, locale) : toast.text[locale]}</span>
            {toast.action && (
              <button type="button" className="toast-action" data-testid={toast.action.testId}
                onClick={() => { dismiss(toast.id); toast.action?.run(); }}>{toast.action.label(t, locale)}</button>
            )}
            <button type="button" className="icon-button toast-close" aria-label={t('common.dismiss')} onClick={() => dismiss(toast.id)}>×</button>
          </div>
        ))}
      </div>
  );

  return (
    <ToastContext.Provider value={api}>
      {props.children}
      {host ? createPortal(layer, host) : layer}
    </ToastContext.Provider>
  );
}

/** The open modal dialog on top, if any, followed while toasts are shown. */
function useModalHost(active: boolean): HTMLDialogElement | null {
  const [host, setHost] = useState<HTMLDialogElement | null>(null);
  useEffect(() => {
    if (!active) { setHost(null); return; }
    const find = () => {
      const open = [...document.querySelectorAll('dialog[open]')].filter((d) => d.matches(':modal'));
      setHost((open.at(-1) as HTMLDialogElement | undefined) ?? null);
    };
    find();
    const observer = new MutationObserver(find);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['open'] });
    return () => observer.disconnect();
  }, [active]);
  return host;
}
