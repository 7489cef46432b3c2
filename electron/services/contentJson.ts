// A review's content as JSON text, assembled from the JSON text of each of its top-level blocks.
// An autosave twice a second while the user types changes one or two blocks of a review that may hold
// 3,000: stringifying all of it was ~12 ms of the main process's CPU per save (a 1.2 MB string), on a
// machine whose other cores the typing itself needs. A splice now stringifies only the blocks it brings
// and joins the others' texts, kept from the previous save. The result is exactly JSON.stringify(state).
import type { DocState } from '../shared/doc.ts';

/** The JSON text of a content, and of each of its top-level blocks (for the next splice). */
export interface ContentJson {
  json: string;
  blocks: readonly string[];
}

/** Stands for the blocks in the JSON of everything else; the rest of the state holds no user text. */
const CHILDREN_TOKEN = 'rd:children';

/** The state's JSON text; `blocks`, when given, is the JSON text of each top-level block, in order. */
export function contentJson(state: DocState, blocks: readonly string[] = state.root.children.map((b) => JSON.stringify(b))): ContentJson {
  if (blocks.length !== state.root.children.length) throw new Error(`contentJson: ${blocks.length} block texts for ${state.root.children.length} blocks`);
  const shell = JSON.stringify({ ...state, root: { ...state.root, children: CHILDREN_TOKEN } });
  const token = JSON.stringify(CHILDREN_TOKEN);
  const at = shell.indexOf(token);
  return { json: `${shell.slice(0, at)}[${blocks.join(',')}]${shell.slice(at + token.length)}`, blocks };
}

/** The block texts after replacing `deleteCount` blocks from `start` with `added` (already stringified). */
export function spliceBlockJson(blocks: readonly string[], start: number, deleteCount: number, added: readonly string[]): string[] {
  return blocks.slice(0, start).concat(added, blocks.slice(start + deleteCount));
}
