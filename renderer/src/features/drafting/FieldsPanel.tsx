// drafting (issue 10). Every field of the draft with its value and state (filled / unconfirmed / empty).
// Changing a value here changes every occurrence at once, as one undo step; a field can become plain text.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LexicalEditor } from 'lexical';
import { fieldDef } from '../../../../electron/shared/fields.ts';
import { useLocale, useT } from '../../i18n/index.tsx';
import { SidePanel } from '../../app/SidePanel.tsx';
import { $collectFields, CHIP_CATCH_UP_TAG, fieldToText, setFieldEverywhere, type FieldInfo } from '../../editor/drafting/fields.ts';

export function useFields(editor: LexicalEditor | null): FieldInfo[] {
  const [fields, setFields] = useState<FieldInfo[]>([]);
  useEffect(() => {
    if (!editor) { setFields([]); return; }
    setFields(editor.getEditorState().read($collectFields));
    // The list follows the document after typing pauses, off the keystroke's (or Enter's) frame.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return; // selection only
      if (tags.has(CHIP_CATCH_UP_TAG)) return; // off-screen chips drawn: nothing changed
      clearTimeout(timer);
      timer = setTimeout(() => setFields(editor.getEditorState().read($collectFields)), 120);
    });
    return () => { clearTimeout(timer); unregister(); };
  }, [editor]);
  return fields;
}

function FieldRow(props: { field: FieldInfo; editor: LexicalEditor; readOnly: boolean; onJump(index: number): void }) {
  const t = useT();
  const { locale } = useLocale();
  const { field, editor } = props;
  const label = fieldDef(field.name).label[locale];
  const [draft, setDraft] = useState(field.value);
  // The value changed in the document (undo, another change): the input follows, unless the user has
  // typed something else there meanwhile (the list re-reads the fields 120 ms after a change).
  const shown = useRef(field.value);
  const draftNow = useRef(draft);
  draftNow.current = draft;
  const input = useRef<HTMLInputElement>(null);
  /** The input's whole text was selected when the document's value replaced it: select the new one. */
  const reselect = useRef(false);
  useEffect(() => {
    const el = input.current;
    const follows = draftNow.current === shown.current && draftNow.current !== field.value;
    // A user who selected the value to type over it (focus, Ctrl+A) types over the new value too, not
    // after it: replacing an input's value puts its caret at the end.
    reselect.current = follows && el !== null && el.ownerDocument.activeElement === el && el.value.length > 0
      && el.selectionStart === 0 && el.selectionEnd === el.value.length;
    if (follows) setDraft(field.value);
    shown.current = field.value;
  }, [field]); // each re-read of the list: the value may have gone and come back between two of them
  useLayoutEffect(() => {
    if (!reselect.current) return;
    reselect.current = false;
    input.current?.select();
  }, [draft]);
  const apply = () => {
    if (draft.normalize('NFC') !== field.value || field.state === 'unconfirmed') setFieldEverywhere(editor, field.name, draft.trim());
    // What the input shows is now the document's value: a later change there (an undo) is followed.
    shown.current = draft;
  };
  return (
    <li className={`field-row state-${field.state}`} data-testid="field-row" data-field={field.name} data-state={field.state}>
      <div className="field-row-head">
        <span className="field-label">{label}</span>
        <span className={`field-state state-${field.state}`}>{t(`fields.state.${field.state}`)}</span>
        {field.count > 1 && <span className="field-count">{t('fields.count', { n: field.count })}</span>}
      </div>
      <form className="field-row-edit" onSubmit={(e) => { e.preventDefault(); apply(); }}>
        <input
          ref={input}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          aria-label={t('fields.valueLabel', { label })}
          title={t('fields.applyHint')}
          disabled={props.readOnly}
          data-testid="field-value"
        />
        <button type="submit" className="button small" disabled={props.readOnly} data-testid="field-apply">
          {field.state === 'unconfirmed' && draft === field.value ? t('fields.confirm') : t('fields.apply')}
        </button>
      </form>
      <div className="field-row-actions">
        <button type="button" className="link-button small" onClick={() => props.onJump(field.blockIndex)} data-testid="field-jump">{t('fields.jump')}</button>
        <button type="button" className="link-button small" disabled={props.readOnly} onClick={() => fieldToText(editor, field.name)} data-testid="field-to-text">{t('fields.toText')}</button>
      </div>
    </li>
  );
}

export function FieldsPanel(props: { editor: LexicalEditor | null; readOnly: boolean; onJump(index: number): void; onClose(): void }) {
  const t = useT();
  const fields = useFields(props.editor);
  return (
    <SidePanel title={t('fields.title')} onClose={props.onClose} testId="fields-panel">
      {fields.length === 0 && <p className="muted">{t('fields.none')}</p>}
      {props.editor && (
        <ul className="field-list">
          {fields.map((f) => <FieldRow key={f.name} field={f} editor={props.editor!} readOnly={props.readOnly} onJump={props.onJump} />)}
        </ul>
      )}
    </SidePanel>
  );
}
