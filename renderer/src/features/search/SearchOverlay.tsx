// Ctrl+K / Ctrl+Shift+F: the search panel over whatever screen is open. Escape closes it and focus
// returns to where it was (usually the editor).
import { useEffect, useRef } from 'react';
import type { SearchHit } from '../../../../electron/shared/library.ts';
import { useT } from '../../i18n/index.tsx';
import { restoreFocus } from '../../app/focus.ts';
import { SearchPanel } from './SearchPanel.tsx';
import type { LibrarySearch } from './filters.ts';

export function SearchOverlay(props: { search: LibrarySearch; onSearch(next: LibrarySearch): void; onOpen(hit: SearchHit): void; onClose(): void }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    input.current?.focus();
    input.current?.select();
    return () => {
      if (element?.open) element.close();
      restoreFocus(previous);
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="search-overlay"
      aria-label={t('search.title')}
      data-testid="search-overlay"
      onCancel={(event) => { event.preventDefault(); props.onClose(); }}
      onClick={(event) => { if (event.target === dialog.current) props.onClose(); }}
    >
      <SearchPanel search={props.search} onSearch={props.onSearch} onOpen={props.onOpen} inputRef={input} onEscape={props.onClose} compact />
      <p className="overlay-foot muted small">{t('search.close')}</p>
    </dialog>
  );
}
