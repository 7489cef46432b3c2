// Sanitized clipboard HTML -> Lexical nodes, inserted at the selection.
import { $generateNodesFromDOM } from '@lexical/html';
import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $dfs } from '@lexical/utils';
import { $isElementNode, $isTextNode, type BaseSelection, type LexicalEditor, type LexicalNode } from 'lexical';
import { sanitizeClipboardHtml } from './sanitizeHtml.ts';

/** Builds nodes from clipboard HTML after sanitizing it. Call inside editor.update(). */
export function $nodesFromClipboardHtml(editor: LexicalEditor, html: string, parser: DOMParser): LexicalNode[] {
  const clean = sanitizeClipboardHtml(html, parser);
  const nodes = $generateNodesFromDOM(editor, clean);
  // Belt and braces: no inline styles or alignment survive, whatever an importer read.
  for (const top of nodes) {
    for (const { node } of $dfs(top)) {
      if ($isTextNode(node) && node.getStyle() !== '') node.setStyle('');
      if ($isElementNode(node) && node.getFormatType() !== '') node.setFormat('');
    }
  }
  return nodes;
}

/** Inserts clipboard HTML at `selection`; returns false when nothing usable was in it. */
export function $insertClipboardHtml(editor: LexicalEditor, html: string, selection: BaseSelection, parser: DOMParser): boolean {
  const nodes = $nodesFromClipboardHtml(editor, html, parser);
  if (nodes.length === 0) return false;
  $insertGeneratedNodes(editor, nodes, selection);
  return true;
}
