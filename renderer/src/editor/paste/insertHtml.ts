// Sanitized clipboard HTML -> Lexical nodes, inserted at the selection. Pasted Word/HTML content is then
// shaped by the importer's rules (electron/shared/shape.ts): a bold "II. PHƯƠNG HƯỚNG…" paragraph becomes
// a mục heading, "-" / "+" paragraphs become bullet lists, exactly as an imported file would.
import { $generateNodesFromDOM } from '@lexical/html';
import { $generateNodesFromSerializedNodes, $insertGeneratedNodes } from '@lexical/clipboard';
import { $dfs } from '@lexical/utils';
import {
  $isElementNode, $isParagraphNode, $isTextNode, type BaseSelection, type LexicalEditor, type LexicalNode,
  type SerializedLexicalNode,
} from 'lexical';
import type { DocBlock } from '../../../../electron/shared/doc.ts';
import { shapeBlocks } from '../../../../electron/shared/shape.ts';
import { sanitizeClipboardHtml } from './sanitizeHtml.ts';
import { toSchemaInPlace } from '../exportState.ts';

/** The node and its subtree as serialized JSON (what the document schema stores). */
function $serialize(node: LexicalNode): SerializedLexicalNode {
  const json = node.exportJSON() as SerializedLexicalNode & { children?: SerializedLexicalNode[] };
  if ($isElementNode(node)) json.children = node.getChildren().map($serialize);
  return json;
}

/**
 * Applies the importer's shape rules to pasted top-level blocks. Only runs when a paragraph would change,
 * so an ordinary paste keeps Lexical's own nodes untouched.
 */
export function $shapePastedNodes(nodes: LexicalNode[]): LexicalNode[] {
  if (!nodes.some($isParagraphNode)) return nodes;
  const blocks = nodes.map((node) => toSchemaInPlace($serialize(node)) as unknown as DocBlock);
  const shaped = shapeBlocks(blocks);
  if (JSON.stringify(shaped) === JSON.stringify(blocks)) return nodes;
  return $generateNodesFromSerializedNodes(shaped as unknown as SerializedLexicalNode[]);
}

/** Word's clipboard HTML (the mso- markup and Office namespaces it always carries). */
export function isWordHtml(html: string): boolean {
  return /urn:schemas-microsoft-com:office|class=["']?Mso|mso-/i.test(html);
}

/** Builds nodes from clipboard HTML after sanitizing it. Call inside editor.update(). */
export function $nodesFromClipboardHtml(editor: LexicalEditor, html: string, parser: DOMParser): LexicalNode[] {
  const clean = sanitizeClipboardHtml(html, parser);
  let nodes = $generateNodesFromDOM(editor, clean);
  // Belt and braces: no inline styles or alignment survive, whatever an importer read.
  for (const top of nodes) {
    for (const { node } of $dfs(top)) {
      if ($isTextNode(node) && node.getStyle() !== '') node.setStyle('');
      if ($isElementNode(node) && node.getFormatType() !== '') node.setFormat('');
    }
  }
  // A single line copied from a web page into a sentence stays text; Word content and several blocks
  // are structure, shaped like an import.
  if (isWordHtml(html) || nodes.length > 1) nodes = $shapePastedNodes(nodes);
  return nodes;
}

/** Inserts clipboard HTML at `selection`; returns false when nothing usable was in it. */
export function $insertClipboardHtml(editor: LexicalEditor, html: string, selection: BaseSelection, parser: DOMParser): boolean {
  const nodes = $nodesFromClipboardHtml(editor, html, parser);
  if (nodes.length === 0) return false;
  $insertGeneratedNodes(editor, nodes, selection);
  return true;
}
