// Text units and sentences of a document, the way the translation memory sees it. Pure and shared:
// the main side aligns and pre-fills by these, the renderer finds the sentence under the caret by the
// same rules, so a (unit, sentence) pair means the same text on both sides.
//
// A unit is a leaf text container in document order: a paragraph or heading, a list item's own text
// (nested lists are units of their own, after their parent item), a paragraph in a table cell.
// A field (drafting's chips) counts as its value. Carry-forward checklists are not text units.
import { inlineText as docInlineText } from './doc-build.ts';
import type { DocBlock, DocInline, DocList, DocListItem, DocParagraph, DocHeading, DocState } from './doc.ts';

export interface TextUnit {
  /** Position in document order (0-based). */
  index: number;
  /** The container (a fresh document walk returns the same objects as in the state). */
  node: DocParagraph | DocHeading | DocListItem;
  text: string;
}

function inlineOnly(children: readonly (DocInline | DocList)[]): DocInline[] {
  return children.filter((c): c is DocInline => c.type !== 'list');
}

export function inlineText(children: readonly (DocInline | DocList)[]): string {
  return docInlineText(inlineOnly(children));
}

function walkList(list: DocList, out: (node: TextUnit['node']) => void): void {
  for (const item of list.children) {
    out(item);
    for (const child of item.children) if (child.type === 'list') walkList(child, out);
  }
}

function walkBlock(block: DocBlock, out: (node: TextUnit['node']) => void): void {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      out(block);
      return;
    case 'list':
      walkList(block, out);
      return;
    case 'table':
      for (const row of block.children) {
        for (const cell of row.children) for (const child of cell.children) walkBlock(child, out);
      }
  }
}

/** Every text unit of the document, in order (empty ones included, so indexes stay stable). */
export function docUnits(state: DocState): TextUnit[] {
  const units: TextUnit[] = [];
  for (const block of state.root.children) {
    walkBlock(block, (node) => units.push({ index: units.length, node, text: inlineText(node.children) }));
  }
  return units;
}

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * Words after which a full stop does not end a sentence (titles, "No. 59", "TP. Hồ Chí Minh").
 * Compared in lower case, without the stop.
 */
const ABBREVIATIONS = new Set([
  'no', 'nos', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'vs', 'art', 'para', 'fig', 'vol', 'p', 'pp', 'ed',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e',
  'tp', 'ts', 'ths', 'pgs', 'gs', 'ông', 'bà', 'q', 'tr', 'k', 'đ/c', 'v.v',
]);

const CLOSERS = `"'”’»)]`;

function isBoundary(text: string, dot: number, next: number): boolean {
  const ch = text[dot]!;
  if (ch === '\n' || ch === '|') return true;
  if (ch === '.') {
    const before = text.slice(0, dot).match(/([\p{L}./]+)$/u)?.[1] ?? '';
    const word = before.toLowerCase();
    if (ABBREVIATIONS.has(word)) return false;
    // A single capital before the stop is an initial ("H. Việt"), not an end.
    if (/^\p{Lu}$/u.test(before)) return false;
  }
  // The next sentence begins with a capital, a digit, a quote, a bracket or a list mark.
  const after = text.slice(next).match(/^\s*(\S)/u)?.[1];
  if (after === undefined) return true;
  return /[\p{Lu}\p{N}"“‘'(\[+\-–•]/u.test(after);
}

/**
 * Sentences of a unit's text, as spans into it (trimmed, never empty). Ends: . ! ? … ; (a semicolon is
 * not an end), a line break, and "|" (a photo credit's separator in the press articles).
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) spans.push({ start: start + lead, end: start + lead + body.length, text: body });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') { push(i); start = i + 1; continue; }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…' && ch !== '|') continue;
    // Runs of end marks ("?!", "...") and closing quotes stay with the sentence.
    let end = i + 1;
    while (end < text.length && (text[end] === '.' || text[end] === '!' || text[end] === '?' || text[end] === '…')) end++;
    while (end < text.length && CLOSERS.includes(text[end]!)) end++;
    // Inside a word or number ("3.5", "59-KL/TW.x", "a.m."), not an end.
    if (end < text.length && !/\s/u.test(text[end]!)) { i = end - 1; continue; }
    if (isBoundary(text, i, end)) push(end);
    i = end - 1;
  }
  push(text.length);
  return spans;
}

/** The sentence span holding character `offset` of the text (the last one when past the end). */
export function sentenceAt(spans: readonly SentenceSpan[], offset: number): number {
  if (spans.length === 0) return -1;
  for (let i = 0; i < spans.length; i++) {
    const next = spans[i + 1];
    if (!next || offset < next.start) return i;
  }
  return spans.length - 1;
}

/** Whitespace collapsed, NFC: two sentences are "the same" when these are equal. */
export function sentenceKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * Where a version's segments stand in a unit's current text: each target is looked for in order
 * (after the previous one); a target the user has since edited takes the next sentence not already
 * taken. A target may hold several sentences (a 1-2 match), so sentence numbers alone would drift.
 * Returns one span per target, or null when the unit has no text left for it.
 */
export function locateSegments(unitText: string, targets: readonly string[]): ({ start: number; end: number } | null)[] {
  const found: ({ start: number; end: number } | null)[] = [];
  let from = 0;
  for (const target of targets) {
    const t = target.trim();
    const at = t ? unitText.indexOf(t, from) : -1;
    if (at >= 0) { found.push({ start: at, end: at + t.length }); from = at + t.length; } else found.push(null);
  }
  const spans = splitSentences(unitText).filter((s) => !found.some((f) => f && s.start < f.end && s.end > f.start));
  let k = 0;
  return found.map((f, i) => {
    if (f) return f;
    // The next free sentence after the previous located segment.
    const after = i > 0 ? (found.slice(0, i).reverse().find((x) => x)?.end ?? 0) : 0;
    while (k < spans.length && spans[k]!.end <= after) k++;
    const span = spans[k++];
    return span ? { start: span.start, end: span.end } : null;
  });
}
