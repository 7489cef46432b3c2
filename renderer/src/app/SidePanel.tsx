// A right-hand panel beside the main content (history, properties): titled, closable with Escape.
// When it closes (Escape, ×, its toggle), focus that was in it goes back to what opened it, or to the
// main region if the opener is gone: never to <body>.
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/index.tsx';
import { focusLost, restoreFocus } from './focus.ts';

export function SidePanel(props: { title: string; onClose(): void; children: ReactNode; testId?: string; wide?: boolean }) {
  const t = useT();
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    const panel = ref.current;
    return () => {
      // Runs before the panel leaves the page: if the focus is in it, it would fall to <body>.
      const inside = panel?.contains(document.activeElement) ?? false;
      if (inside) queueMicrotask(() => { if (focusLost()) restoreFocus(opener); });
    };
  }, []);
  return (
    <aside
      ref={ref}
      className={`side-panel${props.wide ? ' wide' : ''}`}
      aria-label={props.title}
      data-testid={props.testId}
      onKeyDown={(event) => { if (event.key === 'Escape') { event.stopPropagation(); props.onClose(); } }}
    >
      <header className="side-panel-header">
        <h2>{props.title}</h2>
        <button type="button" className="icon-button" aria-label={t('common.close')} title="Esc" onClick={props.onClose}>×</button>
      </header>
      <div className="side-panel-body">{props.children}</div>
    </aside>
  );
}
