// WordprocessingML (a document, header, footer, footnotes or comments part) → DocState blocks, read
// as a stream of SAX events so memory grows with the output, not with a DOM of the XML. It keeps the
// text Word shows: field results (not their codes), ruby base text (not the ruby), text-box text once
// (mc:Choice, not the VML fallback), drop caps joined to their word, insertions (not deletions), and
// footnote references as "[n]". Runs in TCVN3/VNI fonts are converted to Unicode. What it cannot keep
// (images, embedded objects, drawings without text) is counted for the import result.
import type { SaxesTagPlain } from 'saxes';
import type { DocBlock, DocInline, DocList, DocTableCell } from '../../../shared/doc.ts';
import { TEXT_FORMAT } from '../../../shared/doc.ts';
import { blockText, heading, list, paragraph, table, tableCell, text } from '../../../shared/doc-build.ts';
import { importErrors } from '../errors.ts';
import { convertLegacyRun, legacyFontEncoding } from '../vietnamese-legacy.ts';
import { newParser } from './package-parts.ts';
import type { StyleBook } from './styles.ts';

/** A run of output with the Word comments whose range covers it. */
export type Run = DocInline & { commentIds?: readonly string[] };

export interface PartCounts {
  images: number;
  objects: number;
  drawings: number;
  legacyRuns: { TCVN3: number; VNI: number };
}

export interface PartContext {
  file: string;
  part: string;
  styles: StyleBook;
  counts: PartCounts;
  /** Footnote/endnote id → its number as shown, assigned in order of reference. */
  noteNumber: (kind: 'footnote' | 'endnote', id: string) => number;
  /** Called for w:altChunk: the block index in the body where the chunk's blocks go. */
  onAltChunk?: (relId: string, at: { blocks: DocBlock[]; index: number }) => void;
  /** Called when a footnote/endnote/comment element starts, to split a notes part into its items. */
  onItemStart?: (name: string, attrs: Record<string, string>, blocksSoFar: number) => void;
  onItemEnd?: (name: string, blocksSoFar: number) => void;
}

interface RunProps { format: number; font?: string; style?: string; hidden: boolean }
interface ParaState {
  style?: string;
  numId?: string;
  ilvl?: number;
  outline?: number;
  dropCap: boolean;
  align?: string;
  runs: Run[];
}
interface CellState { blocks: DocBlock[]; colSpan: number; vMerge?: 'restart' | 'continue'; header: boolean }
interface TableState { rows: (DocTableCell | null)[][]; row: (DocTableCell | null)[] | null; cell: CellState | null; columnOrigins: Map<number, DocTableCell>; col: number }
interface ListItemBlock { kind: 'bullet' | 'number'; depth: number; numId: string; runs: DocInline[] }

const SKIPPED = new Set([
  'w:rt', 'w:instrText', 'w:delInstrText', 'w:del', 'w:moveFrom', 'w:delText', 'mc:Fallback', 'w:sdtPr',
  'w:pPrChange', 'w:rPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:sectPrChange',
  'w:fldData', 'w:ffData', 'w:docPartPr',
]);

const on = (attrs: Record<string, string>): boolean => {
  const v = attrs['w:val'];
  return v === undefined || (v !== 'false' && v !== '0' && v !== 'off' && v !== 'none');
};

