// Block types of the report (đoạn văn, Mục I., Khoản 1., Điểm a)) and bullet conversion, shared by the
// toolbar, the keyboard shortcuts and autoformat. Call the $ functions inside editor.update().
import { $createParagraphNode, $getSelection, $isParagraphNode, $isRangeSelection, $isTextNode, type LexicalNode } from 'lexical';
import { $createHeadingNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import type { BlockType } from './useToolbarState.ts';

/** Ctrl+Alt+digit for each block type, as Word's Ctrl+Alt+1..3 (headings) and Ctrl+Shift+N (normal). */
export const BLOCK_SHORTCUTS: Record<BlockType, string> = { paragraph: 'Ctrl+Alt+0', h1: 'Ctrl+Alt+1', h2: 'Ctrl+Alt+2', h3: 'Ctrl+Alt+3' };
export const BLOCK_BY_DIGIT: Record<string, BlockType> = { Digit0: 'paragraph', Digit1: 'h1', Digit2: 'h2', Digit3: 'h3', Numpad0: 'paragraph', Numpad1: 'h1', Numpad2: 'h2', Numpad3: 'h3' };

export function $setBlockType(type: BlockType): void {
  const selection = $getSelection();
  if (!selection) return;
  $setBlocksType(selection, () => (type === 'paragraph' ? $createParagraphNode() : $createHeadingNode(type)));
}

/** A typed bullet at the start of a line ("- ", "+ ", "• ", "– ", "* "), which a real bullet replaces. */
export const TYPED_BULLET = /^[-+•–*]\s+/u;

/** Removes a typed bullet from the start of a block's first text run (before it becomes a list item). */
export function $stripTypedBullet(block: LexicalNode): void {
  if (!$isParagraphNode(block)) return;
  const first = block.getFirstDescendant();
  if (!$isTextNode(first)) return;
  const text = first.getTextContent();
  const match = TYPED_BULLET.exec(text.trimStart());
  if (!match) return;
  const cut = text.length - text.trimStart().length + match[0].length;
  if (cut >= text.length) first.setTextContent('');
  else first.setTextContent(text.slice(cut));
}

/** Strips typed bullets from every paragraph the selection touches. */
export function $stripTypedBulletsInSelection(): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const blocks = new Set<LexicalNode>();
  for (const node of selection.getNodes()) {
    const block = $isParagraphNode(node) ? node : node.getParent();
    if (block) blocks.add(block);
  }
  const anchorBlock = selection.anchor.getNode().getTopLevelElement();
  if (anchorBlock) blocks.add(anchorBlock);
  blocks.forEach($stripTypedBullet);
}
