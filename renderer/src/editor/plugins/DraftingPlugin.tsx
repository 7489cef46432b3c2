// drafting (issue 10). Hands the editor to the screen (fields and check panels), registers the checklist's
// view, and keeps the caret out of field chips: a collapsed caret at a chip's edge moves into the text
// beside it, so what is typed or composed goes there.
// Returns null like every plugin; never touches Backspace.
import { useEffect } from 'react';
import { $getSelection, $isRangeSelection, $isTextNode, COMMAND_PRIORITY_LOW, SELECTION_CHANGE_COMMAND, type LexicalEditor } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $isFieldNode } from '../nodes/FieldNode.ts';
import { flushChipCatchUp, flushFieldChange, registerFieldChangeFlush, registerFieldIndex } from '../drafting/fields.ts';
import { registerSettle } from '../liveEditors.ts';
import '../nodes/CarryChecklistView.tsx';
import '../../features/drafting/drafting.css';

function $caretOutOfChip(): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed() || selection.anchor.type !== 'text') return;
  const node = selection.anchor.getNode();
  if (!$isFieldNode(node)) return;
  const offset = selection.anchor.offset;
  if (offset === node.getTextContentSize()) {
    const next = node.getNextSibling();
    if ($isTextNode(next) && !$isFieldNode(next)) next.select(0, 0);
  } else if (offset === 0) {
    const prev = node.getPreviousSibling();
    if ($isTextNode(prev) && !$isFieldNode(prev)) prev.select(prev.getTextContentSize(), prev.getTextContentSize());
  }
}

export function DraftingPlugin(props: { onEditor?: (editor: LexicalEditor | null) => void }): null {
  const [editor] = useLexicalComposerContext();
  const { onEditor } = props;
  useEffect(() => {
    if (!onEditor) return;
    onEditor(editor);
    return () => onEditor(null);
  }, [editor, onEditor]);
  useEffect(() => {
    // A printout shows every chip's value, including those still waiting to be drawn.
    const beforePrint = () => flushChipCatchUp(editor);
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, [editor]);
  useEffect(() => mergeRegister(
    registerFieldIndex(editor),
    // The rest of a field change reaches the state before any input, save or export (fields.ts).
    registerFieldChangeFlush(editor),
    registerSettle(editor, () => flushFieldChange(editor)),
    editor.registerCommand(SELECTION_CHANGE_COMMAND, () => {
      if (editor.isComposing()) return false;
      $caretOutOfChip();
      return false;
    }, COMMAND_PRIORITY_LOW),
  ), [editor]);
  return null;
}
