// The node classes the editor registers: exactly the types of electron/shared/doc.ts.
// Shared by the React editor, the headless tests and anything that needs the same schema.
import type { Klass, LexicalNode } from 'lexical';
import { HeadingNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { CommentMarkNode } from './nodes/CommentMarkNode.ts';
import { PhotoCaptionNode } from './nodes/PhotoCaptionNode.ts';
// drafting (issue 10)
import { FieldNode } from './nodes/FieldNode.ts';
import { CarryChecklistNode } from './nodes/CarryChecklistNode.ts';
import { RollMarkNode } from './nodes/RollMarkNode.ts';
// inbox (issue 14)
import { ReviewChangeNode } from './nodes/ReviewChangeNode.ts';
import { DocumentSymbolNode } from './nodes/DocumentSymbolNode.ts';

export const EDITOR_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  ListNode,
  ListItemNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  // ── import (issue 9 comments, issue 8 item 11 captions) ──
  CommentMarkNode,
  PhotoCaptionNode,
  // drafting (issue 10)
  FieldNode,
  CarryChecklistNode,
  // reuse (issue 11)
  RollMarkNode,
  // inbox (issue 14)
  ReviewChangeNode,
];

/**
 * Nodes the editor makes for showing text, never stored: the export turns them back into the schema's
 * text (exportState.ts). Registered by the live editor; a stored document holding one is unreadable.
 */
export const VIEW_NODES: ReadonlyArray<Klass<LexicalNode>> = [DocumentSymbolNode];
