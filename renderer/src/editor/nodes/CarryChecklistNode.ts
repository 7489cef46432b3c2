// drafting (issue 10). Last year's orientations to report on: one item per orientation with its status
// (done / in progress / not done) and a line for the result. A block decorator: its items live in the
// node (saved with the draft, undone like text); the exporter writes them as ordinary report text.
import { createElement, type ComponentType, type JSX } from 'react';
import {
  $applyNodeReplacement, $getNodeByKey, DecoratorNode, type EditorConfig, type LexicalEditor, type LexicalNode,
  type NodeKey, type SerializedLexicalNode, type Spread,
} from 'lexical';
import type { CarryStatus, DocCarryItem } from '../../../../electron/shared/doc.ts';

export interface CarryChecklistViewProps { editor: LexicalEditor; nodeKey: NodeKey; items: DocCarryItem[]; fromYear: number | null }

/** The React view is registered by the editor (CarryChecklistView.tsx), so this file stays plain .ts for the
 *  headless tests, which never decorate. */
let View: ComponentType<CarryChecklistViewProps> | null = null;
export function registerCarryChecklistView(view: ComponentType<CarryChecklistViewProps>): void { View = view; }

export type SerializedCarryChecklistNode = Spread<{
  type: 'carry-checklist';
  version: 1;
  fromReviewId: string | null;
  fromYear: number | null;
  items: DocCarryItem[];
}, SerializedLexicalNode>;

export class CarryChecklistNode extends DecoratorNode<JSX.Element> {
  __items: DocCarryItem[];
  __fromReviewId: string | null;
  __fromYear: number | null;

  static override getType(): string { return 'carry-checklist'; }

  static override clone(node: CarryChecklistNode): CarryChecklistNode {
    return new CarryChecklistNode(node.__items, node.__fromReviewId, node.__fromYear, node.__key);
  }

  constructor(items: DocCarryItem[] = [], fromReviewId: string | null = null, fromYear: number | null = null, key?: NodeKey) {
    super(key);
    this.__items = items;
    this.__fromReviewId = fromReviewId;
    this.__fromYear = fromYear;
  }

  static override importJSON(json: SerializedCarryChecklistNode): CarryChecklistNode {
    const items = Array.isArray(json.items) ? json.items.map((i): DocCarryItem => ({
      id: String(i.id), text: String(i.text ?? ''), status: i.status ?? null, result: String(i.result ?? ''),
      // Carried from a review in the other language: the original wording, or the mark that it is untranslated.
      ...(typeof i.sourceText === 'string' ? { sourceText: i.sourceText } : {}),
      ...(i.untranslated === 'vi' || i.untranslated === 'en' ? { untranslated: i.untranslated } : {}),
    })) : [];
    return $createCarryChecklistNode(items, json.fromReviewId ?? null, json.fromYear ?? null);
  }

  override exportJSON(): SerializedCarryChecklistNode {
    return { type: 'carry-checklist', version: 1, fromReviewId: this.__fromReviewId, fromYear: this.__fromYear, items: this.getItems().map((i) => ({ ...i })) };
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const div = document.createElement('div');
    div.className = 'rd-carry';
    div.contentEditable = 'false';
    return div;
  }

  override updateDOM(): false { return false; }

  override isInline(): false { return false; }
  // Not a caret stop: arrow keys go past it to the text beyond (a node selection of it had no DOM caret,
  // and the next keystroke went to the top of the document). Its own controls take Tab and the mouse.
  override isKeyboardSelectable(): boolean { return false; }

  getItems(): DocCarryItem[] { return this.getLatest().__items; }
  getFromYear(): number | null { return this.getLatest().__fromYear; }

  /** One item changed (status or result): a new array, so undo keeps the old one. */
  updateItem(id: string, patch: Partial<Pick<DocCarryItem, 'status' | 'result'>>): void {
    const self = this.getWritable();
    self.__items = self.__items.map((i) => (i.id === id ? { ...i, ...patch, ...(patch.result !== undefined ? { result: patch.result.normalize('NFC') } : {}) } : i));
  }

  removeItem(id: string): void {
    const self = this.getWritable();
    self.__items = self.__items.filter((i) => i.id !== id);
  }

  override getTextContent(): string {
    return this.getItems().map((i) => (i.result ? `${i.text}\n${i.result}` : i.text)).join('\n');
  }

  override decorate(editor: LexicalEditor): JSX.Element {
    if (!View) throw new Error('CarryChecklistView is not registered');
    return createElement(View, { editor, nodeKey: this.__key, items: this.__items, fromYear: this.__fromYear });
  }
}

export function $createCarryChecklistNode(items: DocCarryItem[] = [], fromReviewId: string | null = null, fromYear: number | null = null): CarryChecklistNode {
  return $applyNodeReplacement(new CarryChecklistNode(items, fromReviewId, fromYear));
}

export function $isCarryChecklistNode(node: LexicalNode | null | undefined): node is CarryChecklistNode {
  return node instanceof CarryChecklistNode;
}

/** Sets one item's status or result from the view, as one undoable update. */
export function updateCarryItem(editor: LexicalEditor, nodeKey: NodeKey, id: string, patch: Partial<{ status: CarryStatus | null; result: string }>): void {
  editor.update(() => {
    const node = $getNodeByKey(nodeKey);
    if ($isCarryChecklistNode(node)) node.updateItem(id, patch);
  });
}