/** Reads one part into its top-level blocks; runs keep their Word comment ids (see comment-marks.ts). */
export function readWordPart(xml: string, ctx: PartContext): DocBlock[] {
  const out: DocBlock[] = [];
  const tables: TableState[] = [];
  const paras: ParaState[] = [];
  let run: RunProps | null = null;
  let inRunProps = false;
  let inParaProps = false;
  let skipDepth = 0;
  let textTarget: 'text' | null = null;
  /** One entry per open field: 'code' until its separator, then 'result'. */
  const fields: ('code' | 'result')[] = [];
  const activeComments = new Set<string>();
  let drawing: { image: boolean; text: boolean; chart: boolean } | null = null;
  let objectDepth = 0;
  let dropCapPrefix: Run[] | null = null;
  const pendingItems: ListItemBlock[] = [];
  const pendingPointComments: string[] = [];

  const container = (): DocBlock[] => {
    const t = tables.at(-1);
    return t?.cell ? t.cell.blocks : out;
  };

  const flushList = (target: DocBlock[]) => {
    if (!pendingItems.length) return;
    target.push(buildList(pendingItems.splice(0)));
  };

  const addRun = (value: string) => {
    const para = paras.at(-1);
    if (!para || !run || run.hidden || fields.at(-1) === 'code' || !value) return;
    let content = value;
    const font = run.font ?? ctx.styles.font(run.style, para.style);
    const legacy = legacyFontEncoding(font);
    if (legacy) {
      content = convertLegacyRun(content, legacy);
      ctx.counts.legacyRuns[legacy.encoding]++;
    }
    const inline: Run = text(content, run.format);
    if (activeComments.size) inline.commentIds = [...activeComments];
    para.runs.push(inline);
  };
  const addInline = (inline: DocInline) => {
    const para = paras.at(-1);
    if (!para || fields.at(-1) === 'code' || run?.hidden) return;
    const withComments: Run = activeComments.size ? { ...inline, commentIds: [...activeComments] } : inline;
    para.runs.push(withComments);
  };

  const closeParagraph = (para: ParaState) => {
    if (para.dropCap) {
      // Word draws a drop cap as its own framed paragraph; its letters start the next paragraph's word.
      dropCapPrefix = [...(dropCapPrefix ?? []), ...para.runs];
      return;
    }
    let runs = para.runs;
    if (dropCapPrefix) { runs = [...dropCapPrefix, ...runs]; dropCapPrefix = null; }
    const children = trimRuns(mergeRuns(runs));
    const target = container();
    const numbering = para.numId !== undefined ? { numId: para.numId, ilvl: para.ilvl ?? 0 } : ctx.styles.styleNumbering(para.style);
    const kind = numbering ? ctx.styles.listKind(numbering.numId, numbering.ilvl) : null;
    if (kind && numbering) {
      const depth = Math.min(8, numbering.ilvl);
      const first = pendingItems[0];
      // Another list at the top level (other numbering, or bullets after numbers) is another list.
      if (first && depth <= first.depth && (first.numId !== numbering.numId || first.kind !== kind)) flushList(target);
      pendingItems.push({ kind, depth, numId: numbering.numId, runs: children });
      return;
    }
    flushList(target);
    if (!children.length) return;
    const level = ctx.styles.headingLevel(para.style, para.outline);
    if (level) target.push(heading(level, children));
    else target.push(paragraph(children, para.align === 'center' ? 'center' : para.align === 'right' || para.align === 'end' ? 'right' : para.align === 'both' ? 'justify' : ''));
  };

  const parser = newParser(ctx.file, ctx.part);
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = tag.name;
    const attrs = tag.attributes as Record<string, string>;
    if (skipDepth > 0) { if (!tag.isSelfClosing) skipDepth++; return; }
    if (SKIPPED.has(name)) { if (!tag.isSelfClosing) skipDepth = 1; return; }
    if (objectDepth > 0) { if (!tag.isSelfClosing) objectDepth++; return; }
    switch (name) {
      case 'w:footnote': case 'w:endnote': case 'w:comment':
        ctx.onItemStart?.(name, attrs, out.length);
        return;
      case 'w:p':
        paras.push({ dropCap: false, runs: [] });
        return;
      case 'w:pPr': inParaProps = true; return;
      case 'w:pStyle': if (inParaProps && paras.at(-1)) paras.at(-1)!.style = attrs['w:val']; return;
      case 'w:numId': if (inParaProps && paras.at(-1)) paras.at(-1)!.numId = attrs['w:val']; return;
      case 'w:ilvl': if (inParaProps && paras.at(-1)) paras.at(-1)!.ilvl = Number(attrs['w:val'] ?? 0); return;
      case 'w:outlineLvl': if (inParaProps && paras.at(-1)) paras.at(-1)!.outline = Number(attrs['w:val']); return;
      case 'w:jc': if (inParaProps && !inRunProps && paras.at(-1)) paras.at(-1)!.align = attrs['w:val']; return;
      case 'w:framePr':
        if (inParaProps && paras.at(-1) && (attrs['w:dropCap'] === 'drop' || attrs['w:dropCap'] === 'margin')) paras.at(-1)!.dropCap = true;
        return;
      case 'w:r':
        run = { format: 0, hidden: false };
        return;
      case 'w:rPr': inRunProps = true; return;
      case 'w:t':
        if (run) textTarget = 'text';
        return;
      case 'w:tab':
        if (run && !inParaProps) addInline({ type: 'tab', version: 1, text: '\t', format: run.format, style: '', mode: 'normal', detail: 0 });
        return;
      case 'w:br':
        if (run && attrs['w:type'] !== 'page' && attrs['w:type'] !== 'column') addInline({ type: 'linebreak', version: 1 });
        return;
      case 'w:cr': if (run) addInline({ type: 'linebreak', version: 1 }); return;
      case 'w:noBreakHyphen': addRun('\u2011'); return;
      case 'w:sym': {
        const code = Number.parseInt(attrs['w:char'] ?? '', 16);
        // Symbol-font private-use codes (F0xx) have no Unicode meaning; others are real characters.
        if (Number.isFinite(code) && code < 0xe000) addRun(String.fromCodePoint(code));
        return;
      }
      case 'w:fldChar': {
        const type = attrs['w:fldCharType'];
        if (type === 'begin') fields.push('code');
        else if (type === 'separate' && fields.length) fields[fields.length - 1] = 'result';
        else if (type === 'end') fields.pop();
        return;
      }
      case 'w:footnoteReference': case 'w:endnoteReference': {
        const id = attrs['w:id'] ?? '';
        const n = ctx.noteNumber(name === 'w:footnoteReference' ? 'footnote' : 'endnote', id);
        addInline(text(`[${n}]`, TEXT_FORMAT.superscript));
        return;
      }
      case 'w:footnoteRef': case 'w:endnoteRef':
        // The note's own number mark: the reader of the notes part writes "[n]" itself.
        return;
      case 'w:commentRangeStart': activeComments.add(attrs['w:id'] ?? ''); return;
      case 'w:commentRangeEnd': activeComments.delete(attrs['w:id'] ?? ''); return;
      case 'w:commentReference': {
        // A comment without a range annotates the point where it sits: attach it to the previous run.
        const id = attrs['w:id'] ?? '';
        const last = paras.at(-1)?.runs.at(-1);
        if (last && !last.commentIds?.includes(id)) last.commentIds = [...(last.commentIds ?? []), id];
        else if (!last) pendingPointComments.push(id);
        return;
      }
      case 'w:drawing': drawing = { image: false, text: false, chart: false }; return;
      case 'a:blip': case 'v:imagedata':
        if (drawing) drawing.image = true;
        else ctx.counts.images++;
        return;
      case 'wps:txbx': case 'w:txbxContent': case 'v:textbox': if (drawing) drawing.text = true; return;
      case 'c:chart': case 'dgm:relIds': if (drawing) drawing.chart = true; return;
      case 'w:object': case 'w:objectEmbed':
        ctx.counts.objects++;
        if (!tag.isSelfClosing) objectDepth = 1;
        return;
      case 'w:altChunk': {
        const target = container();
        flushList(target);
        ctx.onAltChunk?.(attrs['r:id'] ?? '', { blocks: target, index: target.length });
        return;
      }
      case 'w:tbl': {
        const para = paras.at(-1);
        if (para === undefined) flushList(container());
        tables.push({ rows: [], row: null, cell: null, columnOrigins: new Map(), col: 0 });
        return;
      }
      case 'w:tr': { const t = tables.at(-1); if (t) { t.row = []; t.col = 0; } return; }
      case 'w:tc': { const t = tables.at(-1); if (t) t.cell = { blocks: [], colSpan: 1, header: false }; return; }
      case 'w:gridSpan': { const c = tables.at(-1)?.cell; if (c) c.colSpan = Math.max(1, Math.min(63, Number(attrs['w:val']) || 1)); return; }
      case 'w:vMerge': { const c = tables.at(-1)?.cell; if (c) c.vMerge = attrs['w:val'] === 'restart' ? 'restart' : 'continue'; return; }
      case 'w:tblHeader': return;
    }
    if (inRunProps && run) {
      switch (name) {
        case 'w:b': if (on(attrs)) run.format |= TEXT_FORMAT.bold; else run.format &= ~TEXT_FORMAT.bold; return;
        case 'w:i': if (on(attrs)) run.format |= TEXT_FORMAT.italic; else run.format &= ~TEXT_FORMAT.italic; return;
        case 'w:u': if (on(attrs)) run.format |= TEXT_FORMAT.underline; return;
        case 'w:strike': case 'w:dstrike': if (on(attrs)) run.format |= TEXT_FORMAT.strikethrough; return;
        case 'w:vertAlign':
          if (attrs['w:val'] === 'superscript') run.format |= TEXT_FORMAT.superscript;
          if (attrs['w:val'] === 'subscript') run.format |= TEXT_FORMAT.subscript;
          return;
        case 'w:rFonts': { const f = attrs['w:ascii'] ?? attrs['w:hAnsi']; if (f) run.font = f; return; }
        case 'w:rStyle': run.style = attrs['w:val']; return;
        case 'w:vanish': case 'w:specVanish': if (on(attrs)) run.hidden = true; return;
      }
    }
  });
  parser.on('text', (value) => {
    if (skipDepth > 0 || objectDepth > 0 || textTarget !== 'text') return;
    addRun(value);
  });
  parser.on('closetag', (tag) => {
    const name = tag.name;
    if (skipDepth > 0) { if (!tag.isSelfClosing) skipDepth--; return; }
    if (objectDepth > 0) { if (!tag.isSelfClosing) objectDepth--; return; }
    switch (name) {
      case 'w:t': textTarget = null; return;
      case 'w:rPr': inRunProps = false; return;
      case 'w:pPr': inParaProps = false; return;
      case 'w:r': run = null; return;
      case 'w:p': {
        const para = paras.pop();
        if (!para) return;
        if (pendingPointComments.length && para.runs.length) {
          para.runs[0] = { ...para.runs[0]!, commentIds: [...(para.runs[0]!.commentIds ?? []), ...pendingPointComments.splice(0)] };
        }
        closeParagraph(para);
        return;
      }
      case 'w:drawing': {
        if (drawing && !drawing.text) {
          if (drawing.image) ctx.counts.images++;
          else ctx.counts.drawings++;
        }
        drawing = null;
        return;
      }
      case 'w:tc': {
        const t = tables.at(-1);
        if (!t?.cell || !t.row) return;
        flushList(t.cell.blocks);
        const c = t.cell;
        t.cell = null;
        if (c.vMerge === 'continue') {
          const origin = t.columnOrigins.get(t.col);
          if (origin) {
            origin.rowSpan = Math.min(63, (origin.rowSpan ?? 1) + 1);
            // The merged cell's own text (rare) is kept in the origin cell.
            const extra = c.blocks.filter((b) => blockText(b).trim());
            if (extra.length) origin.children.push(...cellChildren(extra));
            t.col += c.colSpan;
            return;
          }
        }
        const children = cellChildren(c.blocks);
        const built = tableCell([paragraph()], { colSpan: c.colSpan });
        const cell: DocTableCell = children.length ? { ...built, children } : built;
        t.row.push(cell);
        if (c.vMerge === 'restart') t.columnOrigins.set(t.col, cell);
        else t.columnOrigins.delete(t.col);
        t.col += c.colSpan;
        return;
      }
      case 'w:tr': {
        const t = tables.at(-1);
        if (t?.row) { if (t.row.length) t.rows.push(t.row); t.row = null; }
        return;
      }
      case 'w:tbl': {
        const t = tables.pop();
        if (!t) return;
        const rows = t.rows.map((r) => r.filter((c): c is DocTableCell => c !== null)).filter((r) => r.length);
        if (!rows.length) return;
        const target = container();
        flushList(target);
        target.push(table(rows));
        return;
      }
      case 'w:footnote': case 'w:endnote': case 'w:comment':
        flushList(out);
        ctx.onItemEnd?.(name, out.length);
        return;
      case 'w:body': case 'w:hdr': case 'w:ftr': case 'w:footnotes': case 'w:endnotes': case 'w:comments':
        flushList(out);
        return;
    }
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof Error && error.name === 'AppError') throw error;
    throw importErrors.truncated(ctx.file, `${ctx.part}: ${error instanceof Error ? error.message.slice(0, 160) : 'XML'}`);
  }
  flushList(out);
  if (dropCapPrefix) out.push(paragraph(trimRuns(mergeRuns(dropCapPrefix))));
  return out;
}

