// Word-style autoformat: typing "- " (or "* ") at the start of a paragraph makes it a bullet, "+ " a
// second-level bullet (under the list just above, the report's "-" / "+" house style). The change is its
// own undo step, so Ctrl+Z right after gives back the typed "- " as text, as in Word.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getNodeByKey, $getSelection, $isParagraphNode, $isRangeSelection, $isRootNode, $isTextNode,
  COLLABORATION_TAG, HISTORIC_TAG, HISTORY_PUSH_TAG, PASTE_TAG,
} from 'lexical';
import { $applyAutoformat, autoformatTrigger } from '../autoformat.ts';

export function AutoFormatPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.registerUpdateListener(({ tags, dirtyLeaves, editorState, prevEditorState }) => {
    if (tags.has(HISTORIC_TAG) || tags.has(COLLABORATION_TAG) || tags.has(PASTE_TAG) || editor.isComposing()) return;
    const found = editorState.read(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
      const node = selection.anchor.getNode();
      if (!$isTextNode(node) || !dirtyLeaves.has(node.getKey())) return null;
      const paragraph = node.getParent();
      if (!$isParagraphNode(paragraph) || !$isRootNode(paragraph.getParent()) || paragraph.getFirstChild() !== node) return null;
      const before = prevEditorState.read(() => $getNodeByKey(node.getKey())?.getTextContent());
      const level = autoformatTrigger(before, node.getTextContent(), selection.anchor.offset);
      return level ? { key: node.getKey(), level } : null;
    });
    if (!found) return;
    editor.update(() => $applyAutoformat(found.key, found.level), { tag: HISTORY_PUSH_TAG });
  }), [editor]);
  return null;
}
