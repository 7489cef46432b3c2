// Markdown → DocState blocks with markdown-it (CommonMark, plus GFM tables and strikethrough): the
// token stream is mapped to the editor's blocks. Headings, paragraphs, nested lists, pipe tables
// (alignment colons included), fenced/indented code (one paragraph per block, lines kept, code format),
// block quotes (their paragraphs), bold/italic/strike/code inline; links keep their text; raw HTML is
// not run (html: false shows it as text); images are counted, not kept.
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import type { DocBlock, DocInline, DocList, DocParagraph, DocTableCell } from '../../shared/doc.ts';
import { TEXT_FORMAT } from '../../shared/doc.ts';
import { heading, list, paragraph, table, tableCell, text } from '../../shared/doc-build.ts';

export interface MarkdownConversion { blocks: DocBlock[]; images: number }

const md = new MarkdownIt('commonmark', { html: false }).enable(['table', 'strikethrough']);

const FORMAT_OF: Record<string, number> = {
  strong_open: TEXT_FORMAT.bold, em_open: TEXT_FORMAT.italic, s_open: TEXT_FORMAT.strikethrough,
};
const CLOSE_OF: Record<string, string> = { strong_close: 'strong_open', em_close: 'em_open', s_close: 's_open' };

function inlineRuns(tokens: readonly Token[], counter: { images: number }): DocInline[] {
  const out: DocInline[] = [];
  const open: string[] = [];
  const format = () => open.reduce((f, t) => f | (FORMAT_OF[t] ?? 0), 0);
  const push = (value: string, extra = 0) => {
    if (!value) return;
    const f = format() | extra;
    const last = out.at(-1);
    if (last?.type === 'text' && last.format === f) out[out.length - 1] = text(last.text + value, f);
    else out.push(text(value, f));
  };
  for (const t of tokens) {
    if (t.type in FORMAT_OF) open.push(t.type);
    else if (t.type in CLOSE_OF) open.splice(open.lastIndexOf(CLOSE_OF[t.type]!), 1);
    else if (t.type === 'text' || t.type === 'html_inline') push(t.content);
    else if (t.type === 'code_inline') push(t.content, TEXT_FORMAT.code);
    else if (t.type === 'softbreak') push(' ');
    else if (t.type === 'hardbreak') out.push({ type: 'linebreak', version: 1 });
    else if (t.type === 'image') counter.images++;
  }
  return out;
}

function codeParagraph(content: string): DocParagraph {
  const lines = content.replace(/\n$/u, '').split('\n');
  const runs: DocInline[] = [];
  lines.forEach((line, i) => {
    if (i > 0) runs.push({ type: 'linebreak', version: 1 });
    if (line) runs.push(text(line, TEXT_FORMAT.code));
  });
  return paragraph(runs);
}

interface Cursor { tokens: Token[]; at: number; counter: { images: number } }

/** Reads a list from its *_list_open token to the matching close; nested lists are their own items. */
function readList(c: Cursor): DocList {
  const openToken = c.tokens[c.at]!;
  const ordered = openToken.type === 'ordered_list_open';
  const start = Number(openToken.attrGet('start') ?? 1) || 1;
  const items: (DocInline[] | DocList)[] = [];
  c.at++;
  while (c.at < c.tokens.length && c.tokens[c.at]!.type !== (ordered ? 'ordered_list_close' : 'bullet_list_close')) {
    const t = c.tokens[c.at]!;
    if (t.type !== 'list_item_open') { c.at++; continue; }
    c.at++;
    const runs: DocInline[] = [];
    const nested: DocList[] = [];
    while (c.at < c.tokens.length && c.tokens[c.at]!.type !== 'list_item_close') {
      const inner = c.tokens[c.at]!;
      if (inner.type === 'bullet_list_open' || inner.type === 'ordered_list_open') { nested.push(readList(c)); continue; }
      if (inner.type === 'inline') {
        if (runs.length) runs.push({ type: 'linebreak', version: 1 });
        runs.push(...inlineRuns(inner.children ?? [], c.counter));
      } else if (inner.type === 'fence' || inner.type === 'code_block') {
        if (runs.length) runs.push({ type: 'linebreak', version: 1 });
        runs.push(...codeParagraph(inner.content).children);
      }
      c.at++;
    }
    c.at++; // list_item_close
    if (runs.length || !nested.length) items.push(runs);
    items.push(...nested);
  }
  c.at++; // list close
  return list(ordered ? 'number' : 'bullet', items, start);
}

function readTable(c: Cursor): DocBlock {
  const rows: DocTableCell[][] = [];
  let row: DocTableCell[] | null = null;
  c.at++;
  while (c.at < c.tokens.length && c.tokens[c.at]!.type !== 'table_close') {
    const t = c.tokens[c.at]!;
    if (t.type === 'tr_open') row = [];
    else if (t.type === 'tr_close' && row) { rows.push(row); row = null; } else if ((t.type === 'th_open' || t.type === 'td_open') && row) {
      const inline = c.tokens[c.at + 1];
      const runs = inline?.type === 'inline' ? inlineRuns(inline.children ?? [], c.counter) : [];
      const style = String(t.attrGet('style') ?? '');
      const align = /text-align:\s*(left|center|right)/u.exec(style)?.[1] as DocParagraph['format'] | undefined;
      row.push(tableCell([paragraph(runs, align ?? '')], { header: t.type === 'th_open' }));
    }
    c.at++;
  }
  c.at++;
  return table(rows);
}

export function markdownToBlocks(source: string): MarkdownConversion {
  const counter = { images: 0 };
  const tokens = md.parse(source.normalize('NFC'), {});
  const blocks: DocBlock[] = [];
  const c: Cursor = { tokens, at: 0, counter };
  while (c.at < tokens.length) {
    const t = tokens[c.at]!;
    switch (t.type) {
      case 'heading_open': {
        const inline = tokens[c.at + 1];
        const runs = inline?.type === 'inline' ? inlineRuns(inline.children ?? [], counter) : [];
        if (runs.length) blocks.push(heading(Math.min(3, Number(t.tag.slice(1))) as 1 | 2 | 3, runs));
        c.at += 3;
        continue;
      }
      case 'paragraph_open': {
        const inline = tokens[c.at + 1];
        const runs = inline?.type === 'inline' ? inlineRuns(inline.children ?? [], counter) : [];
        if (runs.length) blocks.push(paragraph(runs));
        c.at += 3;
        continue;
      }
      case 'bullet_list_open': case 'ordered_list_open': blocks.push(readList(c)); continue;
      case 'table_open': blocks.push(readTable(c)); continue;
      case 'fence': case 'code_block': blocks.push(codeParagraph(t.content)); break;
      case 'html_block': if (t.content.trim()) blocks.push(paragraph(t.content.trim())); break;
    }
    c.at++;
  }
  return { blocks, images: counter.images };
}
