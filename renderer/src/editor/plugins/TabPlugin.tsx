// Tab and Shift+Tab never take the focus out of the document unseen (what was typed next was lost):
// - in a table cell they move to the next / previous cell (TablePlugin); Tab in the last cell adds a row,
//   as in Word;
// - in a list item they nest / un-nest it; in a paragraph or heading they indent / outdent it (one step
//   = 1.27 cm, as the Word export);
// - Esc then Tab (or Shift+Tab) leaves the document by keyboard, as accessible editors do, and so do
//   Ctrl+Tab / Ctrl+Shift+Tab directly. Both are listed in the shortcuts help (ShortcutsHelp.tsx).
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $findCellNode, $findTableNode, $insertTableRowAtSelection, $isTableCellNode, $isTableRowNode,
} from '@lexical/table';
import {
  $getSelection, $isRangeSelection, COMMAND_PRIORITY_CRITICAL, COMMAND_PRIORITY_LOW, INDENT_CONTENT_COMMAND,
  KEY_DOWN_COMMAND, KEY_ESCAPE_COMMAND, KEY_TAB_COMMAND, OUTDENT_CONTENT_COMMAND,
} from 'lexical';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/** Moves the focus to the next (or previous) focusable control after `from` in document order. */
export function focusNextOutside(from: HTMLElement, backwards: boolean): void {
  const all = [...from.ownerDocument.querySelectorAll<HTMLElement>(FOCUSABLE)]
    .filter((el) => !from.contains(el) && el.offsetParent !== null && el.tabIndex >= 0);
  const after = (el: HTMLElement) => (from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  // Past the last control, round to the first (and back from the first to the last), as Tab does.
  const target = backwards ? all.filter((el) => !after(el)).at(-1) ?? all.at(-1) : all.find(after) ?? all[0];
  target?.focus();
}

/** Whether the collapsed selection is in the last cell of its table. */
function $inLastCell(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const cell = $findCellNode(selection.anchor.getNode());
  if (!cell) return false;
  const table = $findTableNode(cell);
  const row = cell.getParent();
  return table !== null && $isTableRowNode(row) && row.getNextSibling() === null && cell.getNextSibling() === null;
}

export function TabPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    // After Esc the next Tab is the browser's (focus moves on); any other key cancels that.
    let leaveOnTab = false;
    return mergeRegister(
      // Lexical's rich text blurs the editor on Escape, which drops the focus on <body> unseen. Escape
      // keeps the focus here instead and arms the next Tab to leave.
      editor.registerCommand(KEY_ESCAPE_COMMAND, () => {
        leaveOnTab = true;
        return true;
      }, COMMAND_PRIORITY_LOW),
      editor.registerCommand(KEY_DOWN_COMMAND, (event) => {
        if (event.key === 'Escape') { leaveOnTab = true; return false; }
        if (event.key === 'Shift') return false;
        if (event.key === 'Tab' && event.ctrlKey && !event.altKey && !event.metaKey) {
          const root = editor.getRootElement();
          if (!root) return false;
          event.preventDefault();
          focusNextOutside(root, event.shiftKey);
          return true;
        }
        if (event.key !== 'Tab') leaveOnTab = false;
        return false;
      }, COMMAND_PRIORITY_CRITICAL),
      // Before TablePlugin's own Tab handling (which moves between cells).
      editor.registerCommand(KEY_TAB_COMMAND, (event) => {
        if (leaveOnTab) {
          leaveOnTab = false;
          const root = editor.getRootElement();
          event.preventDefault();
          if (root) focusNextOutside(root, event.shiftKey);
          return true;
        }
        if (event.shiftKey || !$inLastCell()) return false;
        event.preventDefault();
        $insertTableRowAtSelection(true);
        const selection = $getSelection();
        const cell = $isRangeSelection(selection) ? $findCellNode(selection.anchor.getNode()) : null;
        const next = cell?.getParent()?.getNextSibling();
        const first = $isTableRowNode(next) ? next.getFirstChild() : null;
        if ($isTableCellNode(first)) first.selectStart();
        return true;
      }, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(KEY_TAB_COMMAND, (event) => {
        event.preventDefault(); // never let the browser move the focus out of the document here
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return true;
        if ($findMatchingParent(selection.anchor.getNode(), $isTableCellNode)) return true; // a range in a table: no-op
        editor.dispatchCommand(event.shiftKey ? OUTDENT_CONTENT_COMMAND : INDENT_CONTENT_COMMAND, undefined);
        return true;
      }, COMMAND_PRIORITY_LOW),
    );
  }, [editor]);
  return null;
}
