// HTML → DocState blocks. One converter for .html files and for mammoth's output from .docx.
// happy-dom (already shipped with @lexical/headless) parses; scripts and resources are never run or
// fetched. Web-page chrome elements (nav, header, footer, aside) are skipped.
import { Window } from 'happy-dom';
import type { Element as HElement, Node as HNode } from 'happy-dom';
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

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

interface Ctx { images: number }
type CellBlock = DocTableCell['children'][number];

function tagOf(node: HNode): string {
  return node.nodeType === ELEMENT_NODE ? (node as HElement).tagName.toLowerCase() : '';
}

/** Inline runs of a node's subtree, whitespace collapsed as a browser would, adjacent runs merged. */
function inlineRuns(node: HNode, format: number, ctx: Ctx, out: DocInline[] = []): DocInline[] {
  for (const child of node.childNodes) {
    if (child.nodeType === TEXT_NODE) {
      const value = (child.textContent ?? '').replace(/\s+/gu, ' ');
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
  return [...node.childNodes].some((c) => BLOCK_TAGS.has(tagOf(c)));
}

function convertList(el: HElement, ctx: Ctx): DocList {
  const items: (DocInline[] | DocList)[] = [];
  for (const li of el.children) {
    if (li.tagName.toLowerCase() !== 'li') continue;
    const nested: DocList[] = [];
    const runs: DocInline[] = [];
    for (const child of li.childNodes) {
      const tag = tagOf(child);
      if (tag === 'ul' || tag === 'ol') nested.push(convertList(child as HElement, ctx));
      else if (tag === 'p' || tag === 'div') {
        if (runs.length) runs.push({ type: 'linebreak', version: 1 });
        inlineRuns(child, 0, ctx, runs);
      } else {
        const holder = { childNodes: [child] } as unknown as HNode;
        inlineRuns(holder, 0, ctx, runs);
      }
    }
    const trimmed = trimRuns(runs);
    if (trimmed.length || !nested.length) items.push(trimmed);
    items.push(...nested);
  }
  const ordered = el.tagName.toLowerCase() === 'ol';
  return list(ordered ? 'number' : 'bullet', items, Number(el.getAttribute('start')) || 1);
}

function convertTable(el: HElement, ctx: Ctx): DocBlock | null {
  const rows: DocTableCell[][] = [];
  for (const tr of el.querySelectorAll('tr')) {
    if (tr.closest('table') !== el) continue; // rows of nested tables belong to those tables
    const cells: DocTableCell[] = [];
    for (const cell of tr.children) {
      const tag = cell.tagName.toLowerCase();
      if (tag !== 'td' && tag !== 'th') continue;
      // Cells hold paragraphs, headings and lists; a table nested in a cell is flattened to its text.
      const inner = blocksOf(cell, ctx).map((b): CellBlock => (b.type === 'table' || b.type === 'carry-checklist' ? paragraph(blockText(b).replace(/\s+/gu, ' ')) : b));
      const built = tableCell([paragraph()], {
        header: tag === 'th',
        colSpan: tableSpan(cell.getAttribute('colspan')),
        rowSpan: tableSpan(cell.getAttribute('rowspan')),
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
    const runs = trimRuns(inlineRuns({ childNodes: loose } as unknown as HNode, 0, ctx));
    if (runs.length) out.push(paragraph(runs));
    loose = [];
  };
  for (const child of node.childNodes) {
    const tag = tagOf(child);
    if (SKIP.has(tag)) continue;
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
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  try {
    const document = new window.DOMParser().parseFromString(html, 'text/html');
    const ctx: Ctx = { images: 0 };
    const blocks = blocksOf(document.body as unknown as HNode, ctx);
    return { blocks, images: ctx.images };
  } finally {
    await window.happyDOM.close();
  }
}
