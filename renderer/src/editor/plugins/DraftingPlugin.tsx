// drafting (issue 10). Hands the editor to the screen (fields and check panels), registers the checklist's
// view, and keeps the caret out of field chips: a collapsed caret at a chip's edge moves into the text
// beside it, so what is typed or composed goes there (with no text beside it, CaretPlugin keeps the DOM
// caret outside the chip). Delete at the end of the text before the carry-forward checklist, or Backspace
// at the start of the text after it, leaves the checklist alone: Lexical removed the whole block with one
// key. Never touches the Backspace key event itself (Unikey sends it); only Lexical's delete command.
import { useEffect } from 'react';
import {
  $getSelection, $isElementNode, $isParagraphNode, $isRangeSelection, $isTextNode, COMMAND_PRIORITY_LOW, DELETE_CHARACTER_COMMAND, SELECTION_CHANGE_COMMAND,
  type LexicalEditor, type LexicalNode, type PointType,
} from 'lexical';
import { $isHeadingNode } from '@lexical/rich-text';
import { $isCarryChecklistNode } from '../nodes/CarryChecklistNode.ts';
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

/** Whether `point` is at the very start (or end) of `block`'s text. */
function isAtBlockEdge(point: PointType, block: LexicalNode, start: boolean): boolean {
  let node: LexicalNode = point.getNode();
  const size = $isElementNode(node) ? node.getChildrenSize() : node.getTextContentSize();
  if (point.offset !== (start ? 0 : size)) return false;
  while (node !== block) {
    if ((start ? node.getPreviousSibling() : node.getNextSibling()) !== null) return false;
    const parent = node.getParent();
    if (!parent) return false;
    node = parent;
  }
  return true;
}

/** A deletion that would take the carry-forward checklist beside the caret's paragraph or heading. */
function $deletesChecklist(isBackward: boolean): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const block = selection.anchor.getNode().getTopLevelElement();
  if (!block || !($isParagraphNode(block) || $isHeadingNode(block))) return false; // a list's own Backspace (outdent) stays
  const beside = isBackward ? block.getPreviousSibling() : block.getNextSibling();
  return $isCarryChecklistNode(beside) && isAtBlockEdge(selection.anchor, block, isBackward);
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
    editor.registerCommand(DELETE_CHARACTER_COMMAND, (isBackward) => $deletesChecklist(isBackward), COMMAND_PRIORITY_LOW),
  ), [editor]);
  return null;
}
