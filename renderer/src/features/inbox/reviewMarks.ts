// inbox (issue 14): the ministries' tracked changes and comments in the live editor, for the comments
// tab: list them by ministry, accept / reject a change, resolve a comment, one or all of a ministry.
import { $getRoot, $isElementNode, type LexicalEditor, type LexicalNode, type NodeKey, $getNodeByKey } from 'lexical';
import { $isReviewChangeNode } from '../../editor/nodes/ReviewChangeNode.ts';
import { $isCommentMarkNode } from '../../editor/nodes/CommentMarkNode.ts';

export interface ChangeItem { kind: 'insertion' | 'deletion'; key: NodeKey; text: string; author: string; ministry: string; blockIndex: number }
export interface CommentItem { kind: 'comment'; key: NodeKey; id: string; text: string; author: string; on: string; ministry: string; blockIndex: number }
export type ReviewItem = ChangeItem | CommentItem;

/** "Trần Thị Bình (Bộ Công Thương)" → "Bộ Công Thương"; a comment made in the app has no group. */
export function ministryOfAuthor(author: string): string {
  return /\(([^()]+)\)\s*$/u.exec(author)?.[1]?.trim() ?? '';
}

function walk(node: LexicalNode, visit: (n: LexicalNode) => void): void {
  visit(node);
  if ($isElementNode(node)) for (const child of node.getChildren()) walk(child, visit);
}

export function readReviewItems(editor: LexicalEditor, nameOf: (key: string) => string): ReviewItem[] {
  return editor.getEditorState().read(() => {
    const out: ReviewItem[] = [];
    $getRoot().getChildren().forEach((block, blockIndex) => walk(block, (n) => {
      if ($isReviewChangeNode(n)) {
        out.push({ kind: n.getChange(), key: n.getKey(), text: n.getTextContent(), author: n.getAuthor(), ministry: nameOf(n.getMinistry()) || ministryOfAuthor(n.getAuthor()), blockIndex });
      } else if ($isCommentMarkNode(n)) {
        for (const c of n.getComments()) {
          out.push({ kind: 'comment', key: n.getKey(), id: c.id, text: c.text, author: c.author, on: n.getTextContent(), ministry: ministryOfAuthor(c.author), blockIndex });
        }
      }
    }));
    return out;
  });
}

/** Accepts or rejects changes and resolves comments, in one undoable update. */
export function settleItems(editor: LexicalEditor, items: readonly ReviewItem[], how: 'accept' | 'reject'): void {
  editor.update(() => {
    for (const item of items) {
      const node = $getNodeByKey(item.key);
      if (item.kind === 'comment') {
        if (!$isCommentMarkNode(node) || !node.isAttached()) continue;
        const rest = node.getComments().filter((c) => c.id !== item.id);
        if (rest.length) { node.setComments(rest); node.deleteID(item.id); continue; }
        // The last comment resolved: the words stay, the mark goes.
        for (const child of node.getChildren()) node.insertBefore(child);
        node.remove();
      } else if ($isReviewChangeNode(node) && node.isAttached()) {
        node.settle(how);
      }
    }
  });
}
