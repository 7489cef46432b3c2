// Structure from the shape of the text, for hand-formatted Word files, plain text and pasted Word HTML:
// "I." → h1, "1." → h2, "a)" → h3 (Decree 30's mục/khoản/điểm) when the line is short, short bold
// lines → headings, and "-" / "+" paragraphs → bullet lists with "+" nested under the preceding "-".
import type { DocBlock, DocInline, DocList, DocParagraph, DocText } from './doc.ts';
import { TEXT_FORMAT } from './doc.ts';
import { blockText, heading, list } from './doc-build.ts';

/** Longer lines are sentences that happen to start with a number, not headings. */
const MAX_HEADING_CHARS = 160;
const MAX_BOLD_HEADING_CHARS = 120;

const ROMAN = /^(?:[IVXL]{1,6})\.\s+\S/u;
const ARABIC = /^\d{1,2}\.\s+\S/u;
const LETTER = /^[a-zđ]\)\s+\S/u;
const DASH = /^[-–•]\s+/u;
const PLUS = /^\+\s+/u;

export function headingLevelFromPrefix(text: string): 1 | 2 | 3 | null {
  if (ROMAN.test(text)) return 1;
  if (ARABIC.test(text)) return 2;
  if (LETTER.test(text)) return 3;
  return null;
}

function isAllBold(children: readonly DocInline[]): boolean {
  const runs = children.filter((c): c is DocText => c.type === 'text' && c.text.trim() !== '');
  return runs.length > 0 && runs.every((r) => (r.format & TEXT_FORMAT.bold) !== 0);
}

/** Drops the bold bit from runs that become a heading (the heading style already says it). */
function unbold(children: readonly DocInline[]): DocInline[] {
  return children.map((c) => (c.type === 'text' ? { ...c, format: c.format & ~TEXT_FORMAT.bold } : c));
}

/** Removes a list marker from the start of the first text run. */
function stripMarker(children: readonly DocInline[], marker: RegExp): DocInline[] {
  const out = [...children];
  const first = out.findIndex((c) => c.type === 'text');
  const run = out[first];
  if (run && run.type === 'text') out[first] = { ...run, text: run.text.trimStart().replace(marker, '') };
  return out;
}

function asHeading(p: DocParagraph): DocBlock {
  const text = blockText(p).trim();
  const bold = isAllBold(p.children);
  if (text.length === 0) return p;
  const level = headingLevelFromPrefix(text);
  if (level && text.length <= MAX_HEADING_CHARS) return heading(level, bold ? unbold(p.children) : p.children);
  if (bold && text.length <= MAX_BOLD_HEADING_CHARS && !/[.;,]$/u.test(text)) {
    const upper = text === text.toLocaleUpperCase('vi') && /\p{L}/u.test(text);
    return heading(upper ? 1 : 2, unbold(p.children));
  }
  return p;
}

/** fromDash: only a "-" item can hold "+" items; a run of "+" items with no "-" is a flat list. */
interface PendingItem { children: DocInline[]; nested: DocInline[][]; fromDash: boolean }

function buildList(items: PendingItem[]): DocList {
  const entries: (DocInline[] | DocList)[] = [];
  for (const item of items) {
    entries.push(item.children);
    if (item.nested.length) entries.push(list('bullet', item.nested));
  }
  return list('bullet', entries);
}

/** Applies the heading and list heuristics to top-level paragraphs; other blocks pass through. */
export function shapeBlocks(blocks: readonly DocBlock[]): DocBlock[] {
  const out: DocBlock[] = [];
  let items: PendingItem[] = [];
  const flush = () => {
    if (items.length) out.push(buildList(items));
    items = [];
  };
  for (const block of blocks) {
    if (block.type !== 'paragraph') {
      flush();
      out.push(block);
      continue;
    }
    const text = blockText(block).trimStart();
    if (PLUS.test(text)) {
      const children = stripMarker(block.children, PLUS);
      const parent = items.at(-1);
      if (parent?.fromDash) parent.nested.push(children);
      else items.push({ children, nested: [], fromDash: false });
      continue;
    }
    if (DASH.test(text)) {
      items.push({ children: stripMarker(block.children, DASH), nested: [], fromDash: true });
      continue;
    }
    flush();
    out.push(asHeading(block));
  }
  flush();
  return out;
}
