// Pure builders and readers for DocState, used by importers, templates, tests and search.
import type {
  DocBlock, DocHeading, DocInline, DocList, DocListItem, DocParagraph, DocState, DocTable,
  DocTableCell, DocTableRow, DocText,
} from './doc.ts';

const elementBase = { version: 1, format: '', indent: 0, direction: 'ltr' } as const;

export function text(value: string, format = 0): DocText {
  return { type: 'text', version: 1, text: value.normalize('NFC'), format, style: '', mode: 'normal', detail: 0 };
}

function inlines(content: string | DocInline[]): DocInline[] {
  if (typeof content !== 'string') return content;
  return content === '' ? [] : [text(content)];
}

export function paragraph(content: string | DocInline[] = [], format: DocParagraph['format'] = ''): DocParagraph {
  return { ...elementBase, format, type: 'paragraph', textFormat: 0, textStyle: '', children: inlines(content) };
}

export function heading(level: 1 | 2 | 3, content: string | DocInline[]): DocHeading {
  return { ...elementBase, type: 'heading', tag: `h${level}`, children: inlines(content) };
}

/** Items are strings, inline runs, or a nested list (which becomes its own list item, as Lexical does). */
export function list(listType: 'bullet' | 'number', items: (string | DocInline[] | DocList)[], start = 1): DocList {
  const children: DocListItem[] = items.map((item, index) => ({
    ...elementBase,
    type: 'listitem',
    value: start + index,
    children: typeof item === 'object' && !Array.isArray(item) ? [item] : inlines(item),
  }));
  return { ...elementBase, type: 'list', listType, start, tag: listType === 'bullet' ? 'ul' : 'ol', children };
}

/** Word allows 63 columns; a span beyond that (or not a whole number) comes from a broken or hostile file. */
export const MAX_TABLE_SPAN = 63;

/** A colspan/rowspan attribute or value as a cell span: a whole number from 1 to MAX_TABLE_SPAN. */
export function tableSpan(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(n) && n > 1 ? Math.min(n, MAX_TABLE_SPAN) : 1;
}

export function tableCell(content: string | DocParagraph[], opts: { colSpan?: number; rowSpan?: number; header?: boolean } = {}): DocTableCell {
  return {
    ...elementBase,
    type: 'tablecell',
    headerState: opts.header ? 1 : 0,
    colSpan: tableSpan(opts.colSpan),
    rowSpan: tableSpan(opts.rowSpan),
    backgroundColor: null,
    children: typeof content === 'string' ? [paragraph(content)] : content,
  };
}

export function table(rows: (string | DocTableCell)[][]): DocTable {
  const children: DocTableRow[] = rows.map((cells) => ({
    ...elementBase,
    type: 'tablerow',
    children: cells.map((cell) => (typeof cell === 'string' ? tableCell(cell) : cell)),
  }));
  return { ...elementBase, type: 'table', children };
}

export function doc(blocks: DocBlock[]): DocState {
  return { root: { ...elementBase, type: 'root', children: blocks.length ? blocks : [paragraph()] } };
}

export function emptyDoc(): DocState {
  return doc([]);
}

/** An empty field reads "…" (as it is exported), so the text shows where a value is missing. */
function inlineText(children: readonly DocInline[]): string {
  return children.map((c) => (c.type === 'linebreak' ? '\n' : c.type === 'field' && c.text === '' ? '…' : c.text)).join('');
}

/** Plain text of one block; list items and table cells are joined by newlines / tabs. */
export function blockText(block: DocBlock | DocList): string {
  switch (block.type) {
    case 'carry-checklist':
      return block.items.map((item) => (item.result.trim() ? `${item.text}\n${item.result}` : item.text)).join('\n');
    case 'paragraph':
    case 'heading':
      return inlineText(block.children);
    case 'list':
      return block.children
        .map((item) => item.children
          .map((c) => (c.type === 'list' ? blockText(c) : c.type === 'linebreak' ? '\n' : c.text))
          .join(''))
        .join('\n');
    case 'table':
      return block.children
        .map((row) => row.children.map((cell) => cell.children.map(blockText).join('\n')).join('\t'))
        .join('\n');
  }
}

/** The document as plain text: one top-level block per paragraph, separated by blank lines. */
export function docText(state: DocState): string {
  return state.root.children.map(blockText).join('\n\n');
}

/**
 * Puts every text run under `node` in Unicode NFC, in place (no copy), and returns `node`. For a fresh
 * object only (a clone, or a serialization just made, as the editor's exportState does).
 */
export function normalizeNodeInPlace<T>(node: T): T {
  if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.text === 'string') {
      const nfc = record.text.normalize('NFC');
      if (nfc !== record.text) record.text = nfc;
    }
    if (Array.isArray(record.children)) for (const child of record.children) normalizeNodeInPlace(child);
  }
  return node;
}

/** Returns a copy of the state with every text run in Unicode NFC (Unikey and IMEs may send NFD). */
export function normalizeDoc(state: DocState): DocState {
  return normalizeNodeInPlace(structuredClone(state));
}

/** Words in the document, for version summaries (whitespace-separated tokens). */
export function wordCount(state: DocState): number {
  const words = docText(state).match(/\S+/gu);
  return words ? words.length : 0;
}
