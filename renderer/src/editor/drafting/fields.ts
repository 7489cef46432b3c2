// drafting (issue 10). Reading and changing the draft's fields in the live editor.
import {
  $createTextNode, $getNodeByKey, $getRoot, $getSelection, $isElementNode, $isRangeSelection, $isTextNode, HISTORY_MERGE_TAG,
  SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG, type LexicalEditor, type LexicalNode, type NodeKey,
} from 'lexical';
import { $createFieldNode, $isFieldNode, DEFERRED_CHIP_DOM, FieldNode, fieldState, type FieldState } from '../nodes/FieldNode.ts';
import { completeLoad } from '../progressiveLoad.ts';
import { OFF_ATTR, WINDOWED_ATTR } from '../windowing.ts';

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

/** The keys of a live editor's field nodes by name, kept by a mutation listener (a field's name never
 *  changes): changing a field touches its occurrences only, instead of walking a 200-page document. */
interface FieldIndex { byName: Map<string, Set<NodeKey>>; nameOf: Map<NodeKey, string> }
const indexes = new WeakMap<LexicalEditor, FieldIndex>();

export function registerFieldIndex(editor: LexicalEditor): () => void {
  const index: FieldIndex = { byName: new Map(), nameOf: new Map() };
  indexes.set(editor, index);
  const unregister = editor.registerMutationListener(FieldNode, (mutations) => {
    // A value change reports every occurrence as 'updated': nothing to index, no state to read.
    let news = false;
    for (const [key, mutation] of mutations) if (mutation === 'destroyed' || !index.nameOf.has(key)) { news = true; break; }
    if (!news) return;
    editor.getEditorState().read(() => {
      for (const [key, mutation] of mutations) {
        if (mutation === 'destroyed') {
          const name = index.nameOf.get(key);
          index.nameOf.delete(key);
          if (name !== undefined) index.byName.get(name)?.delete(key);
        } else if (!index.nameOf.has(key)) {
          const node = $getNodeByKey(key);
          if (!$isFieldNode(node)) continue;
          index.nameOf.set(key, node.__name);
          let keys = index.byName.get(node.__name);
          if (!keys) index.byName.set(node.__name, keys = new Set());
          keys.add(key);
        }
      }
    });
  }, { skipInitialization: false });
  return () => { unregister(); if (indexes.get(editor) === index) indexes.delete(editor); };
}

/** The occurrences of one field (from the index when the editor has one, else by walking the document). */
function $occurrences(editor: LexicalEditor, name: string): FieldNode[] {
  const index = indexes.get(editor);
  // Without a root element (headless, not mounted yet) no mutations are reported: walk instead.
  if (!index || editor.getRootElement() === null) return $fieldNodes().map((f) => f.node).filter((n) => n.getName() === name);
  const out: FieldNode[] = [];
  for (const key of index.byName.get(name) ?? []) {
    const node = $getNodeByKey(key);
    if ($isFieldNode(node) && node.isAttached()) out.push(node);
  }
  return out;
}

/** Tag of the updates that bring off-screen chips up to date (no content change: listeners may skip them). */
export const CHIP_CATCH_UP_TAG = 'rd-field-catch-up';
/** Off-screen chips brought up to date per frame. */
const CATCH_UP_CHUNK = 120;

/**
 * The keys of a field's chips outside the editor's viewport (with a margin of a quarter screen), nearest
 * first. The visible blocks are found by a binary search over the top-level blocks' rectangles (a dozen
 * block rectangles, read while the layout is clean; a rectangle per inline chip cost 4 ms for 500), and
 * each chip is placed by its top-level block in the editor state.
 */
function offscreenChips(editor: LexicalEditor, keys: Iterable<NodeKey>): NodeKey[] {
  const root = editor.getRootElement();
  const scroller = root?.closest('.rd-scroller') ?? null;
  if (!root || !scroller || root.children.length === 0) return [];
  const view = scroller.getBoundingClientRect();
  const margin = view.height / 4;
  const top = view.top - margin;
  const bottom = view.bottom + margin;
  // Only displayed blocks have a box (a windowed review's others are hidden, off screen: windowing.ts).
  const all = root.children;
  const blocks = root.hasAttribute(WINDOWED_ATTR) ? [...all].filter((b) => !b.hasAttribute(OFF_ATTR)) : all;
  const rect = (i: number) => blocks[i]!.getBoundingClientRect();
  // First block ending below the band's top; then the last one starting above its bottom.
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (rect(mid).bottom < top) lo = mid + 1; else hi = mid; }
  let first = lo;
  hi = blocks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (rect(mid).top <= bottom) lo = mid + 1; else hi = mid; }
  let last = lo - 1;
  if (blocks !== all) { // back to indices among all the blocks
    const indexOf = (i: number) => Array.prototype.indexOf.call(all, blocks[i]);
    const firstBlock = first < blocks.length ? indexOf(first) : all.length;
    last = last >= 0 ? indexOf(last) : -1;
    first = firstBlock;
  }
  return editor.getEditorState().read(() => {
    const order = new Map($getRoot().getChildrenKeys().map((k, i) => [k, i] as const));
    const out: { key: NodeKey; distance: number }[] = [];
    for (const key of keys) {
      const block = $getNodeByKey(key)?.getTopLevelElement();
      const index = block ? order.get(block.getKey()) : undefined;
      if (index === undefined || (index >= first && index <= last)) continue;
      out.push({ key, distance: index < first ? first - index : index - last });
    }
    return out.sort((a, b) => a.distance - b.distance).map((o) => o.key);
  });
}

