// drafting (issue 10). Reading and changing the draft's fields in the live editor.
import { $createTextNode, $getRoot, $isElementNode, SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG, type LexicalEditor, type LexicalNode } from 'lexical';
import { $isFieldNode, fieldState, type FieldNode, type FieldState } from '../nodes/FieldNode.ts';

export interface FieldInfo {
  name: string;
  value: string;
  state: FieldState;
  count: number;
  /** Top-level block of the first occurrence (jump target). */
  blockIndex: number;
}

function $walk(node: LexicalNode, visit: (field: FieldNode) => void): void {
  if ($isFieldNode(node)) { visit(node); return; }
  if ($isElementNode(node)) for (const child of node.getChildren()) $walk(child, visit);
}

/** Every field node in document order, with its top-level block index. */
export function $fieldNodes(): { node: FieldNode; blockIndex: number }[] {
  const out: { node: FieldNode; blockIndex: number }[] = [];
  $getRoot().getChildren().forEach((block, blockIndex) => $walk(block, (node) => out.push({ node, blockIndex })));
  return out;
}

/** One entry per field name; a name whose occurrences disagree shows the first value and the worst state. */
export function $collectFields(): FieldInfo[] {
  const by = new Map<string, FieldInfo>();
  const rank: Record<FieldState, number> = { empty: 2, unconfirmed: 1, filled: 0 };
  for (const { node, blockIndex } of $fieldNodes()) {
    const state = fieldState(node.getTextContent(), node.isConfirmed());
    const seen = by.get(node.getName());
    if (!seen) { by.set(node.getName(), { name: node.getName(), value: node.getTextContent(), state, count: 1, blockIndex }); continue; }
    seen.count++;
    if (rank[state] > rank[seen.state]) seen.state = state;
  }
  return [...by.values()];
}

/** Sets every occurrence of a field at once: one editor update, so one undo step. */
export function setFieldEverywhere(editor: LexicalEditor, name: string, value: string): void {
  editor.update(() => {
    const nfc = value.normalize('NFC');
    for (const { node } of $fieldNodes()) {
      if (node.getName() === name && (node.getTextContent() !== nfc || !node.isConfirmed())) node.setValue(nfc, true);
    }
    // The caret stays where the user left it (the panel's input keeps focus): no DOM selection work.
  }, { tag: ['rd-field-change', SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG] });
}

/** Turns every occurrence of a field into plain text with its value (an empty one disappears). */
export function fieldToText(editor: LexicalEditor, name: string): void {
  editor.update(() => {
    for (const { node } of $fieldNodes()) {
      if (node.getName() !== name) continue;
      const value = node.getTextContent();
      if (value === '') { node.remove(); continue; }
      const text = $createTextNode(value);
      text.setFormat(node.getFormat());
      node.replace(text);
    }
  });
}

/** Names of the fields with no value (the export asks about them first). */
export function emptyFieldNames(editor: LexicalEditor): string[] {
  return editor.getEditorState().read(() => $collectFields().filter((f) => f.state === 'empty').map((f) => f.name));
}
