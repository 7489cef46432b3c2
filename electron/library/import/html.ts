// HTML → DocState blocks, for .html files and HTML bodies embedded in Word files (altChunk).
// parse5 (the WHATWG parsing algorithm, no DOM, no scripts, nothing fetched) builds the tree: about a
// third of the memory and time of a full DOM (bench: 8 MB of HTML, 1.3 GB with happy-dom, 0.3 GB here).
// Web-page chrome elements (nav, header, footer, aside) are skipped.
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { DocBlock, DocInline, DocList, DocTableCell } from '../../shared/doc.ts';
import { TEXT_FORMAT } from '../../shared/doc.ts';
import { blockText, heading, list, paragraph, table, tableCell, tableSpan, text } from '../../shared/doc-build.ts';

export interface HtmlConversion { blocks: DocBlock[]; images: number }

const SKIP = new Set(['script', 'style', 'head', 'title', 'nav', 'header', 'footer', 'aside', 'noscript', 'iframe', 'svg', 'template', 'form', 'button', 'select']);
const INLINE_FORMAT: Record<string, number> = {
  b: TEXT_FORMAT.bold, strong: TEXT_FORMAT.bold,
  i: TEXT_FORMAT.italic, em: TEXT_FORMAT.italic,
  u: TEXT_FORMAT.underline, ins: TEXT_FORMAT.underline,
  s: TEXT_FORMAT.strikethrough, strike: TEXT_FORMAT.strikethrough, del: TEXT_FORMAT.strikethrough,
  sup: TEXT_FORMAT.superscript, sub: TEXT_FORMAT.subscript, code: TEXT_FORMAT.code,
};
const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'main', 'body', 'blockquote', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'li', 'dl', 'dd', 'dt', 'figure', 'figcaption', 'center', 'hr', 'tbody', 'thead', 'tr', 'td', 'th']);

type HNode = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.ParentNode;
type HElement = DefaultTreeAdapterTypes.Element;

interface Ctx { images: number }
type CellBlock = DocTableCell['children'][number];

function isElement(node: HNode): node is HElement {
  return 'tagName' in node;
}

function tagOf(node: HNode): string {
  return isElement(node) ? node.tagName.toLowerCase() : '';
}

function childNodes(node: HNode): HNode[] {
  // <template> keeps its content apart (and is skipped anyway); other parents list their children.
  return 'childNodes' in node ? (node.childNodes as HNode[]) : [];
}

function elementChildren(node: HNode): HElement[] {
  return childNodes(node).filter(isElement);
}

function attr(el: HElement, name: string): string | null {
  return el.attrs.find((a) => a.name === name)?.value ?? null;
}

/** A holder of loose nodes, so runs of inline content convert like an element's children. */
function holder(nodes: HNode[]): HNode {
  return { nodeName: '#document-fragment', childNodes: nodes } as unknown as HNode;
}

/** The table's own rows: those not inside a table nested in one of its cells. */
function ownRows(table: HElement): HElement[] {
  const rows: HElement[] = [];
  const walk = (node: HNode) => {
    for (const child of elementChildren(node)) {
      const tag = tagOf(child);
      if (tag === 'tr') rows.push(child);
      else if (tag !== 'table') walk(child);
    }
  };
  walk(table);
  return rows;
}

/** Inline runs of a node's subtree, whitespace collapsed as a browser would, adjacent runs merged. */
function inlineRuns(node: HNode, format: number, ctx: Ctx, out: DocInline[] = []): DocInline[] {
  for (const child of childNodes(node)) {
    if (child.nodeName === '#text') {
      const value = ((child as DefaultTreeAdapterTypes.TextNode).value ?? '').replace(/\s+/gu, ' ');
      if (!value) continue;
      const last = out.at(-1);
      if (last?.type === 'text' && last.format === format) out[out.length - 1] = text(last.text + value, format);
      else out.push(text(value, format));
      continue;
    }
    const tag = tagOf(child);
    if (!tag || SKIP.has(tag)) continue;
    if (tag === 'img') { ctx.images++; continue; }
    if (tag === 'br') { out.push({ type: 'linebreak', version: 1 }); continue; }
    inlineRuns(child, format | (INLINE_FORMAT[tag] ?? 0), ctx, out);
  }
  return out;
}

