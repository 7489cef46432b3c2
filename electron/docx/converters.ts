// The exporter's lookup table: one converter per node type of shared/doc.ts, keyed by `type`.
// A node whose type is not in the table, or that sits where its kind cannot go, fails the export
// loudly (AppError naming the type): a silently dropped paragraph is worse than no file.
import {
  AlignmentType, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow,
  WidthType, type ParagraphChild,
} from 'docx';
import type {
  DocHeading, DocInline, DocList, DocPhotoCaption, DocListItem, DocNode, DocParagraph, DocRoot, DocTable, DocTableCell, DocTableRow,
  ElementFormat,
} from '../shared/doc.ts';
import { TEXT_FORMAT } from '../shared/doc.ts';
import type { ConvertContext } from './context.ts';
import { docxErrors } from './errors.ts';
import { MAX_TABLE_SPAN } from '../shared/doc-build.ts';
import { commentMarkRuns, lineBreakRuns, reviewChangeRuns, rollMarkRuns, tabRuns, textRuns } from './inline.ts';
import { carryChecklistBlocks, fieldRuns } from './drafting.ts';

import { textWidth } from './profiles.ts';
import { BULLET_REF, NUMBER_REF, TABLE_HEADING_STYLE, TABLE_TEXT_STYLE, numberLevels } from './styles.ts';
import { cm, autoLine } from './units.ts';

type Kind = 'root' | 'block' | 'listitem' | 'row' | 'cell' | 'inline';
type Block = Paragraph | Table;
interface KindOutput { root: Block[]; block: Block[]; listitem: Block[]; row: TableRow[]; cell: TableCell[]; inline: ParagraphChild[] }
type NodeType = DocNode['type'];
type NodeOf<T extends NodeType> = Extract<DocNode, { type: T }>;
interface Converter<T extends NodeType, K extends Kind> { kind: K; convert(node: NodeOf<T>, ctx: ConvertContext): KindOutput[K] }

/** A loose node as it may arrive from a saved file: only `type` is trusted until its converter runs. */
export interface AnyNode { type: string }

export const converters: { [T in NodeType]: Converter<T, Kind> } = {
  root: { kind: 'root', convert: (node: DocRoot, ctx) => convertAll(node.children, 'block', ctx) },
  paragraph: { kind: 'block', convert: paragraph },
  heading: { kind: 'block', convert: heading },
  list: { kind: 'block', convert: list },
  listitem: { kind: 'listitem', convert: listItem },
  table: { kind: 'block', convert: table },
  tablerow: { kind: 'row', convert: tableRow },
  tablecell: { kind: 'cell', convert: tableCell },
  text: { kind: 'inline', convert: textRuns },
  tab: { kind: 'inline', convert: tabRuns },
  linebreak: { kind: 'inline', convert: lineBreakRuns },
  // ── issue 9: comments imported from Word (or made in the editor) go back to Word as comments ──
  // ── issue 8 item 11: photo captions, muted in the editor, out of Decree 30 unless asked ──
  'photo-caption': { kind: 'block', convert: photoCaption },
  'comment-mark': { kind: 'inline', convert: (node, ctx) => commentMarkRuns(node, ctx, (child) => convertNode(child, 'inline', ctx)) },
  // drafting (issue 10)
  field: { kind: 'inline', convert: fieldRuns },
  'carry-checklist': { kind: 'block', convert: (node, ctx) => carryChecklistBlocks(node, ctx, convertNode) },
  // reuse (issue 11)
  'roll-mark': { kind: 'inline', convert: rollMarkRuns },
  // inbox (issue 14)
  'review-change': { kind: 'inline', convert: reviewChangeRuns },
};

/** Converts one node that must be of the given kind; anything else is an error naming its type. */
export function convertNode<K extends Kind>(node: AnyNode, kind: K, ctx: ConvertContext): KindOutput[K] {
  const type = typeof node?.type === 'string' ? node.type : String(node?.type);
  const entry = Object.hasOwn(converters, type) ? converters[type as NodeType] : undefined;
  if (!entry || entry.kind !== kind) throw docxErrors.unknownNode(entry ? `${type} (${kind})` : type);
  return (entry.convert as (n: AnyNode, c: ConvertContext) => KindOutput[K])(node, ctx);
}

