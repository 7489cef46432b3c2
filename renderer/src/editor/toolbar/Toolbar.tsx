// The editor toolbar: block type (paragraph / I. / 1. / a)), marks, lists, undo/redo, insert table,
// and a table group shown while the selection is in a table. Buttons keep the editor's selection
// (mousedown is prevented) and report their state with aria-pressed.
import { useCallback, useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  COMMAND_PRIORITY_LOW, FORMAT_TEXT_COMMAND, REDO_COMMAND, UNDO_COMMAND, INDENT_CONTENT_COMMAND, OUTDENT_CONTENT_COMMAND, type TextFormatType,
} from 'lexical';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { $removeListFromSelectedItems, $selectionHasItemsOfOtherList, $selectionAllInList } from './listActions.ts';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { shortcut, t, type EditorLocale, type StringKey } from '../strings.ts';
import { useToolbarState, type BlockType } from './useToolbarState.ts';
import { $runTableAction, type TableAction } from './tableActions.ts';
import { $setBlockType, $stripTypedBulletsInSelection, BLOCK_SHORTCUTS } from './blockType.ts';
import { BlockTypeSelect } from './BlockTypeSelect.tsx';
import { ShortcutsHelp } from './ShortcutsHelp.tsx';
import { InsertField } from './InsertField.tsx';
import { FindBar } from '../find/FindBar.tsx';
import { OPEN_EDITOR_PANEL_COMMAND, type EditorPanel } from '../commands.ts';

const keepSelection = (event: MouseEvent) => event.preventDefault();

interface ButtonProps {
  testId: string;
  label: string;
  keys?: string;
  pressed?: boolean;
  disabled?: boolean;
  /** Opens or closes a panel, which takes the focus itself: the focus is not sent back to the text. */
  opensPanel?: boolean;
  onClick(): void;
  children: ReactNode;
}

/** A toolbar command, then the focus back in the text, as a word processor's toolbar does (an update alone
 *  no longer moves the focus: focusGuard.ts). */
function ToolButton({ testId, label, keys, pressed, disabled, opensPanel, onClick, children }: ButtonProps) {
  const [editor] = useLexicalComposerContext();
  const title = keys ? `${label} (${shortcut(keys)})` : label;
  return (
    <button
      type="button"
      data-testid={testId}
      aria-label={label}
      title={title}
      aria-pressed={pressed === undefined ? undefined : pressed}
      disabled={disabled}
      onMouseDown={keepSelection}
      onClick={() => { onClick(); if (!opensPanel) editor.focus(); }}
    >
      {/* The glyph is decoration: the name is the label. */}
      <span aria-hidden="true">{children}</span>
    </button>
  );
}

/**
 * The rows × columns box. It takes the keyboard as soon as it opens (focus in "rows", its text selected),
 * so nothing typed there can reach the document; Escape, Cancel or a click outside close it and give
 * the focus back to the editor at the selection it had.
 */
