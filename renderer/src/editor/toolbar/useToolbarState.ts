// What the toolbar shows: active marks, the block type at the caret, list type, table context, and
// whether undo/redo are possible. Recomputed on every update (cheap: reads only around the selection).
import { useEffect, useState } from 'react';
import type { LexicalEditor } from 'lexical';
import {
  $getSelection, $isRangeSelection, CAN_REDO_COMMAND, CAN_UNDO_COMMAND, COMMAND_PRIORITY_CRITICAL,
  SELECTION_CHANGE_COMMAND, $isRootOrShadowRoot, type LexicalNode,
} from 'lexical';
import { $isHeadingNode } from '@lexical/rich-text';
import { $isListNode, ListNode } from '@lexical/list';
import { $isTableCellNode, $isTableSelection } from '@lexical/table';
import { $findMatchingParent, $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import { $isPhotoCaptionNode } from '../nodes/PhotoCaptionNode.ts';

export type BlockType = 'paragraph' | 'h1' | 'h2' | 'h3';

export interface ToolbarState {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  blockType: BlockType;
  listType: 'bullet' | 'number' | null;
  inTable: boolean;
  canMerge: boolean;
  canUnmerge: boolean;
  canUndo: boolean;
  canRedo: boolean;
  /** The caret is in an imported photo caption (shown as its own entry in the block-type list). */
  inCaption: boolean;
}

const INITIAL: ToolbarState = {
  bold: false, italic: false, underline: false, blockType: 'paragraph', listType: null,
  inTable: false, canMerge: false, canUnmerge: false, canUndo: false, canRedo: false, inCaption: false,
};

function $topBlock(node: LexicalNode): LexicalNode {
  return $findMatchingParent(node, (n) => {
    const parent = n.getParent();
    return parent !== null && $isRootOrShadowRoot(parent);
  }) ?? node;
}

function $readSelectionState(): Omit<ToolbarState, 'canUndo' | 'canRedo'> {
  const selection = $getSelection();
  if ($isTableSelection(selection)) {
    const cells = selection.getNodes().filter($isTableCellNode);
    return { ...INITIAL, inTable: true, canMerge: cells.length > 1, canUnmerge: false };
  }
  if (!$isRangeSelection(selection)) return INITIAL;
  const anchor = selection.anchor.getNode();
  const cell = $findMatchingParent(anchor, $isTableCellNode);
  // In a table cell the "block" is the cell's paragraph/heading, not the table.
  const block = cell
    ? $findMatchingParent(anchor, (n) => n.getParent() === cell) ?? anchor
    : $topBlock(anchor);
  const list = $getNearestNodeOfType(anchor, ListNode);
  let blockType: BlockType = 'paragraph';
  if ($isHeadingNode(block)) {
    const tag = block.getTag();
    blockType = tag === 'h1' || tag === 'h2' ? tag : 'h3';
  }
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    blockType,
    listType: $isListNode(list) ? (list.getListType() === 'number' ? 'number' : 'bullet') : null,
    inTable: cell !== null,
    canMerge: false,
    canUnmerge: cell !== null && (cell.getColSpan() > 1 || cell.getRowSpan() > 1),
    inCaption: $isPhotoCaptionNode(block),
  };
}

export function useToolbarState(editor: LexicalEditor): ToolbarState {
  const [state, setState] = useState<ToolbarState>(INITIAL);
  useEffect(() => {
    const refresh = () => {
      const next = editor.getEditorState().read($readSelectionState);
      setState((prev) => {
        const merged = { ...prev, ...next };
        return (Object.keys(merged) as (keyof ToolbarState)[]).some((k) => merged[k] !== prev[k]) ? merged : prev;
      });
    };
    return mergeRegister(
      editor.registerUpdateListener(refresh),
      editor.registerCommand(SELECTION_CHANGE_COMMAND, () => {
        refresh();
        return false;
      }, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(CAN_UNDO_COMMAND, (canUndo) => {
        setState((prev) => (prev.canUndo === canUndo ? prev : { ...prev, canUndo }));
        return false;
      }, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(CAN_REDO_COMMAND, (canRedo) => {
        setState((prev) => (prev.canRedo === canRedo ? prev : { ...prev, canRedo }));
        return false;
      }, COMMAND_PRIORITY_CRITICAL),
    );
  }, [editor]);
  return state;
}
