// Tab / Shift+Tab inside a list item nest / un-nest it (ListItemNode.setIndent builds the nested list).
// Outside lists Tab keeps its usual role (focus moves on; in tables TablePlugin moves between cells).
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isListItemNode } from '@lexical/list';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $getSelection, $isRangeSelection, COMMAND_PRIORITY_LOW, INDENT_CONTENT_COMMAND, KEY_TAB_COMMAND,
  OUTDENT_CONTENT_COMMAND,
} from 'lexical';

export function ListTabPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => mergeRegister(
    editor.registerCommand(KEY_TAB_COMMAND, (event) => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return false;
      const inList = selection.getNodes().some((node) => $findMatchingParent(node, $isListItemNode) !== null)
        || $findMatchingParent(selection.anchor.getNode(), $isListItemNode) !== null;
      if (!inList) return false;
      event.preventDefault();
      return editor.dispatchCommand(event.shiftKey ? OUTDENT_CONTENT_COMMAND : INDENT_CONTENT_COMMAND, undefined);
    }, COMMAND_PRIORITY_LOW),
  ), [editor]);
  return null;
}