function convertAll<K extends Kind>(nodes: readonly AnyNode[], kind: K, ctx: ConvertContext): KindOutput[K] {
  return nodes.flatMap((n): unknown[] => convertNode(n, kind, ctx)) as KindOutput[K];
}

function alignment(format: ElementFormat): (typeof AlignmentType)[keyof typeof AlignmentType] | undefined {
  switch (format) {
    case 'left': case 'start': return AlignmentType.LEFT;
    case 'center': return AlignmentType.CENTER;
    case 'right': case 'end': return AlignmentType.RIGHT;
    case 'justify': return AlignmentType.JUSTIFIED;
    default: return undefined;
  }
}

/** Lexical indents in steps; one step is the body's first-line indent (1.27 cm). */
function indentSteps(indent: number): { left: number } | undefined {
  return indent > 0 ? { left: cm(1.27) * indent } : undefined;
}

function tableStyle(ctx: ConvertContext): string {
  return ctx.inTable === 'header' ? TABLE_HEADING_STYLE : TABLE_TEXT_STYLE;
}

function paragraph(node: DocParagraph, ctx: ConvertContext): Block[] {
  const align = alignment(node.format);
  return [new Paragraph({
    ...(ctx.inTable ? { style: tableStyle(ctx) } : {}),
    ...(align ? { alignment: align } : {}),
    ...(indentSteps(node.indent) ? { indent: indentSteps(node.indent) } : {}),
    children: convertAll(node.children, 'inline', ctx),
  })];
}

/** A photo caption: centred italic under its photo's place, or nothing in a Decree 30 report. */
function photoCaption(node: DocPhotoCaption, ctx: ConvertContext): Block[] {
  if (!ctx.includeCaptions) return [];
  const italic = (c: DocInline): DocInline => (c.type === 'text' || c.type === 'tab' ? { ...c, format: c.format | TEXT_FORMAT.italic }
    : c.type === 'comment-mark' ? { ...c, children: c.children.map((r) => italic(r) as typeof r) } : c);
  return [new Paragraph({ alignment: AlignmentType.CENTER, children: convertAll(node.children.map(italic), 'inline', ctx) })];
}

const HEADINGS = { h1: HeadingLevel.HEADING_1, h2: HeadingLevel.HEADING_2, h3: HeadingLevel.HEADING_3 } as const;

function heading(node: DocHeading, ctx: ConvertContext): Block[] {
  const level = Object.hasOwn(HEADINGS, node.tag) ? HEADINGS[node.tag] : undefined;
  if (!level) throw docxErrors.unknownNode(`heading ${String(node.tag)}`);
  const align = alignment(node.format);
  const saved = ctx.capsHeading;
  ctx.capsHeading = node.tag === 'h1' && ctx.look.profile === 'decree30'; // Heading 1's style is allCaps there (styles.ts)
  try {
    return [new Paragraph({ heading: level, ...(align ? { alignment: align } : {}), children: convertAll(node.children, 'inline', ctx) })];
  } finally {
    ctx.capsHeading = saved;
  }
}

/**
 * A list: bullets share one numbering ("-" then "+"); every numbered list is a new docx numbering
 * instance so it counts from its own start, not on from the previous list. A nested list of the same
 * type continues its parent's instance one level down (Word restarts the sub-level per parent item).
 */
function list(node: DocList, ctx: ConvertContext): Block[] {
  const parent = ctx.list;
  const sameAsParent = parent !== null && parent.listType === node.listType;
  let reference = node.listType === 'bullet' ? BULLET_REF : NUMBER_REF;
  if (node.listType === 'number' && !sameAsParent && node.start > 1) reference = `${NUMBER_REF}-from-${node.start}`;
  const instance = sameAsParent ? parent.instance : ctx.nextInstance();
  const level = parent === null ? 0 : ctx.listLevel + 1;
  const saved = { list: ctx.list, listLevel: ctx.listLevel };
  ctx.list = { reference, instance, listType: node.listType };
  ctx.listLevel = level;
  try {
    return convertAll(node.children, 'listitem', ctx);
  } finally {
    ctx.list = saved.list;
    ctx.listLevel = saved.listLevel;
  }
}