function InsertTable({ locale, disabled }: { locale: EditorLocale; disabled: boolean }) {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState(false);
  const [rows, setRows] = useState(3);
  const [columns, setColumns] = useState(3);
  const box = useRef<HTMLSpanElement>(null);
  const rowsInput = useRef<HTMLInputElement>(null);
  const clamp = (n: number) => Math.max(1, Math.min(50, Math.floor(n) || 1));
  const close = useCallback(() => { setOpen(false); editor.focus(); }, [editor]);
  const insert = () => {
    editor.dispatchCommand(INSERT_TABLE_COMMAND, { rows: String(clamp(rows)), columns: String(clamp(columns)), includeHeaders: false });
    close();
  };
  useEffect(() => {
    if (!open) return;
    rowsInput.current?.focus();
    rowsInput.current?.select();
    const onPointer = (event: PointerEvent) => {
      if (box.current && !box.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer, true);
    return () => document.removeEventListener('pointerdown', onPointer, true);
  }, [open]);
  return (
    <span ref={box} style={{ position: 'relative' }}>
      <ToolButton testId="tb-insert-table" label={t(locale, 'insertTable')} pressed={open} disabled={disabled} opensPanel onClick={() => (open ? close() : setOpen(true))}>
        ▦
      </ToolButton>
      {open && (
        <span className="rd-popover" role="dialog" aria-label={t(locale, 'insertTable')} data-testid="tb-table-box"
          onKeyDown={(event) => {
            if (event.key === 'Enter') { event.preventDefault(); insert(); }
            if (event.key === 'Escape') { event.preventDefault(); event.stopPropagation(); close(); }
          }}>
          <label>{t(locale, 'rows')} <input ref={rowsInput} data-testid="tb-table-rows" type="number" min={1} max={50} value={rows}
            onChange={(e) => setRows(Number(e.target.value))} /></label>
          <label>{t(locale, 'columns')} <input data-testid="tb-table-cols" type="number" min={1} max={50} value={columns}
            onChange={(e) => setColumns(Number(e.target.value))} /></label>
          <button type="button" data-testid="tb-table-insert" onClick={insert}>{t(locale, 'insert')}</button>
          <button type="button" data-testid="tb-table-cancel" onClick={close}>{t(locale, 'cancel')}</button>
        </span>
      )}
    </span>
  );
}

const TABLE_BUTTONS: { action: TableAction; testId: string; key: StringKey; glyph: string }[] = [
  { action: 'rowAbove', testId: 'tb-row-above', key: 'rowAbove', glyph: '↑+' },
  { action: 'rowBelow', testId: 'tb-row-below', key: 'rowBelow', glyph: '↓+' },
  { action: 'colLeft', testId: 'tb-col-left', key: 'colLeft', glyph: '←+' },
  { action: 'colRight', testId: 'tb-col-right', key: 'colRight', glyph: '→+' },
  { action: 'deleteRow', testId: 'tb-delete-row', key: 'deleteRow', glyph: '−≡' },
  { action: 'deleteColumn', testId: 'tb-delete-col', key: 'deleteColumn', glyph: '−‖' },
  { action: 'mergeCells', testId: 'tb-merge-cells', key: 'mergeCells', glyph: '⊞→□' },
  { action: 'unmergeCells', testId: 'tb-unmerge-cells', key: 'unmergeCells', glyph: '□→⊞' },
  { action: 'deleteTable', testId: 'tb-delete-table', key: 'deleteTable', glyph: '✕▦' },
];

export function Toolbar({ locale, readOnly }: { locale: EditorLocale; readOnly: boolean }) {
  const [editor] = useLexicalComposerContext();
  const state = useToolbarState(editor);
  const [panel, setPanel] = useState<EditorPanel | null>(null);
  useEffect(() => editor.registerCommand(OPEN_EDITOR_PANEL_COMMAND, (which) => {
    setPanel(which === 'replace' && readOnly ? 'find' : which);
    return true;
  }, COMMAND_PRIORITY_LOW), [editor, readOnly]);
  const format = (type: TextFormatType) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type);
  const setBlockType = (type: BlockType) => {
    editor.update(() => $setBlockType(type));
    editor.focus();
  };
  const toggleList = (type: 'bullet' | 'number') => {
    let removed = false;
    editor.update(() => {
      if (!$selectionAllInList(type)) return;
      $removeListFromSelectedItems();
      removed = true;
    }, { discrete: true });
    if (removed) return;
    // One undo step: the typed "- " / "+ " / "• " goes away as the real bullet comes.
    editor.update(() => {
      // Items of a list of the other type: those items leave their list first, so only they change type
      // (Lexical's command would retype the whole list they are in).
      if ($selectionHasItemsOfOtherList(type)) $removeListFromSelectedItems();
      $stripTypedBulletsInSelection();
      editor.dispatchCommand(type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
    });
  };
  const blockTitle = `${t(locale, 'blockType')} — ${(['h1', 'h2', 'h3', 'paragraph'] as const).map((b) => `${t(locale, b)}: ${shortcut(BLOCK_SHORTCUTS[b])}`).join(' · ')}`;
  const table = (action: TableAction) => editor.update(() => $runTableAction(action));

  return (
    <div className="rd-toolbar" role="toolbar" aria-label={t(locale, 'toolbar')} data-testid="editor-toolbar">
      <div className="rd-toolbar-group">
        <ToolButton testId="tb-undo" label={t(locale, 'undo')} keys="Ctrl+Z" disabled={readOnly || !state.canUndo}
          onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>↶</ToolButton>
        <ToolButton testId="tb-redo" label={t(locale, 'redo')} keys="Ctrl+Y" disabled={readOnly || !state.canRedo}
          onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}>↷</ToolButton>
      </div>
      <div className="rd-toolbar-group">
        <BlockTypeSelect value={state.blockType} disabled={readOnly} label={t(locale, 'blockType')} title={blockTitle}
          captionLabel={state.inCaption ? t(locale, 'photoCaption') : undefined}
          optionLabel={(type) => t(locale, type)} onApply={setBlockType} />
      </div>
      <div className="rd-toolbar-group">
        <ToolButton testId="tb-bold" label={t(locale, 'bold')} keys="Ctrl+B" pressed={state.bold} disabled={readOnly}
          onClick={() => format('bold')}><b>B</b></ToolButton>
        <ToolButton testId="tb-italic" label={t(locale, 'italic')} keys="Ctrl+I" pressed={state.italic} disabled={readOnly}
          onClick={() => format('italic')}><i>I</i></ToolButton>
        <ToolButton testId="tb-underline" label={t(locale, 'underline')} keys="Ctrl+U" pressed={state.underline} disabled={readOnly}
          onClick={() => format('underline')}><u>U</u></ToolButton>
      </div>
      <div className="rd-toolbar-group">
        <ToolButton testId="tb-bullet-list" label={t(locale, 'bulletList')} pressed={state.listType === 'bullet'} disabled={readOnly}
          onClick={() => toggleList('bullet')}>–≡</ToolButton>
        <ToolButton testId="tb-number-list" label={t(locale, 'numberList')} pressed={state.listType === 'number'} disabled={readOnly}
          onClick={() => toggleList('number')}><span className="rd-glyph-number-list" /></ToolButton>
        <ToolButton testId="tb-outdent" label={t(locale, 'outdent')} disabled={readOnly}
          onClick={() => editor.dispatchCommand(OUTDENT_CONTENT_COMMAND, undefined)}>⇤</ToolButton>
        <ToolButton testId="tb-indent" label={t(locale, 'indent')} disabled={readOnly}
          onClick={() => editor.dispatchCommand(INDENT_CONTENT_COMMAND, undefined)}>⇥</ToolButton>
      </div>
      <div className="rd-toolbar-group">
        <InsertTable locale={locale} disabled={readOnly || state.inTable} />
        {/* drafting (issue 10) */}
        <InsertField locale={locale} disabled={readOnly} />
      </div>
      <div className="rd-toolbar-group">
        <ToolButton testId="tb-find" label={t(locale, readOnly ? 'find' : 'findReplace')} keys={readOnly ? 'Ctrl+F' : 'Ctrl+H'} pressed={panel === 'find' || panel === 'replace'} opensPanel
          onClick={() => setPanel(panel === 'find' || panel === 'replace' ? null : readOnly ? 'find' : 'replace')}>⌕</ToolButton>
        <ToolButton testId="tb-shortcuts" label={t(locale, 'shortcuts')} keys="Ctrl+/" pressed={panel === 'help'} opensPanel
          onClick={() => setPanel(panel === 'help' ? null : 'help')}>⌨</ToolButton>
      </div>
      {state.inTable && !readOnly && (
        <div className="rd-toolbar-group rd-tb-table-group" role="group" aria-label={t(locale, 'table')} data-testid="tb-table-group">
          <span className="rd-tb-label">{t(locale, 'table')}:</span>
          {TABLE_BUTTONS.map((b) => (
            <ToolButton key={b.action} testId={b.testId} label={t(locale, b.key)}
              disabled={(b.action === 'mergeCells' && !state.canMerge) || (b.action === 'unmergeCells' && !state.canUnmerge)}
              onClick={() => table(b.action)}>{b.glyph}</ToolButton>
          ))}
        </div>
      )}
      {panel === 'help' && <ShortcutsHelp locale={locale} onClose={() => setPanel(null)} />}
      {(panel === 'find' || panel === 'replace') && (
        <FindBar locale={locale} withReplace={panel === 'replace' && !readOnly} onClose={() => setPanel(null)}
          onToggleReplace={() => setPanel(panel === 'replace' || readOnly ? 'find' : 'replace')} />
      )}
    </div>
  );
}
