// Word-style bullet autoformat, the pure part: when it fires, and what it does to the paragraph.
// AutoFormatPlugin watches typing and calls these.
import { $getNodeByKey, $isParagraphNode, $isTextNode, type NodeKey } from 'lexical';
import { $createListItemNode, $createListNode, $isListNode } from '@lexical/list';

/** The marker that triggers, and the list level it makes. */
export const AUTOFORMAT_MARKERS: Record<string, 1 | 2> = { '-': 1, '*': 1, '+': 2 };

/**
 * Whether `now` is `before` with a space just typed right after a bullet marker at the start (the moment
 * autoformat fires), and the level to make; null otherwise.
 */
export function autoformatTrigger(before: string | undefined, now: string, caret: number): 1 | 2 | null {
  if (caret !== 2 || now[1] !== ' ') return null;
  const level = AUTOFORMAT_MARKERS[now[0] ?? ''];
  if (!level) return null;
  return before === now[0] + now.slice(2) ? level : null;
}

/** Turns the paragraph holding text node `key` (which starts with the marker and a space) into a bullet. */
export function $applyAutoformat(key: NodeKey, level: 1 | 2): void {
  const node = $getNodeByKey(key);
  const paragraph = node?.getParent();
  if (!$isTextNode(node) || !$isParagraphNode(paragraph)) return;
  const rest = node.getTextContent().slice(2);
  if (rest) node.setTextContent(rest);
  else node.remove();
  const item = $createListItemNode();
  item.append(...paragraph.getChildren());
  const previous = paragraph.getPreviousSibling();
  if ($isListNode(previous) && previous.getListType() === 'bullet') {
    // Continue the list above (a "+" line nests under its last item).
    previous.append(item);
    paragraph.remove();
    if (level === 2) item.setIndent(1);
  } else {
    const list = $createListNode('bullet');
    list.append(item);
    paragraph.replace(list);
  }
  item.selectStart();
}
