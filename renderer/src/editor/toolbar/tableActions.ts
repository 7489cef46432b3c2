// Table edits at the selection, for the table toolbar group. Call inside editor.update().
import { $getSelection } from 'lexical';
import {
  $deleteTableColumnAtSelection, $deleteTableRowAtSelection, $findTableNode, $insertTableColumnAtSelection,
  $insertTableRowAtSelection, $isTableCellNode, $isTableSelection, $mergeCells, $unmergeCell, $findCellNode,
} from '@lexical/table';
import { $createParagraphNode, $isRangeSelection } from 'lexical';

export type TableAction =
  | 'rowAbove' | 'rowBelow' | 'colLeft' | 'colRight' | 'deleteRow' | 'deleteColumn' | 'deleteTable'
  | 'mergeCells' | 'unmergeCells';

function $currentTable() {
  const selection = $getSelection();
  const anchor = $isRangeSelection(selection) || $isTableSelection(selection) ? selection.anchor.getNode() : null;
  const cell = anchor ? $findCellNode(anchor) : null;
  return cell ? $findTableNode(cell) : null;
}

export function $runTableAction(action: TableAction): void {
  switch (action) {
    case 'rowAbove': $insertTableRowAtSelection(false); return;
    case 'rowBelow': $insertTableRowAtSelection(true); return;
    case 'colLeft': $insertTableColumnAtSelection(false); return;
    case 'colRight': $insertTableColumnAtSelection(true); return;
    case 'deleteRow': $deleteTableRowAtSelection(); return;
    case 'deleteColumn': $deleteTableColumnAtSelection(); return;
    case 'deleteTable': {
      const table = $currentTable();
      if (table) {
        let next = table.getNextSibling() ?? table.getPreviousSibling();
        if (!next) {
          next = $createParagraphNode();
          table.insertAfter(next);
        }
        table.remove();
        next.selectStart();
      }
      return;
    }
    case 'mergeCells': {
      const selection = $getSelection();
      if (!$isTableSelection(selection)) return;
      const cells = selection.getNodes().filter($isTableCellNode);
      if (cells.length > 1) $mergeCells(cells)?.selectEnd();
      return;
    }
    case 'unmergeCells': $unmergeCell(); return;
  }
}
