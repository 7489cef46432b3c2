// The node classes the editor registers: exactly the types of electron/shared/doc.ts.
// Shared by the React editor, the headless tests and anything that needs the same schema.
import type { Klass, LexicalNode } from 'lexical';
import { HeadingNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { RollMarkNode } from './nodes/RollMarkNode.ts';
// drafting (issue 10)
import { FieldNode } from './nodes/FieldNode.ts';
import { CarryChecklistNode } from './nodes/CarryChecklistNode.ts';

export const EDITOR_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  ListNode,
  ListItemNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  // reuse (issue 11)
  RollMarkNode,
  // drafting (issue 10)
  FieldNode,
  CarryChecklistNode,
];
