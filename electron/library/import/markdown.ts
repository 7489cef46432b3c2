// Markdown → DocState blocks: ATX headings, bullet and numbered lists (nested by indentation),
// simple pipe tables, paragraphs, and **bold** / *italic* / `code` inline. Images are dropped (counted).
import type { DocBlock, DocInline, DocList } from '../../shared/doc.ts';
import { TEXT_FORMAT } from '../../shared/doc.ts';
import { heading, list, paragraph, table, tableCell, text } from '../../shared/doc-build.ts';

export interface MarkdownConversion { blocks: DocBlock[]; images: number }

const INLINE = /(\*\*|__)(.+?)\1|(\*|_)(?!\s)(.+?)\3|`([^`]+)`|!\[[^\]]*\]\([^)]*\)|\[([^\]]+)\]\([^)]*\)/gu;

function inline(source: string, counter: { images: number }): DocInline[] {
  const out: DocInline[] = [];
  let last = 0;
  for (const m of source.matchAll(INLINE)) {
    if (m.index > last) out.push(text(source.slice(last, m.index)));
    if (m[2] !== undefined) out.push(text(m[2], TEXT_FORMAT.bold));
    else if (m[4] !== undefined) out.push(text(m[4], TEXT_FORMAT.italic));
    else if (m[5] !== undefined) out.push(text(m[5], TEXT_FORMAT.code));
    else if (m[6] !== undefined) out.push(text(m[6]));
    else counter.images++;
    last = m.index + m[0].length;
  }
  if (last < source.length) out.push(text(source.slice(last)));
  return out.filter((r) => r.type !== 'text' || r.text !== '');
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/u;
const ITEM = /^(\s*)([-*+]|\d{1,3}[.)])\s+(.*)$/u;
const TABLE_ROW = /^\s*\|.*\|\s*$/u;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/u;

interface Item { depth: number; ordered: boolean; content: DocInline[] }

/** Builds nested lists from items with depths (0, 1, …), Lexical-style: a nested list is its own item. */
function buildList(items: Item[], depth = 0): DocList {
  const entries: (DocInline[] | DocList)[] = [];
  let i = 0;
  while (i < items.length) {
    const item = items[i]!;
    if (item.depth > depth) {
      let j = i;
      while (j < items.length && items[j]!.depth > depth) j++;
      entries.push(buildList(items.slice(i, j), depth + 1));
      i = j;
    } else {
      entries.push(item.content);
      i++;
    }
  }
  return list(items[0]?.ordered ? 'number' : 'bullet', entries);
}

function cells(row: string): string[] {
  return row.trim().replace(/^\||\|$/gu, '').split('|').map((c) => c.trim());
}

export function markdownToBlocks(source: string): MarkdownConversion {
  const counter = { images: 0 };
  const lines = source.normalize('NFC').replace(/\r\n?/gu, '\n').split('\n');
  const blocks: DocBlock[] = [];
  let para: string[] = [];
  let items: Item[] = [];
  const flushPara = () => {
    if (para.length) {
      const runs = inline(para.join(' '), counter);
      if (runs.length) blocks.push(paragraph(runs));
    }
    para = [];
  };
  const flushList = () => {
    if (items.length) {
      const minIndent = Math.min(...items.map((i) => i.depth));
      blocks.push(buildList(items.map((i) => ({ ...i, depth: i.depth - minIndent }))));
    }
    items = [];
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const h = HEADING.exec(line);
    const item = ITEM.exec(line);
    if (!line.trim()) { flushPara(); flushList(); continue; }
    if (h) {
      flushPara(); flushList();
      blocks.push(heading(Math.min(3, h[1]!.length) as 1 | 2 | 3, inline(h[2]!, counter)));
    } else if (item) {
      flushPara();
      items.push({ depth: Math.floor(item[1]!.replace(/\t/gu, '    ').length / 2), ordered: /\d/u.test(item[2]!), content: inline(item[3]!, counter) });
    } else if (TABLE_ROW.test(line) && TABLE_RULE.test(lines[n + 1] ?? '')) {
      flushPara(); flushList();
      const rows = [cells(line).map((c) => tableCell([paragraph(inline(c, counter))], { header: true }))];
      n += 2;
      while (n < lines.length && TABLE_ROW.test(lines[n]!)) rows.push(cells(lines[n++]!).map((c) => tableCell([paragraph(inline(c, counter))])));
      n--;
      blocks.push(table(rows));
    } else if (items.length && /^\s+\S/u.test(line)) {
      // A continuation line of the last list item.
      items.at(-1)!.content.push(text(' ' + line.trim()));
    } else {
      flushList();
      para.push(line.trim());
    }
  }
  flushPara(); flushList();
  return { blocks, images: counter.images };
}
