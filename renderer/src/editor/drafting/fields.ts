// drafting (issue 10). Reading and changing the draft's fields in the live editor.
import {
  $createTextNode, $getNearestNodeFromDOMNode, $getNodeByKey, $getRoot, $getSelection, $isElementNode, $isRangeSelection, $isTextNode, HISTORY_MERGE_TAG,
  SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG, type LexicalEditor, type LexicalNode, type NodeKey,
} from 'lexical';
import { $createFieldNode, $isFieldNode, DEFERRED_CHIP_DOM, FieldNode, fieldState, type FieldState } from '../nodes/FieldNode.ts';
import { completeLoad } from '../progressiveLoad.ts';
import { OFF_ATTR, WINDOWED_ATTR } from '../windowing.ts';
import { meetingChipValue } from '../../../../electron/shared/meeting-date.ts';
import type { Lang } from '../../../../electron/shared/review.ts';

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

/** The top-level blocks in the editor's viewport (those partly in it included), as their DOM elements:
 *  a binary search over the blocks' rectangles (a dozen rectangles, where one per inline chip cost 4 ms
 *  for 500). No margin: the chips just outside are the first the rest of the change draws, right after
 *  this frame (a margin of a quarter screen cost the frame a third more layout and paint). Null when the
 *  editor has no laid-out blocks. */
function viewportBlocks(editor: LexicalEditor): Element[] | null {
  const root = editor.getRootElement();
  const scroller = root?.closest('.rd-scroller') ?? null;
  if (!root || !scroller || root.children.length === 0) return null;
  const view = scroller.getBoundingClientRect();
  const top = view.top;
  const bottom = view.bottom;
  // Only displayed blocks have a box (a windowed review's others are hidden, off screen: windowing.ts).
  const blocks = root.hasAttribute(WINDOWED_ATTR) ? [...root.children].filter((b) => !b.hasAttribute(OFF_ATTR)) : root.children;
  const rect = (i: number) => blocks[i]!.getBoundingClientRect();
  // First block ending below the band's top; then the last one starting above its bottom.
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (rect(mid).bottom < top) lo = mid + 1; else hi = mid; }
  const first = lo;
  hi = blocks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (rect(mid).top <= bottom) lo = mid + 1; else hi = mid; }
  return [...blocks].slice(first, lo);
}

/** The viewport's top-level blocks in the editor state (keys), from their DOM elements. */
function $visibleBlockKeys(elements: readonly Element[]): NodeKey[] {
  const keys: NodeKey[] = [];
  for (const el of elements) {
    const block = $getNearestNodeFromDOMNode(el)?.getTopLevelElement();
    if (block && keys.at(-1) !== block.getKey()) keys.push(block.getKey());
  }
  return keys;
}

/** Splits a field's occurrences into those in the viewport's blocks (found by walking those few blocks)
 *  and the others (their keys only: nothing of the rest of the document is touched here). */
function $splitByViewport(name: string, keys: Iterable<NodeKey>, blocks: readonly NodeKey[]): { near: FieldNode[]; far: NodeKey[] } {
  const near: FieldNode[] = [];
  const nearKeys = new Set<NodeKey>();
  for (const key of blocks) {
    const block = $getNodeByKey(key);
    if (block) $walk(block, (node) => { if (node.getName() === name) { near.push(node); nearKeys.add(node.getKey()); } });
  }
  const far: NodeKey[] = [];
  for (const key of keys) if (!nearKeys.has(key)) far.push(key);
  return { near, far };
}

