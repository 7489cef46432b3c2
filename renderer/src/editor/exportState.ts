// Editor state -> DocState, with every text run in NFC. Normalization happens on the serialized copy,
// never in the live editor: rewriting text nodes while an IME composes or Unikey rewrites would break them.
// toJSON() makes a fresh object, so it is normalized in place (no second copy of a long document).
import type { EditorState, SerializedEditorState } from 'lexical';
import type { DocState } from '../../../electron/shared/doc.ts';
import { normalizeNodeInPlace } from '../../../electron/shared/doc-build.ts';
import { foldSymbolRunsInPlace } from './nodes/DocumentSymbolNode.ts';

/** The serialized state of `editorState` as the document schema, NFC-normalized (a fresh object). */
export function exportDocState(editorState: EditorState): DocState {
  return serializedToDocState(editorState.toJSON());
}

export function serializedToDocState(serialized: SerializedEditorState): DocState {
  toSchemaInPlace(serialized.root);
  return serialized as unknown as DocState;
}

/** A serialized node (fresh) as the document schema stores it: view nodes folded back into text, NFC. */
export function toSchemaInPlace<T>(node: T): T {
  return normalizeNodeInPlace(foldSymbolRunsInPlace(node));
}
