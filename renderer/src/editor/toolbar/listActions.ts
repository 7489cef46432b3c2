// The list buttons act on the selected items only, as in Word: on items already in a list of that type
// they take just those items out of the list (the list is split around them), not the whole list; on
// items of a list of the other type they make just those items a list of the button's type.
// Call inside editor.update().
import { $copyNode, $createParagraphNode, $getNodeByKey, $getSelection, $isRangeSelection, $isTextNode, type LexicalNode, type ParagraphNode } from 'lexical';
import { $findMatchingParent } from '@lexical/utils';
import { $isListItemNode, $isListNode, type ListItemNode, type ListType } from '@lexical/list';

/** A list item holding only a nested list (no text of its own). */
function isNestedHolder(item: ListItemNode): boolean {
  return $isListNode(item.getFirstChild()) && item.getChildrenSize() === 1;
}

/** The list items the selection touches, in document order (no nested-list holders). */
export function $selectedListItems(): ListItemNode[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const items = new Map<string, ListItemNode>();
  const add = (node: LexicalNode) => {
    const item = $isListItemNode(node) ? node : $findMatchingParent(node, $isListItemNode);
    if ($isListItemNode(item) && !isNestedHolder(item)) items.set(item.getKey(), item);
  };
  add(selection.anchor.getNode());
  selection.getNodes().forEach(add);
  add(selection.focus.getNode());
  return [...items.values()].sort((a, b) => (a.isBefore(b) ? -1 : 1));
}

/** Whether every selected block is an item of a `type` list (the button shows pressed, and toggles off). */
export function $selectionAllInList(type: ListType): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const items = $selectedListItems();
  if (items.length === 0) return false;
  const blocks = selection.getNodes().map((n) => n.getTopLevelElement()).filter((n) => n !== null);
  if (blocks.some((b) => !$isListNode(b))) return false;
  return items.every((item) => { const list = item.getParent(); return $isListNode(list) && list.getListType() === type; });
}

/** Whether the selection has items of a list that is not of `type` (the button converts just those). */
export function $selectionHasItemsOfOtherList(type: ListType): boolean {
  return $selectedListItems().some((item) => { const list = item.getParent(); return $isListNode(list) && list.getListType() !== type; });
}

/** Takes one item out of its list: un-nests it to the top level, then splits the list around it. */
function $liftItem(item: ListItemNode): ParagraphNode {
  while ($isListItemNode(item.getParent()?.getParent())) item.setIndent(item.getIndent() - 1);
  const list = item.getParentOrThrow();
  const paragraph = $createParagraphNode().append(...item.getChildren().filter((c) => !$isListNode(c)));
  const after = item.getNextSiblings();
  if (after.length > 0) {
    const rest = $copyNode(list);
    rest.append(...after);
    list.insertAfter(rest);
  }
  list.insertAfter(paragraph);
  item.remove();
  if (list.getChildrenSize() === 0) list.remove();
  return paragraph;
}

/** Takes the selected items out of their lists; the text (and the caret in it) stays where it was. */
export function $removeListFromSelectedItems(): void {
  const selection = $getSelection();
  const collapsed = $isRangeSelection(selection) && selection.isCollapsed() ? { ...selection.anchor } : null;
  const items = $selectedListItems();
  let last: ParagraphNode | null = null;
  for (const item of items) last = $liftItem(item);
  if (!last) return;
  // A caret in text stays on its text node (moved, not recreated); on an empty item it goes to the
  // paragraph that item became.
  const anchor = collapsed ? $getNodeByKey(collapsed.key) : null;
  if (collapsed && collapsed.type === 'text' && $isTextNode(anchor) && anchor.isAttached()) anchor.select(collapsed.offset, collapsed.offset);
  else if (collapsed) last.selectStart();
  else if (!$isRangeSelection($getSelection())) last.selectEnd();
}