/** Off-screen chips nearest the viewport first (the order in which they are drawn). */
function $nearestFirst(keys: readonly NodeKey[], blocks: readonly NodeKey[]): NodeKey[] {
  const order = new Map($getRoot().getChildrenKeys().map((k, i) => [k, i] as const));
  const first = order.get(blocks[0] ?? '') ?? 0;
  const last = order.get(blocks.at(-1) ?? '') ?? first;
  const out: { key: NodeKey; distance: number }[] = [];
  for (const key of keys) {
    const block = $getNodeByKey(key)?.getTopLevelElement();
    const index = block ? order.get(block.getKey()) : undefined;
    if (index === undefined) { DEFERRED_CHIP_DOM.delete(key); continue; } // gone meanwhile: nothing to draw
    out.push({ key, distance: index < first ? first - index : Math.max(0, index - last) });
  }
  return out.sort((x, y) => x.distance - y.distance).map((o) => o.key);
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

/** Writes every field change into the state and draws every chip still waiting, now (before printing,
 *  before jumping to a block). */
export function flushChipCatchUp(editor: LexicalEditor): void {
  flushFieldChange(editor);
  const queue = pendingCatchUp.get(editor);
  if (!queue) return;
  pendingCatchUp.delete(editor);
  editor.update(() => $markChipsDirty(queue), { tag: CATCH_UP_TAGS, discrete: true });
}

/** After the next frame; also after 50 ms, should no frame come (a hidden window draws none). */
function afterFrame(run: () => void): void {
  let done = false;
  const once = () => { if (!done) { done = true; clearTimeout(fallback); run(); } };
  const fallback = setTimeout(once, 50);
  requestAnimationFrame(() => setTimeout(once, 0));
}

/** The part of a field change not yet in the state: its occurrences off screen, per editor. */
interface PendingChange { name: string; value: string; keys: NodeKey[]; blocks: NodeKey[] }
const pendingChanges = new WeakMap<LexicalEditor, PendingChange>();
/** Joins the change's undo step (history-merge), and is a content change (no CHIP_CATCH_UP_TAG). */
const REST_TAGS = [HISTORY_MERGE_TAG, SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG, 'rd-field-change'];

function $setValues(nodes: Iterable<FieldNode>, nfc: string): void {
  for (const node of nodes) if (node.getTextContent() !== nfc || !node.isConfirmed()) node.setValue(nfc, true);
}

/**
 * Writes the rest of a field change (the occurrences off screen) into the state now. Runs by itself right
 * after the change's frame; before that, whatever reads or changes the document runs it first: input of
 * any kind (registerFieldChangeFlush), a save or export (liveEditors' settle), printing, a jump, the next
 * field change. The nearest chips are drawn in this update, the others a chunk per frame.
 */
export function flushFieldChange(editor: LexicalEditor): void {
  const pending = pendingChanges.get(editor);
  if (!pending) return;
  pendingChanges.delete(editor);
  // The change's own update first, committed as its own undo step (read() commits pending updates):
  // this one only joins it.
  editor.read(() => undefined);
  editor.update(() => {
    const nodes: FieldNode[] = [];
    for (const key of pending.keys) {
      const node = $getNodeByKey(key);
      if ($isFieldNode(node) && node.getName() === pending.name && node.isAttached()) nodes.push(node);
    }
    $setValues(nodes, pending.value);
    if (editor.getRootElement() === null) { for (const k of pending.keys) DEFERRED_CHIP_DOM.delete(k); return; }
    const ordered = $nearestFirst(pending.keys, pending.blocks);
    $markChipsDirty(ordered.slice(0, CATCH_UP_CHUNK));
    // Scheduled from here: should this update be queued (asked for inside another one), it still is.
    if (ordered.length > CATCH_UP_CHUNK) catchUp(editor, ordered.slice(CATCH_UP_CHUNK));
  }, { tag: REST_TAGS, discrete: true });
}

/** Runs a pending field change before any input reaches the document (a key, a click, a paste, an IME):
 *  nothing typed, undone or saved can come between a change's two updates. */
export function registerFieldChangeFlush(editor: LexicalEditor): () => void {
  const flush = () => { if (pendingChanges.has(editor)) flushFieldChange(editor); };
  const kinds = ['keydown', 'pointerdown', 'beforeinput', 'compositionstart', 'paste', 'drop'] as const;
  for (const kind of kinds) window.addEventListener(kind, flush, true);
  return () => {
    for (const kind of kinds) window.removeEventListener(kind, flush, true);
    flush();
  };
}

/**
 * Sets every occurrence of a field: one undo step. The occurrences in the viewport change in this update
 * and show the new value in the next frame; the others join the same undo step right after that frame
 * (flushFieldChange, run earlier by anything that reads or changes the document), their chips drawn
 * nearest first in that update and the frames after it (DEFERRED_CHIP_DOM). Changing 500 occurrences in
 * one update cost the frame ~3 ms more of Lexical's work on 250 paragraphs.
 */
export function setFieldEverywhere(editor: LexicalEditor, name: string, value: string): void {
  flushFieldChange(editor);
  completeLoad(editor); // a long review still mounting: its last blocks' fields change too
  const nfc = value.normalize('NFC');
  const keys = indexes.get(editor)?.byName.get(name);
  const band = keys && editor.getRootElement() !== null ? viewportBlocks(editor) : null;
  let rest: NodeKey[] = [];
  let blocks: NodeKey[] = [];
  editor.update(() => {
    if (!keys || !band) { $setValues($occurrences(editor, name), nfc); return; }
    blocks = $visibleBlockKeys(band);
    const { near, far } = $splitByViewport(name, keys, blocks);
    for (const key of far) DEFERRED_CHIP_DOM.add(key);
    // A chip on screen still waiting from an earlier change is drawn now, changed or not.
    $markChipsDirty(near.filter((node) => DEFERRED_CHIP_DOM.has(node.getKey())).map((node) => node.getKey()));
    const changing = near.filter((node) => node.getTextContent() !== nfc || !node.isConfirmed());
    // Nothing to change on screen: the first occurrence off screen opens the undo step the rest joins
    // (it stays in the rest, to be drawn with it).
    if (changing.length === 0 && far.length > 0) {
      const first = $getNodeByKey(far[0]!);
      if ($isFieldNode(first)) changing.push(first);
    }
    $setValues(changing, nfc);
    rest = far;
    // The caret stays where the user left it (the panel's input keeps focus): no DOM selection work.
  }, { tag: ['rd-field-change', SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG] });
  if (rest.length === 0 || !band) return;
  pendingChanges.set(editor, { name, value: nfc, keys: rest, blocks });
  afterFrame(() => flushFieldChange(editor));
}

/** Turns every occurrence of a field into plain text with its value (an empty one disappears). */
export function fieldToText(editor: LexicalEditor, name: string): void {
  flushFieldChange(editor);
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
  flushFieldChange(editor);
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

/**
 * The review's meeting date was set to `value` (Properties, the contributions board): the document's
 * {{meetingDate}} chips follow, in one undo step, as the main side did to the stored copy (withMeetingDate,
 * same rule: meetingChipValue on the first chip with a value). Returns whether the chips changed.
 */
export function followMeetingDate(editor: LexicalEditor, value: string | null, year: number, lang: Lang): boolean {
  flushFieldChange(editor);
  const chips = editor.getEditorState().read(() => $fieldNodes().filter(({ node }) => node.getName() === 'meetingDate').map(({ node }) => node.getTextContent()));
  if (chips.length === 0) return false;
  const next = meetingChipValue(chips.find((text) => text.trim()) ?? '', value, year, lang);
  if (next === null) return false;
  setFieldEverywhere(editor, 'meetingDate', next);
  return true;
}
