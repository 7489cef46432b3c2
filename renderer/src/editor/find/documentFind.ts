// Find and replace over the Lexical document: the text of each block (its direct text nodes, joined)
// is searched with findText.ts; a match maps back to text nodes and offsets. Call the $ functions
// inside editor.read() / editor.update().
import { $getRoot, $isElementNode, $isLineBreakNode, $isTextNode, $getNodeByKey, type ElementNode, type NodeKey, type TextNode } from 'lexical';
import { findInTexts, foldText, type FindOptions, type Folded, type TextMatch } from './findText.ts';

/** One block's text: its text nodes in order, each with where it starts in `text`. */
export interface TextRun {
  text: string;
  parts: { key: NodeKey; at: number; length: number }[];
}

/** A match as node keys and offsets (what a Range or a Lexical selection needs). */
export interface NodeMatch {
  startKey: NodeKey;
  startOffset: number;
  endKey: NodeKey;
  endOffset: number;
  /** The matched text, to check it is still there before replacing. */
  text: string;
}

/** The text runs of the whole document, in reading order (tables, lists and nested lists included). */
export function $collectRuns(): TextRun[] {
  const runs: TextRun[] = [];
  const visit = (element: ElementNode) => {
    let run: TextRun | null = null;
    for (const child of element.getChildren()) {
      if ($isTextNode(child)) {
        run ??= { text: '', parts: [] };
        const text = child.getTextContent();
        run.parts.push({ key: child.getKey(), at: run.text.length, length: text.length });
        run.text += text;
      } else if ($isLineBreakNode(child)) {
        if (run) run.text += '\n'; // a line break ends no run but no match may cross it
      } else if ($isElementNode(child)) {
        if (run) { runs.push(run); run = null; }
        visit(child);
      }
    }
    if (run) runs.push(run);
  };
  visit($getRoot());
  return runs;
}

/** Caches folded texts between searches (the document changes one block at a time). */
export class FoldCache {
  private readonly cache = new Map<string, Folded>();
  private options = '';
  fold(text: string, options: FindOptions): Folded {
    const key = `${options.matchCase}${options.ignoreTones}`;
    if (key !== this.options) { this.cache.clear(); this.options = key; }
    let folded = this.cache.get(text);
    if (!folded) {
      folded = foldText(text, options);
      if (this.cache.size > 20_000) this.cache.clear();
      this.cache.set(text, folded);
    }
    return folded;
  }
}

function toNodeMatch(run: TextRun, match: TextMatch): NodeMatch | null {
  const startPart = run.parts.find((p) => match.start >= p.at && match.start < p.at + p.length);
  const endPart = [...run.parts].reverse().find((p) => match.end > p.at && match.end <= p.at + p.length);
  if (!startPart || !endPart) return null;
  return {
    startKey: startPart.key, startOffset: match.start - startPart.at,
    endKey: endPart.key, endOffset: match.end - endPart.at,
    text: run.text.slice(match.start, match.end),
  };
}

/** Every match in the document, in reading order. */
export function $findInDocument(query: string, options: FindOptions, cache?: FoldCache): NodeMatch[] {
  const runs = $collectRuns();
  const texts = runs.map((r) => r.text);
  const matches = findInTexts(texts, query, options, cache ? (i) => cache.fold(texts[i]!, options) : undefined);
  const out: NodeMatch[] = [];
  for (const m of matches) {
    if (runs[m.block]!.text.slice(m.start, m.end).includes('\n')) continue;
    const node = toNodeMatch(runs[m.block]!, m);
    if (node) out.push(node);
  }
  return out;
}

/** The text nodes from the match's start node to its end node (siblings in one block). */
function $nodesOf(match: NodeMatch): TextNode[] | null {
  const start = $getNodeByKey(match.startKey);
  const end = $getNodeByKey(match.endKey);
  if (!$isTextNode(start) || !$isTextNode(end)) return null;
  const nodes: TextNode[] = [start];
  let node: TextNode = start;
  while (!node.is(end)) {
    const next = node.getNextSibling();
    if (!$isTextNode(next)) return null;
    nodes.push(next);
    node = next;
  }
  return nodes;
}

/** Replaces one match (if its text is still there); returns whether it did. The replacement takes the
 *  marks of the match's first character. */
export function $replaceMatch(match: NodeMatch, replacement: string): boolean {
  const nodes = $nodesOf(match);
  if (!nodes) return false;
  const first = nodes[0]!;
  const last = nodes[nodes.length - 1]!;
  const current = nodes.length === 1
    ? first.getTextContent().slice(match.startOffset, match.endOffset)
    : first.getTextContent().slice(match.startOffset) + nodes.slice(1, -1).map((n) => n.getTextContent()).join('') + last.getTextContent().slice(0, match.endOffset);
  if (current !== match.text) return false;
  if (nodes.length === 1) {
    first.spliceText(match.startOffset, match.endOffset - match.startOffset, replacement, false);
  } else {
    first.spliceText(match.startOffset, first.getTextContentSize() - match.startOffset, replacement, false);
    for (const middle of nodes.slice(1, -1)) middle.remove();
    if (match.endOffset >= last.getTextContentSize()) last.remove();
    else last.spliceText(0, match.endOffset, '', false);
  }
  if (first.getTextContentSize() === 0) first.remove();
  return true;
}

/** Replaces every match, last first (so earlier offsets stay right). Returns how many. */
export function $replaceAll(matches: readonly NodeMatch[], replacement: string): number {
  let n = 0;
  for (let i = matches.length - 1; i >= 0; i--) if ($replaceMatch(matches[i]!, replacement)) n++;
  return n;
}
