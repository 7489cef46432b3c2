// Plain-text paste of several lines: one paragraph per line, then the importer's shape rules
// (electron/shared/shape.ts): "I." / "1." / "a)" lines become mục / khoản / điểm headings and "-" / "+"
// lines "-" / "+" bullet lists, exactly as an imported .txt gives. Call inside editor.update().
import { $generateNodesFromSerializedNodes, $insertGeneratedNodes } from '@lexical/clipboard';
import { $getEditor, $getSelection, type SerializedLexicalNode } from 'lexical';
import { doc, paragraph } from '../../../../electron/shared/doc-build.ts';
import { shapeBlocks } from '../../../../electron/shared/shape.ts';

/** Whether a plain-text paste is structure (several lines) rather than words for a sentence. */
export function isStructuredPlainText(text: string): boolean {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '').length > 1;
}

/** Inserts `text` at the selection as shaped blocks. Returns false when there is nothing to insert. */
export function $insertShapedPlainText(text: string): boolean {
  const selection = $getSelection();
  if (!selection) return false;
  const lines = text.normalize('NFC').split(/\r?\n/).map((l) => l.replace(/\s+$/u, '')).filter((l) => l.trim() !== '');
  if (lines.length === 0) return false;
  const blocks = shapeBlocks(doc(lines.map((line) => paragraph(line.trim()))).root.children);
  const nodes = $generateNodesFromSerializedNodes(blocks as unknown as SerializedLexicalNode[]);
  $insertGeneratedNodes($getEditor(), nodes, selection);
  return true;
}
