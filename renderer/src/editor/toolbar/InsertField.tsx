// drafting (issue 10). The toolbar's "Insert field" menu button: the draft's fields (with their values),
// then the other known fields; the chosen one becomes a chip at the caret. A menu button as WAI-ARIA
// describes it: Enter, Space or ArrowDown open it on the first item, ArrowUp on the last; arrows, Home and
// End move; Enter or Space inserts; Escape closes it back to the button; Tab or a click outside closes it.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { t, type EditorLocale } from '../strings.ts';
import { $collectFields, insertField } from '../drafting/fields.ts';
import { fieldMenuEntries, type FieldMenuEntry } from '../drafting/fieldMenu.ts';

const keepSelection = (event: MouseEvent) => event.preventDefault();

export function InsertField({ locale, disabled }: { locale: EditorLocale; disabled: boolean }) {
  const [editor] = useLexicalComposerContext();
  const [entries, setEntries] = useState<FieldMenuEntry[] | null>(null);
  const [inDraftCount, setInDraftCount] = useState(0);
  const [focusIndex, setFocusIndex] = useState(0);
  const box = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const open = entries !== null;

  const show = useCallback((at: 'first' | 'last') => {
    const { inDraft, others } = fieldMenuEntries(editor.getEditorState().read($collectFields));
    const all = [...inDraft, ...others];
    setInDraftCount(inDraft.length);
    setEntries(all);
    setFocusIndex(at === 'first' ? 0 : all.length - 1);
  }, [editor]);
  const close = useCallback((focus: 'button' | 'none') => {
    setEntries(null);
    if (focus === 'button') button.current?.focus();
  }, []);
  const choose = (entry: FieldMenuEntry) => {
    setEntries(null);
    insertField(editor, entry.name, entry.value, entry.confirmed);
    editor.focus();
  };

  useEffect(() => { if (open) items.current[focusIndex]?.focus(); }, [open, focusIndex]);
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => { if (box.current && !box.current.contains(event.target as Node)) setEntries(null); };
    document.addEventListener('pointerdown', onPointer, true);
    return () => document.removeEventListener('pointerdown', onPointer, true);
  }, [open]);

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      show(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };
  const onMenuKey = (event: KeyboardEvent) => {
    if (!entries) return;
    const last = entries.length - 1;
    const move = (to: number) => { event.preventDefault(); setFocusIndex(to); };
    if (event.key === 'ArrowDown') move(focusIndex >= last ? 0 : focusIndex + 1);
    else if (event.key === 'ArrowUp') move(focusIndex <= 0 ? last : focusIndex - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(last);
    else if (event.key === 'Escape') { event.preventDefault(); event.stopPropagation(); close('button'); }
    else if (event.key === 'Tab') close('none');
  };

  const label = t(locale, 'insertField');
  const item = (entry: FieldMenuEntry, index: number) => (
    <button
      key={entry.name}
      ref={(el) => { items.current[index] = el; }}
      type="button"
      role="menuitem"
      tabIndex={index === focusIndex ? 0 : -1}
      className="rd-field-menu-item"
      data-testid="tb-field-item"
      data-field={entry.name}
      onMouseDown={keepSelection}
      onClick={() => choose(entry)}
    >
      <span className="rd-field-menu-label">{entry.label[locale]}</span>
      <span className={`rd-field-menu-value${entry.value ? '' : ' empty'}`}>{entry.value || t(locale, 'fieldEmpty')}</span>
    </button>
  );
  return (
    <span ref={box} style={{ position: 'relative' }}>
      <button
        ref={button}
        type="button"
        data-testid="tb-insert-field"
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={disabled}
        onMouseDown={keepSelection}
        onKeyDown={onButtonKey}
        onClick={() => (open ? close('none') : show('first'))}
      >
        <span aria-hidden="true">{'{…}'}</span>
      </button>
      {entries && (
        <div className="rd-field-menu" role="menu" aria-label={label} data-testid="tb-field-menu" onKeyDown={onMenuKey}>
          {inDraftCount > 0 && (
            <div role="group" aria-label={t(locale, 'fieldsInDraft')}>
              <div className="rd-field-menu-head" aria-hidden="true">{t(locale, 'fieldsInDraft')}</div>
              {entries.slice(0, inDraftCount).map((e, i) => item(e, i))}
            </div>
          )}
          {entries.length > inDraftCount && (
            <div role="group" aria-label={t(locale, 'otherFields')}>
              <div className="rd-field-menu-head" aria-hidden="true">{t(locale, 'otherFields')}</div>
              {entries.slice(inDraftCount).map((e, i) => item(e, inDraftCount + i))}
            </div>
          )}
        </div>
      )}
    </span>
  );
}