/** Table cells hold paragraphs, headings and lists; a nested table becomes its text, row by row. */
function cellChildren(blocks: DocBlock[]): DocTableCell['children'] {
  return blocks.flatMap((b): DocTableCell['children'] => (b.type === 'table'
    ? b.children.map((row) => paragraph(row.children.map((c) => c.children.map(blockText).join(' ')).join('\t').replace(/[ \t]+/gu, ' ').trim()))
    : b.type === 'photo-caption' ? [paragraph(b.children)]
    : b.type === 'carry-checklist' ? b.items.map((item) => paragraph(item.text))
    : [b]));
}

function sameComments(a: Run, b: Run): boolean {
  const x = a.commentIds ?? [];
  const y = b.commentIds ?? [];
  return x.length === y.length && x.every((id, i) => id === y[i]);
}

/** Adjacent text runs with the same format and comments are one run (Word splits runs at every edit). */
export function mergeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const last = out.at(-1);
    if (last?.type === 'text' && r.type === 'text' && last.format === r.format && sameComments(last, r)) {
      const merged: Run = text(last.text + r.text, r.format);
      if (r.commentIds) merged.commentIds = r.commentIds;
      out[out.length - 1] = merged;
    } else out.push(r);
  }
  return out;
}

/** Outer whitespace and line breaks of a paragraph go; runs left empty go too. */
function trimRuns(runs: Run[]): Run[] {
  const out = [...runs];
  while (out[0]?.type === 'linebreak') out.shift();
  while (out.at(-1)?.type === 'linebreak') out.pop();
  const first = out[0];
  if (first?.type === 'text') out[0] = { ...first, text: first.text.trimStart() };
  const last = out.at(-1);
  if (last?.type === 'text') out[out.length - 1] = { ...last, text: last.text.trimEnd() };
  return out.filter((r) => r.type !== 'text' || r.text !== '');
}

/** Nested lists from Word list paragraphs (ilvl = depth), Lexical-style: a nested list is its own item. */
function buildList(items: ListItemBlock[]): DocList {
  const minDepth = Math.min(...items.map((i) => i.depth));
  const build = (slice: ListItemBlock[], depth: number): DocList => {
    const entries: (DocInline[] | DocList)[] = [];
    let i = 0;
    while (i < slice.length) {
      const item = slice[i]!;
      if (item.depth > depth) {
        let j = i;
        while (j < slice.length && slice[j]!.depth > depth) j++;
        entries.push(build(slice.slice(i, j), depth + 1));
        i = j;
      } else {
        entries.push(item.runs);
        i++;
      }
    }
    return list(slice[0]?.kind ?? 'bullet', entries);
  };
  return build(items.map((i) => ({ ...i, depth: i.depth - minDepth })), 0);
}
