// Editor state -> DocState, with every text run in NFC. Normalization happens on the serialized copy,
// never in the live editor: rewriting text nodes while an IME composes or Unikey rewrites would break them.
import type { EditorState, SerializedEditorState } from 'lexical';
import type { DocState } from '../../../electron/shared/doc.ts';

function normalizeInPlace(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  const record = node as { text?: unknown; children?: unknown };
  if (typeof record.text === 'string') {
    const nfc = record.text.normalize('NFC');
    if (nfc !== record.text) record.text = nfc;
  }
  if (Array.isArray(record.children)) for (const child of record.children) normalizeInPlace(child);
}

/** The serialized state of `editorState` as the document schema, NFC-normalized (a fresh object). */
export function exportDocState(editorState: EditorState): DocState {
  return serializedToDocState(editorState.toJSON());
}

export function serializedToDocState(serialized: SerializedEditorState): DocState {
  normalizeInPlace(serialized.root);
  return serialized as unknown as DocState;
}