/** Trims the outer whitespace of a run list and drops runs left empty. */
function trimRuns(runs: DocInline[]): DocInline[] {
  const out = [...runs];
  while (out[0]?.type === 'linebreak') out.shift();
  while (out.at(-1)?.type === 'linebreak') out.pop();
  const first = out[0];
  if (first?.type === 'text') out[0] = text(first.text.trimStart(), first.format);
  const last = out.at(-1);
  if (last?.type === 'text') out[out.length - 1] = text(last.text.trimEnd(), last.format);
  return out.filter((r) => r.type !== 'text' || r.text !== '');
}

function hasBlockChild(node: HNode): boolean {
  return childNodes(node).some((c) => BLOCK_TAGS.has(tagOf(c)));
}

function convertList(el: HElement, ctx: Ctx): DocList {
  const items: (DocInline[] | DocList)[] = [];
  for (const li of elementChildren(el)) {
    if (tagOf(li) !== 'li') continue;
    const nested: DocList[] = [];
    const runs: DocInline[] = [];
    for (const child of childNodes(li)) {
      const tag = tagOf(child);
      if (tag === 'ul' || tag === 'ol') nested.push(convertList(child as HElement, ctx));
      else if (tag === 'p' || tag === 'div') {
        if (runs.length) runs.push({ type: 'linebreak', version: 1 });
        inlineRuns(child, 0, ctx, runs);
      } else {
        inlineRuns(holder([child]), 0, ctx, runs);
      }
    }
    const trimmed = trimRuns(runs);
    if (trimmed.length || !nested.length) items.push(trimmed);
    items.push(...nested);
  }
  const ordered = tagOf(el) === 'ol';
  return list(ordered ? 'number' : 'bullet', items, Number(attr(el, 'start')) || 1);
}

function convertTable(el: HElement, ctx: Ctx): DocBlock | null {
  const rows: DocTableCell[][] = [];
  for (const tr of ownRows(el)) { // rows of nested tables belong to those tables
    const cells: DocTableCell[] = [];
    for (const cell of elementChildren(tr)) {
      const tag = tagOf(cell);
      if (tag !== 'td' && tag !== 'th') continue;
      // Cells hold paragraphs, headings and lists; a table nested in a cell is flattened to its text.
      const inner = blocksOf(cell, ctx).map((b): CellBlock => (b.type === 'table' || b.type === 'carry-checklist' ? paragraph(blockText(b).replace(/\s+/gu, ' ')) : b.type === 'photo-caption' ? paragraph(b.children) : b));
      const built = tableCell([paragraph()], {
        header: tag === 'th',
        colSpan: tableSpan(attr(cell, 'colspan')),
        rowSpan: tableSpan(attr(cell, 'rowspan')),
      });
      cells.push(inner.length ? { ...built, children: inner } : built);
    }
    if (cells.length) rows.push(cells);
  }
  return rows.length ? table(rows) : null;
}

/** Block-level conversion of a container's children; loose inline content becomes paragraphs. */
function blocksOf(node: HNode, ctx: Ctx): DocBlock[] {
  const out: DocBlock[] = [];
  let loose: HNode[] = [];
  const flushLoose = () => {
    if (!loose.length) return;
    const runs = trimRuns(inlineRuns(holder(loose), 0, ctx));
    if (runs.length) out.push(paragraph(runs));
    loose = [];
  };
  for (const child of childNodes(node)) {
    const tag = tagOf(child);
    if (SKIP.has(tag) || child.nodeName === '#comment') continue;
    if (!BLOCK_TAGS.has(tag)) { loose.push(child); continue; }
    flushLoose();
    const el = child as HElement;
    if (/^h[1-6]$/.test(tag)) {
      const runs = trimRuns(inlineRuns(el, 0, ctx));
      if (runs.length) out.push(heading(Math.min(3, Number(tag[1])) as 1 | 2 | 3, runs));
    } else if (tag === 'ul' || tag === 'ol') out.push(convertList(el, ctx));
    else if (tag === 'table') {
      const converted = convertTable(el, ctx);
      if (converted) out.push(converted);
    } else if (tag === 'hr') continue;
    else if (hasBlockChild(el)) out.push(...blocksOf(el, ctx));
    else {
      const runs = trimRuns(inlineRuns(el, 0, ctx));
      if (runs.length) out.push(paragraph(runs));
    }
  }
  flushLoose();
  return out;
}

export async function htmlToBlocks(html: string): Promise<HtmlConversion> {
  const document = parse(html);
  const root = elementChildren(document).find((e) => tagOf(e) === 'html');
  const body = root ? elementChildren(root).find((e) => tagOf(e) === 'body') : undefined;
  const ctx: Ctx = { images: 0 };
  const blocks = body ? blocksOf(body, ctx) : [];
  return { blocks, images: ctx.images };
}
