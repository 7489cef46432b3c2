// Shell pieces for keyboard and screen-reader users: the skip link (first tab stop: straight to the
// main area, past the sidebar), and one polite announcer for status changes that have no visible
// live text of their own (a manual save, …): each is read once, never a region that re-reads a list.
import { useEffect, useState } from 'react';
import { useT } from '../i18n/index.tsx';

export function SkipLink() {
  const t = useT();
  return (
    <a className="skip-link" href="#main" data-testid="skip-link"
      onClick={(event) => {
        event.preventDefault();
        // The screen's first control if it has one (the editor's text, the library's search), else the region.
        const main = document.getElementById('main');
        const target = main?.querySelector<HTMLElement>('[data-testid="editor"], [data-testid="search-input"], [data-testid="trash-view"] button') ?? main;
        target?.focus();
      }}>
      {t('a11y.skipToMain')}
    </a>
  );
}

type Listener = (text: string) => void;
const listeners = new Set<Listener>();

/** Says `text` once, politely, to screen readers. */
export function announce(text: string): void {
  for (const listener of listeners) listener(text);
}

export function Announcer() {
  const [text, setText] = useState('');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const listener: Listener = (next) => {
      // Cleared first, so the same words said twice are still read twice.
      setText('');
      clearTimeout(timer);
      timer = setTimeout(() => setText(next), 50);
    };
    listeners.add(listener);
    return () => { listeners.delete(listener); clearTimeout(timer); };
  }, []);
  return <div className="sr-only" role="status" aria-live="polite" data-testid="announcer">{text}</div>;
}