/** Chips of each editor still waiting for their DOM, in the order they are brought up to date. */
const pendingCatchUp = new WeakMap<LexicalEditor, NodeKey[]>();

function $markChipsDirty(keys: readonly NodeKey[]): void {
  for (const key of keys) {
    DEFERRED_CHIP_DOM.delete(key);
    const node = $getNodeByKey(key);
    if ($isFieldNode(node)) node.getWritable();
  }
}

const CATCH_UP_TAGS = [HISTORY_MERGE_TAG, SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG, CHIP_CATCH_UP_TAG];

/** Brings deferred chips up to date, a chunk per frame: each chunk marks its chips dirty in a
 *  history-merge update (no undo step, no autosave), and the reconciler writes their text then. */
function catchUp(editor: LexicalEditor, keys: NodeKey[]): void {
  const queued = pendingCatchUp.get(editor);
  if (queued) { queued.push(...keys); return; } // a catch-up is running: it takes these too
  pendingCatchUp.set(editor, [...keys]);
  const step = () => {
    const queue = pendingCatchUp.get(editor);
    if (!queue) return; // flushed meanwhile
    const chunk = queue.splice(0, CATCH_UP_CHUNK);
    if (queue.length === 0) pendingCatchUp.delete(editor);
    if (editor.getRootElement() === null) { for (const k of [...chunk, ...queue]) DEFERRED_CHIP_DOM.delete(k); pendingCatchUp.delete(editor); return; }
    editor.update(() => $markChipsDirty(chunk), { tag: CATCH_UP_TAGS });
    if (pendingCatchUp.has(editor)) afterFrame(step);
  };
  afterFrame(step);
}

/** Draws every chip still waiting, now (before printing, before jumping to a block). */
export function flushChipCatchUp(editor: LexicalEditor): void {
  const queue = pendingCatchUp.get(editor);
  if (!queue) return;
  pendingCatchUp.delete(editor);
  editor.update(() => $markChipsDirty(queue), { tag: CATCH_UP_TAGS, discrete: true });
}

function afterFrame(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run, 0));
}

/** Sets every occurrence of a field at once: one editor update, so one undo step. The chips on screen
 *  show the new value in that frame; those off screen follow in the next frames (DEFERRED_CHIP_DOM). */
export function setFieldEverywhere(editor: LexicalEditor, name: string, value: string): void {
  completeLoad(editor); // a long review still mounting: its last blocks' fields change too
  const keys = indexes.get(editor)?.byName.get(name);
  const later = keys ? offscreenChips(editor, keys) : [];
  for (const key of later) DEFERRED_CHIP_DOM.add(key);
  editor.update(() => {
    const nfc = value.normalize('NFC');
    for (const node of $occurrences(editor, name)) {
      if (node.getTextContent() !== nfc || !node.isConfirmed()) node.setValue(nfc, true);
    }
    // The caret stays where the user left it (the panel's input keeps focus): no DOM selection work.
  }, { tag: ['rd-field-change', SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG] });
  // After the next frame (the change is committed by then, in this task's microtasks).
  if (later.length) catchUp(editor, later);
}

/** Turns every occurrence of a field into plain text with its value (an empty one disappears). */
export function fieldToText(editor: LexicalEditor, name: string): void {
  completeLoad(editor);
  editor.update(() => {
    for (const node of $occurrences(editor, name)) {
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

/** Inserts a chip of field `name` at the caret (replacing selected text, as typing would); with no caret
 *  in the document, at its end. One update: one undo step. */
export function insertField(editor: LexicalEditor, name: string, value: string, confirmed: boolean): void {
  completeLoad(editor);
  editor.update(() => {
    let selection = $getSelection();
    if (!$isRangeSelection(selection)) {
      $getRoot().selectEnd();
      selection = $getSelection();
    }
    if (!$isRangeSelection(selection)) return;
    const chip = $createFieldNode(name, value, confirmed && value !== '');
    selection.insertNodes([chip]);
    // The caret after the chip (typing goes into the text beside it, never into the field).
    const next = chip.getNextSibling();
    if ($isTextNode(next) && !$isFieldNode(next)) next.selectStart();
    else chip.selectNext(0, 0);
  });
}
