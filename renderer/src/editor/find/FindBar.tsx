// Find and replace in the document (Ctrl+F, Ctrl+H): match case, whole word, ignore tone marks, the match
// count, next / previous (Enter, Shift+Enter, F3, Shift+F3), replace one, replace all (one undo step).
// Matches are shown with the CSS Custom Highlight API, so the document's DOM and state are not touched
// by looking. Escape closes the bar and selects the current match in the text, as in Word.
import { useCallback, useEffect, useMemo, useRef, useState, type JSX, type KeyboardEvent } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createRangeSelection, $getSelection, $isRangeSelection, $setSelection, HISTORY_PUSH_TAG } from 'lexical';
import { t, type EditorLocale } from '../strings.ts';
import { $findInDocument, $replaceAll, $replaceMatch, FoldCache, type NodeMatch } from './documentFind.ts';
import type { FindOptions } from './findText.ts';
import { completeLoad } from '../progressiveLoad.ts';
import { windowOf } from '../windowing.ts';
import { domRangeOf, highlights } from './highlight.ts';

const MAX_HIGHLIGHTS = 5000;
const HIGHLIGHT_ALL = 'rd-find';
const HIGHLIGHT_CURRENT = 'rd-find-current';

export function FindBar({ locale, withReplace, onClose, onToggleReplace }: {
  locale: EditorLocale; withReplace: boolean; onClose(): void; onToggleReplace(): void;
}): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState(() => editor.getEditorState().read(() => {
    const selection = $getSelection();
    const text = $isRangeSelection(selection) ? selection.getTextContent() : '';
    return text.length > 0 && text.length < 100 && !text.includes('\n') ? text : '';
  }));
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>({ matchCase: false, wholeWord: false, ignoreTones: false });
  const [matches, setMatches] = useState<NodeMatch[]>([]);
  // Nothing found as typed, but found without tone marks ("viet nam" in a text of "Việt Nam"): how many,
  // so the bar offers to ignore them instead of a bare "not found".
  const [withoutTones, setWithoutTones] = useState(0);
  const [current, setCurrent] = useState(0);
  const [status, setStatus] = useState('');
  const [revision, setRevision] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const cache = useMemo(() => new FoldCache(), []);

  useEffect(() => {
    completeLoad(editor); // the whole review, even the part still being mounted after its first screen
    input.current?.focus();
    input.current?.select();
  }, [editor]);

  // The document changed (typing, a replace): search again, a little later while typing goes on.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => setRevision((r) => r + 1), 150);
    });
    return () => { if (timer) clearTimeout(timer); unregister(); };
  }, [editor]);

  const search = useCallback(() => editor.getEditorState().read(() => $findInDocument(query, options, cache)), [editor, query, options, cache]);
  useEffect(() => {
    const timer = setTimeout(() => {
      const found = search();
      setMatches(found);
      setCurrent((c) => (found.length === 0 ? 0 : Math.min(c, found.length - 1)));
      setWithoutTones(found.length === 0 && !options.ignoreTones && query.trim()
        ? editor.getEditorState().read(() => $findInDocument(query, { ...options, ignoreTones: true }, cache)).length : 0);
    }, query.length < 3 ? 120 : 40);
    return () => clearTimeout(timer);
  }, [search, revision, query, options, editor, cache]);

  const rangeOf = useCallback((m: NodeMatch) => domRangeOf(editor, m), [editor]);

  // Paint the matches; the current one in its own colour, scrolled into view.
  useEffect(() => {
    const api = highlights();
    const currentMatch = matches[current];
    if (api) {
      const ranges = matches.slice(0, MAX_HIGHLIGHTS).map(rangeOf).filter((r): r is Range => r !== null);
      api.registry.set(HIGHLIGHT_ALL, new api.Highlight(...ranges));
      const range = currentMatch ? rangeOf(currentMatch) : null;
      if (range) api.registry.set(HIGHLIGHT_CURRENT, new api.Highlight(range));
      else api.registry.delete(HIGHLIGHT_CURRENT);
    }
    if (currentMatch) {
      const element = editor.getElementByKey(currentMatch.startKey);
      if (element) windowOf(editor)?.reveal(element); // a hidden block (windowing.ts) has no box to scroll to
      const box = element?.getBoundingClientRect();
      const scroller = element?.closest('.rd-scroller')?.getBoundingClientRect();
      if (element && box && scroller && (box.top < scroller.top || box.bottom > scroller.bottom)) element.scrollIntoView({ block: 'center' });
    }
  }, [matches, current, rangeOf, editor]);
  useEffect(() => () => {
    const api = highlights();
    api?.registry.delete(HIGHLIGHT_ALL);
    api?.registry.delete(HIGHLIGHT_CURRENT);
  }, []);

  const step = (delta: number) => {
    if (matches.length === 0) return;
    setStatus('');
    setCurrent((c) => (c + delta + matches.length) % matches.length);
  };
  const close = () => {
    const m = matches[current];
    // The current match selected and the text focused while the bar still holds the focus: closing the
    // bar first dropped the focus to the page, and from there the selection no longer brought it back.
    editor.update(() => {
      if (!m) return;
      const selection = $createRangeSelection();
      selection.anchor.set(m.startKey, m.startOffset, 'text');
      selection.focus.set(m.endKey, m.endOffset, 'text');
      $setSelection(selection);
    }, { discrete: true });
    editor.focus();
    onClose();
  };
  const replaceOne = () => {
    const m = matches[current];
    if (!m) return;
    editor.update(() => { $replaceMatch(m, replacement.normalize('NFC')); }, { tag: HISTORY_PUSH_TAG, discrete: true });
    const found = search();
    setMatches(found);
    setCurrent(found.length === 0 ? 0 : Math.min(current, found.length - 1));
    if (found.length === 0) input.current?.focus(); // the buttons turn disabled: keep the focus in the bar
  };
  const replaceEvery = () => {
    if (matches.length === 0) return;
    let n = 0;
    // One update: one undo step gives every replaced text back.
    editor.update(() => { n = $replaceAll(matches, replacement.normalize('NFC')); }, { tag: HISTORY_PUSH_TAG, discrete: true });
    setMatches(search());
    setCurrent(0);
    setStatus(t(locale, 'replacedCount').replace('{n}', String(n)));
    input.current?.focus(); // the buttons turn disabled: keep the focus in the bar
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') { event.preventDefault(); event.stopPropagation(); close(); return; }
    if (event.key === 'F3' || (event.key === 'Enter' && event.target === input.current)) { event.preventDefault(); step(event.shiftKey ? -1 : 1); return; }
    const mod = event.ctrlKey || event.metaKey;
    if (mod && !event.altKey && (event.code === 'KeyF' || event.code === 'KeyH')) {
      event.preventDefault();
      if ((event.code === 'KeyH') !== withReplace) onToggleReplace();
      input.current?.focus();
      input.current?.select();
    }
  };
  const option = (key: keyof FindOptions, label: string, testId: string) => (
    <label className="rd-find-option">
      <input type="checkbox" data-testid={testId} checked={options[key]} onChange={(e) => setOptions({ ...options, [key]: e.target.checked })} /> {label}
    </label>
  );
  const count = query === '' ? '' : matches.length === 0 ? t(locale, 'noMatches')
    : t(locale, 'matchCount').replace('{current}', String(current + 1)).replace('{total}', String(matches.length));

  return (
    <div className="rd-popover rd-findbar" role="search" aria-label={t(locale, withReplace ? 'findReplace' : 'find')} data-testid="find-bar" onKeyDown={onKeyDown}>
      <div className="rd-find-row">
        <input ref={input} type="search" data-testid="find-input" aria-label={t(locale, 'findLabel')} placeholder={t(locale, 'findLabel')}
          value={query} onChange={(e) => { setQuery(e.target.value); setStatus(''); }} />
        <span className="rd-find-count" data-testid="find-count" aria-live="polite">{status || count}</span>
        <button type="button" data-testid="find-prev" aria-label={t(locale, 'findPrevious')} title={`${t(locale, 'findPrevious')} (Shift+Enter)`} disabled={matches.length === 0} onClick={() => step(-1)}>↑</button>
        <button type="button" data-testid="find-next" aria-label={t(locale, 'findNext')} title={`${t(locale, 'findNext')} (Enter)`} disabled={matches.length === 0} onClick={() => step(1)}>↓</button>
        <button type="button" data-testid="find-close" aria-label={t(locale, 'close')} title={`${t(locale, 'close')} (Esc)`} onClick={close}>✕</button>
      </div>
      {withReplace && (
        <div className="rd-find-row">
          <input type="text" data-testid="replace-input" aria-label={t(locale, 'replaceLabel')} placeholder={t(locale, 'replaceLabel')}
            value={replacement} onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); e.stopPropagation(); replaceOne(); } }} />
          <button type="button" data-testid="replace-one" disabled={matches.length === 0} onClick={replaceOne}>{t(locale, 'replaceOne')}</button>
          <button type="button" data-testid="replace-all" disabled={matches.length === 0} onClick={replaceEvery}>{t(locale, 'replaceAll')}</button>
        </div>
      )}
      {withoutTones > 0 && matches.length === 0 && (
        <div className="rd-find-row rd-find-hint">
          <button type="button" className="rd-find-suggest" data-testid="find-suggest-ignore-tones"
            onClick={() => { setOptions({ ...options, ignoreTones: true }); input.current?.focus(); }}>
            {t(locale, 'findWithoutTones').replace('{n}', String(withoutTones))}
          </button>
        </div>
      )}
      <div className="rd-find-row rd-find-options">
        {option('matchCase', t(locale, 'matchCase'), 'find-match-case')}
        {option('wholeWord', t(locale, 'wholeWord'), 'find-whole-word')}
        {option('ignoreTones', t(locale, 'ignoreTones'), 'find-ignore-tones')}
      </div>
    </div>
  );
}
