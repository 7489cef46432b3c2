// The keyboard shortcuts of the document, in a small in-page dialog opened from the toolbar (⌨) or with
// Ctrl+/ in the text. Escape or "Đóng" closes it and gives the focus back to the text where it was.
import { useEffect, useRef, type JSX } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { shortcut, t, type EditorLocale, type StringKey } from '../strings.ts';

const ROWS: { keys: string; what: StringKey }[] = [
  { keys: 'Ctrl+B · Ctrl+I · Ctrl+U', what: 'helpMarks' },
  { keys: 'Ctrl+Z · Ctrl+Y', what: 'helpUndo' },
  { keys: 'Ctrl+Alt+1 · 2 · 3 · 0', what: 'helpBlocks' },
  { keys: 'Tab · Shift+Tab', what: 'helpTab' },
  { keys: 'Esc, Tab · Ctrl+Tab', what: 'helpLeave' },
  { keys: 'Ctrl+Home · Ctrl+End', what: 'helpEdges' },
  { keys: 'Ctrl+F · Ctrl+H', what: 'helpFind' },
  { keys: 'F3 · Shift+F3', what: 'helpFindNext' },
  { keys: 'Ctrl+S', what: 'helpSave' },
  { keys: 'Ctrl+/', what: 'helpShortcuts' },
];

export function ShortcutsHelp({ locale, onClose }: { locale: EditorLocale; onClose(): void }): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => { closeButton.current?.focus(); }, []);
  const close = () => { onClose(); editor.focus(); };
  return (
    <div className="rd-popover rd-help" role="dialog" aria-modal="false" aria-label={t(locale, 'shortcuts')} data-testid="shortcuts-help"
      onKeyDown={(event) => { if (event.key === 'Escape') { event.preventDefault(); event.stopPropagation(); close(); } }}>
      <table>
        <caption>{t(locale, 'shortcuts')}</caption>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.what}><th scope="row"><kbd>{shortcut(row.keys)}</kbd></th><td>{t(locale, row.what)}</td></tr>
          ))}
        </tbody>
      </table>
      <button type="button" ref={closeButton} data-testid="shortcuts-close" onClick={close}>{t(locale, 'close')}</button>
    </div>
  );
}
