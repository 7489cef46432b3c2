// ReviewEditor: the report's rich-text editor (Lexical). The shell gives it a document and receives
// NFC-normalized states through onChange; see ReviewEditorProps for the contract.
import { useMemo, useRef, type JSX, type ReactNode } from 'react';
import { createEditor, type LexicalEditor, type SerializedLexicalNode } from 'lexical';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import type { DocState } from '../../../electron/shared/doc.ts';
import { emptyDoc } from '../../../electron/shared/doc-build.ts';
import { EDITOR_NODES, VIEW_NODES } from './nodes.ts';
import { editorTheme } from './theme.ts';
import { t } from './strings.ts';
import { Toolbar } from './toolbar/Toolbar.tsx';
import { ChangePlugin } from './plugins/ChangePlugin.tsx';
import { PastePlugin } from './plugins/PastePlugin.tsx';
import { TabPlugin } from './plugins/TabPlugin.tsx';
import { ScrollToBlockPlugin, type BlockTarget } from './plugins/ScrollToBlockPlugin.tsx';
import { SelectionShieldPlugin } from './plugins/SelectionShieldPlugin.tsx';
import { TestHooksPlugin } from './plugins/TestHooksPlugin.tsx';
import { EditablePlugin } from './plugins/EditablePlugin.tsx';
import { AutoFocusPlugin } from './plugins/AutoFocusPlugin.tsx';
import { AutoFormatPlugin } from './plugins/AutoFormatPlugin.tsx';
import { BlockShortcutsPlugin } from './plugins/BlockShortcutsPlugin.tsx';
import { CaretPlugin } from './plugins/CaretPlugin.tsx';
import { ProgressiveLoadPlugin } from './plugins/ProgressiveLoadPlugin.tsx';
import { WindowingPlugin } from './plugins/WindowingPlugin.tsx';
import { RootNormalizationPlugin } from './plugins/RootNormalizationPlugin.tsx';
import { FocusGuardPlugin } from './plugins/FocusGuardPlugin.tsx';
import { splitForProgressiveLoad } from './progressiveLoad.ts';
import { PanelShortcutsPlugin } from './plugins/PanelShortcutsPlugin.tsx';
// drafting (issue 10)
import { DraftingPlugin } from './plugins/DraftingPlugin.tsx';
import { CapsSymbolsPlugin } from './plugins/CapsSymbolsPlugin.tsx';
import './editor.css';

export { EDITOR_NODES };
export { flushLiveEditors } from './liveEditors.ts';

export interface ReviewEditorProps {
  /** Changes when another review is opened: the editor is re-created with initialState. */
  documentKey: string;
  initialState: DocState;
  locale: 'vi' | 'en';
  /**
   * Called after content changes (not selection-only changes), debounced, with the serialized state (NFC).
   * flushLiveEditors() makes every mounted editor report pending changes at once (before a save).
   * Ctrl/Cmd+S is the shell's: the editor has no save shortcut of its own.
   */
  onChange(state: DocState): void;
  /** Called on the first content change after each onChange (a keystroke): the shell marks the draft unsaved at once. */
  onDirty?(): void;
  /**
   * The document as the editor opened it, serialized in idle time after opening: called once, and only if
   * nothing changed before. The autosaver splices its first save against it (only the blocks typed in
   * travel, not the whole review).
   */
  onBaseline?(state: DocState): void;
  /** Scroll to and briefly highlight top-level block `index`, or the words `span` in it (nonce changes to repeat the same index). */
  scrollTarget?: BlockTarget | null;
  readOnly?: boolean;
  /** The document's language (its export profile's look: Decree 30 for vi, international for en). */
  docLang?: 'vi' | 'en';
  /** Put the caret in the document when it is shown (at the scroll target's block, if any). */
  autoFocus?: boolean;
  /** drafting (issue 10): the live editor, for the fields and check panels (null when it goes away). */
  onEditor?: (editor: LexicalEditor | null) => void;
  /** More plugins from the shell's features (reuse panel bridge, translation panel's caret), rendered inside the composer. */
  plugins?: ReactNode;
}

interface ReadableState {
  /** What the editor mounts at once (the whole review, or its first screen for a long one). */
  json: string;
  /** The blocks mounted right after (ProgressiveLoadPlugin); empty for a short review. */
  rest: SerializedLexicalNode[];
}

function unknownType(node: unknown, known: ReadonlySet<string>): string | null {
  const { type, children } = node as { type?: unknown; children?: unknown };
  if (typeof type !== 'string' || !known.has(type)) return String(type);
  if (Array.isArray(children)) for (const child of children) { const bad = unknownType(child, known); if (bad !== null) return bad; }
  return null;
}

