// A right-hand panel beside the main content (history, properties): titled, closable with Escape.
import type { ReactNode } from 'react';
import { useT } from '../i18n/index.tsx';

export function SidePanel(props: { title: string; onClose(): void; children: ReactNode; testId?: string; wide?: boolean }) {
  const t = useT();
  return (
    <aside
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