function listItem(node: DocListItem, ctx: ConvertContext): Block[] {
  const current = ctx.list;
  if (!current) throw docxErrors.unknownNode('listitem (outside a list)');
  const out: Block[] = [];
  const inlines: DocInline[] = [];
  const flush = () => {
    if (inlines.length === 0) return;
    const reference = current.reference.startsWith(`${NUMBER_REF}-from-`)
      ? { reference: current.reference, levels: numberLevels(ctx.look, Number(current.reference.split('-').pop())) }
      : current.reference;
    out.push(new Paragraph({
      ...(ctx.inTable ? { style: tableStyle(ctx) } : {}),
      numbering: { reference, level: ctx.listLevel, instance: current.instance },
      children: convertAll(inlines.splice(0), 'inline', ctx),
    }));
  };
  for (const child of node.children) {
    if (child.type === 'list') {
      flush();
      out.push(...convertNode(child, 'block', ctx));
    } else inlines.push(child);
  }
  flush();
  return out;
}

/** A row span longer than any real table: the bound keeps a corrupt value from exhausting memory. */
const MAX_ROW_SPAN = 10_000;

/** Columns of the table; a table wider than Word allows is refused rather than exported broken. */
function columnCount(node: DocTable): number {
  const columns = Math.max(1, ...node.children.map((row) => row.children.reduce((n, cell) => n + Math.max(1, cell.colSpan ?? 1), 0)));
  if (!Number.isSafeInteger(columns) || columns > MAX_TABLE_SPAN) throw docxErrors.tableTooWide(columns);
  return columns;
}

function table(node: DocTable, ctx: ConvertContext): Block[] {
  const columns = columnCount(node);
  const total = textWidth(ctx.look);
  const given = node.colWidths && node.colWidths.length === columns ? node.colWidths : null;
  const sum = given ? given.reduce((a, b) => a + b, 0) : 0;
  const widths = Array.from({ length: columns }, (_, i) =>
    Math.round(given && sum > 0 ? (total * given[i]!) / sum : total / columns));
  const saved = ctx.inTable;
  ctx.inTable = 'body';
  try {
    const converted = new Table({
      width: { size: total, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      // Room around cell text, so tone marks above and below the letters never touch the borders.
      margins: { top: 40, bottom: 40, left: 100, right: 100 },
      rows: convertAll(node.children, 'row', ctx),
    });
    // A Word table has no space-after of its own: a small empty paragraph keeps the next heading or
    // paragraph off its bottom border (Word itself always follows a table with a paragraph).
    const gap = new Paragraph({ spacing: { before: 0, after: 0, ...autoLine(240) }, indent: { firstLine: 0 }, children: [], run: { size: 12 } });
    return saved ? [converted] : [converted, gap];
  } finally {
    ctx.inTable = saved;
  }
}

/** A row whose cells are all column headers (Lexical's ROW header state) repeats on each page. */
function tableRow(node: DocTableRow, ctx: ConvertContext): TableRow[] {
  const header = node.children.length > 0 && node.children.every((c) => (c.headerState & 1) !== 0);
  return [new TableRow({
    tableHeader: header,
    cantSplit: header,
    ...(node.height ? { height: { value: Math.round(node.height * 15), rule: 'atLeast' as const } } : {}),
    children: convertAll(node.children, 'cell', ctx),
  })];
}

function tableCell(node: DocTableCell, ctx: ConvertContext): TableCell[] {
  const header = node.headerState !== 0;
  const saved = ctx.inTable;
  ctx.inTable = header ? 'header' : 'body';
  let children: Block[];
  try {
    children = convertAll(node.children, 'block', ctx);
  } finally {
    ctx.inTable = saved;
  }
  const fill = node.backgroundColor && /^#?[0-9a-f]{6}$/i.test(node.backgroundColor) ? node.backgroundColor.replace('#', '') : null;
  const shading = fill ?? (header ? 'F2F2F2' : null);
  return [new TableCell({
    ...(node.colSpan && node.colSpan > 1 ? { columnSpan: node.colSpan } : {}),
    ...(node.rowSpan && node.rowSpan > 1 ? { rowSpan: Math.min(node.rowSpan, MAX_ROW_SPAN) } : {}),
    ...(shading ? { shading: { type: ShadingType.CLEAR, fill: shading, color: 'auto' } } : {}),
    children: children.length ? children : [new Paragraph({ style: tableStyle(ctx) })],
  })];
}
