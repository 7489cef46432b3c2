// Serializes the editor's state for saving without re-serializing the whole review on every save.
// A 3,000-paragraph review costs 25-100 ms to serialize and NFC-normalize in full; autosave runs about
// twice a second during continuous typing, so a full serialization stalled the keystrokes it fell on.
// Here each top-level block's serialized JSON is kept until an update touches that block: Lexical puts
// every ancestor of a changed node in the update's dirtyElements, so a change anywhere inside a block
// names the block's key. Updates that replace the whole state (undo/redo, setEditorState) name only the
// root, with no dirty leaves: then everything is serialized again.
import { $getRoot, $isElementNode, type EditorState, type LexicalNode, type NodeKey, type SerializedLexicalNode } from 'lexical';
import type { DocState } from '../../../electron/shared/doc.ts';
import { toSchemaInPlace } from './exportState.ts';

interface CachedBlock {
  /** The node instance serialized: a different instance under the same key is serialized again. */
  node: LexicalNode;
  json: SerializedLexicalNode;
  /** JSON.stringify(json), made when a save first asks for it. */
  text?: string;
}

/** The JSON text of states made here, assembled from the blocks' cached texts (see docJsonText). */
const jsonTexts = new WeakMap<DocState, () => string>();

/**
 * The state as JSON text, for sending it to be saved: for a state exported here, joined from the
 * blocks' cached texts (a string join instead of stringifying the whole review); otherwise stringified.
 */
export function docJsonText(state: DocState): string {
  return jsonTexts.get(state)?.() ?? JSON.stringify(state);
}

export interface IncrementalExport {
  /** Called with every update's dirty sets (user changes, history merges, progressive mounting alike). */
  invalidate(dirtyElements: ReadonlyMap<NodeKey, boolean>, dirtyLeaves: ReadonlySet<NodeKey>, historic: boolean): void;
  /** Forgets every cached block (the next export serializes everything). */
  clear(): void;
  /**
   * Serializes blocks not cached yet while `hasTime()` says so (idle time after a review opens, so the
   * first save does not serialize 3,000 blocks at once). Returns whether every block is cached.
   */
  warm(editorState: EditorState, hasTime: () => boolean): boolean;
  /**
   * The state as the document schema, NFC-normalized. Blocks that did not change since the last export
   * are the same objects as last time: callers treat the result as immutable.
   */
  export(editorState: EditorState): DocState;
}

/** Lexical's own serialization of one node and its subtree (what EditorState.toJSON does per node). */
function serializeNode(node: LexicalNode): SerializedLexicalNode {
  const json = node.exportJSON();
  if ($isElementNode(node)) {
    const children = (json as { children?: SerializedLexicalNode[] }).children;
    if (!Array.isArray(children)) throw new Error(`exportJSON of ${node.getType()} has no children array`);
    for (const child of node.getChildren()) children.push(serializeNode(child));
  }
  return json;
}

export function createIncrementalExport(): IncrementalExport {
  const cache = new Map<NodeKey, CachedBlock>();
  /** The cached serialization of `block`, made now if there is none (or it is of another instance). */
  const cachedBlock = (block: LexicalNode): CachedBlock => {
    const key = block.getKey();
    let cached = cache.get(key);
    if (!cached || cached.node !== block) {
      cached = { node: block, json: toSchemaInPlace(serializeNode(block)) };
      cache.set(key, cached);
    }
    return cached;
  };
  return {
    invalidate(dirtyElements, dirtyLeaves, historic) {
      if (historic || (dirtyLeaves.size === 0 && dirtyElements.size <= 1)) {
        cache.clear();
        return;
      }
      for (const key of dirtyElements.keys()) cache.delete(key);
      for (const key of dirtyLeaves) cache.delete(key);
    },
    clear() {
      cache.clear();
    },
    warm(editorState, hasTime) {
      return editorState.read(() => {
        for (const block of $getRoot().getChildren()) {
          const cached = cache.get(block.getKey());
          if (cached && cached.node === block) continue;
          if (!hasTime()) return false;
          const made = cachedBlock(block);
          made.text ??= JSON.stringify(made.json);
        }
        return true;
      });
    },
    export(editorState) {
      return editorState.read(() => {
        const root = $getRoot();
        const rootJson = root.exportJSON() as unknown as { children: SerializedLexicalNode[] };
        const seen = new Set<NodeKey>();
        const blocks: CachedBlock[] = [];
        for (const block of root.getChildren()) {
          seen.add(block.getKey());
          const cached = cachedBlock(block);
          rootJson.children.push(cached.json);
          blocks.push(cached);
        }
        // Blocks removed since: forget them, so the cache never outgrows the document.
        if (cache.size > seen.size) for (const key of cache.keys()) if (!seen.has(key)) cache.delete(key);
        const state = { root: rootJson } as unknown as DocState;
        let text: string | null = null;
        jsonTexts.set(state, () => {
          if (text !== null) return text;
          // The root's own fields in their order, with the blocks' texts spliced into its children array.
          const shell = JSON.stringify({ root: { ...rootJson, children: [] } });
          const at = shell.indexOf('"children":[]') + '"children":['.length;
          text = shell.slice(0, at) + blocks.map((b) => (b.text ??= JSON.stringify(b.json))).join(',') + shell.slice(at);
          return text;
        });
        return state;
      });
    },
  };
}