/**
 * The initial state split for mounting, or null when Lexical cannot read it (a node type this editor does
 * not know). Checked up front with a throwaway editor so a bad document is shown as an error and never
 * overwritten by an empty one through autosave: what mounts first is parsed, the rest's node types are
 * checked (parsing all of a 200-page review twice would cost the open a hundred ms).
 */
function readableInitialState(state: DocState): ReadableState | null {
  const { first, rest } = splitForProgressiveLoad(state.root.children.length > 0 ? state : emptyDoc());
  const json = JSON.stringify(first);
  try {
    const check = createEditor({ namespace: 'review-desk-check', nodes: [...EDITOR_NODES], onError: (e) => { throw e; } });
    check.parseEditorState(json);
    const known = new Set(check._nodes.keys());
    for (const block of rest) {
      const bad = unknownType(block, known);
      if (bad !== null) throw new Error(`unknown node type "${bad}"`);
    }
    return { json, rest };
  } catch (error) {
    console.error('[editor] unreadable document', error);
    return null;
  }
}

function EditorInstance(props: ReviewEditorProps): JSX.Element {
  const { initialState, locale } = props;
  // Built once per instance: the instance is keyed by documentKey, so a new review means a new editor.
  const readable = useMemo(() => readableInitialState(initialState), []); // once per instance: the document is re-read only for a new documentKey
  if (readable === null) {
    return <div className="rd-editor rd-broken" role="alert" data-testid="editor-unreadable">{t(locale, 'unreadable')}</div>;
  }
  return <LoadedEditor {...props} readable={readable} />;
}

function LoadedEditor(props: ReviewEditorProps & { readable: ReadableState }): JSX.Element {
  const { readable, locale, readOnly = false } = props;
  const box = useRef<HTMLDivElement>(null);
  const initialConfig = useMemo<InitialConfigType>(() => ({
    namespace: 'review-desk',
    nodes: [...EDITOR_NODES, ...VIEW_NODES],
    theme: editorTheme,
    editable: !readOnly,
    editorState: readable.json, // a long review: its first screen; the rest follows (ProgressiveLoadPlugin)
    onError: (error: Error) => {
      // Lexical reports internal errors here; surface them rather than continue on a corrupt state.
      console.error('[editor]', error);
      throw error;
    },
  }), []); // once per instance, on purpose: later prop changes must not reset the document

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div ref={box} className="rd-editor" data-readonly={readOnly ? 'true' : 'false'} data-doc-lang={props.docLang ?? locale} lang={locale}>
        <Toolbar locale={locale} readOnly={readOnly} />
        <div className="rd-scroller">
          <div className="rd-page" lang={props.docLang ?? locale}>
            <RichTextPlugin
              contentEditable={
                <ContentEditable
                  className="rd-content"
                  data-testid="editor"
                  ariaLabel={t(locale, 'editorLabel')}
                  ariaMultiline
                  tabIndex={0}
                  role="textbox"
                  spellCheck={false}
                  aria-placeholder={t(locale, 'placeholder')}
                  placeholder={<div className="rd-placeholder">{t(locale, 'placeholder')}</div>}
                />
              }
              ErrorBoundary={LexicalErrorBoundary}
            />
          </div>
        </div>
        <RootNormalizationPlugin />
        <CapsSymbolsPlugin />
        <FocusGuardPlugin />
        <HistoryPlugin />
        <ListPlugin />
        <TablePlugin hasCellMerge hasCellBackgroundColor={false} hasTabHandler hasHorizontalScroll={false} />
        <TabPlugin />
        <PastePlugin />
        <ChangePlugin onChange={props.onChange} onDirty={props.onDirty} onBaseline={props.onBaseline} />
        <ScrollToBlockPlugin target={props.scrollTarget} />
        <AutoFocusPlugin enabled={!readOnly && props.autoFocus === true} blockIndex={props.scrollTarget?.index} />
        <AutoFormatPlugin />
        <BlockShortcutsPlugin />
        <CaretPlugin />
        <PanelShortcutsPlugin />
        <EditablePlugin editable={!readOnly} />
        <TestHooksPlugin />
        <SelectionShieldPlugin />
        <ProgressiveLoadPlugin rest={readable.rest} container={() => box.current} />
        <WindowingPlugin />
        <DraftingPlugin onEditor={props.onEditor} />
        {props.plugins}
      </div>
    </LexicalComposer>
  );
}

export function ReviewEditor(props: ReviewEditorProps): JSX.Element {
  return <EditorInstance key={props.documentKey} {...props} />;
}
