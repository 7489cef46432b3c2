// Converters for inline nodes: text (with its format bitmask), tab, linebreak.
import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, InsertedTextRun, ShadingType, Tab, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import type { DocCommentMark, DocLineBreak, DocReviewChange, DocRollMark, DocTab, DocText } from '../shared/doc.ts';
import type { ConvertContext } from './context.ts';
import { docxErrors } from './errors.ts';
import { TEXT_FORMAT } from '../shared/doc.ts';
import { splitAtCapsSensitiveSymbols } from '../shared/doc-symbols.ts';

/** Run options for Lexical's format bitmask (each bit tested in inline.test.ts). */
export function formatRunOptions(format: number): Partial<IRunOptions> {
  const has = (bit: number) => (format & bit) !== 0;
  return {
    ...(has(TEXT_FORMAT.bold) ? { bold: true } : {}),
    ...(has(TEXT_FORMAT.italic) ? { italics: true } : {}),
    ...(has(TEXT_FORMAT.underline) ? { underline: {} } : {}),
    ...(has(TEXT_FORMAT.strikethrough) ? { strike: true } : {}),
    ...(has(TEXT_FORMAT.superscript) ? { superScript: true } : {}),
    ...(has(TEXT_FORMAT.subscript) ? { subScript: true } : {}),
    ...(has(TEXT_FORMAT.code) ? { font: 'Courier New' } : {}),
    ...(has(TEXT_FORMAT.highlight) ? { shading: { type: ShadingType.CLEAR, fill: 'FFFF00', color: 'auto' } } : {}),
  };
}

/**
 * A text node's runs. Word ignores "\n" inside w:t, so each line break becomes a break run and each
 * "\t" a real tab: the text reads the same in Word as in the editor. In a heading Word sets in caps, a
 * document symbol is a run of its own that is not ("155/QĐ-TTg", not "155/QĐ-TTG").
 */
export function textRuns(node: DocText | DocTab, ctx?: ConvertContext): ParagraphChild[] {
  const base = formatRunOptions(node.format);
  const runs: ParagraphChild[] = [];
  const lines = node.text.normalize('NFC').split(/\r\n|\r|\n/);
  lines.forEach((line, lineIndex) => {
    const pieces = line.split('\t');
    pieces.forEach((piece, pieceIndex) => {
      const breakBefore = lineIndex > 0 && pieceIndex === 0 ? { break: 1 } : {};
      const lead = pieceIndex > 0 ? [new Tab()] : [];
      if (lead.length === 0 && piece === '' && !('break' in breakBefore)) return;
      const parts = ctx?.capsHeading ? splitAtCapsSensitiveSymbols(piece) : [{ text: piece, symbol: false }];
      parts.forEach((part, partIndex) => {
        const first = partIndex === 0;
        runs.push(new TextRun({ ...base, ...(first ? breakBefore : {}), ...(part.symbol ? { allCaps: false } : {}),
          children: first ? [...lead, part.text] : [part.text] }));
      });
    });
  });
  return runs;
}

export function tabRuns(node: DocTab): ParagraphChild[] {
  return [new TextRun({ ...formatRunOptions(node.format), children: [new Tab()] })];
}

export function lineBreakRuns(_node: DocLineBreak): ParagraphChild[] {
  return [new TextRun({ break: 1 })];
}

/** A comment mark: its runs between Word comment range marks, each comment referenced once at the end. */
export function commentMarkRuns(node: DocCommentMark, ctx: ConvertContext, runsOf: (child: DocCommentMark['children'][number]) => ParagraphChild[]): ParagraphChild[] {
  const numbers = node.comments.map((body) => ctx.commentNumber(body));
  return [
    ...numbers.map((n) => new CommentRangeStart(n)),
    ...node.children.flatMap(runsOf),
    ...numbers.flatMap((n) => [new CommentRangeEnd(n), new TextRun({ children: [new CommentReference(n)] })]),
  ];
}

/**
 * A pending roll-forward mark (reuse, issue 11). Accepted: its new text, like any text. Tracked: the old
 * wording deleted and the new inserted, each a Word revision with author and date, so a reader in Word
 * (or LibreOffice) accepts or rejects it there.
 */
export function rollMarkRuns(node: DocRollMark, ctx: ConvertContext): ParagraphChild[] {
  const marks = ctx.marks;
  if (marks.mode === 'refuse') throw docxErrors.pendingMarks();
  const asText: DocText = { ...node, type: 'text' };
  if (marks.mode === 'accept') return textRuns(asText, ctx);
  const base = formatRunOptions(node.format);
  const out: ParagraphChild[] = [];
  const old = node.oldText.normalize('NFC');
  const next = node.text.normalize('NFC');
  if (old) out.push(new DeletedTextRun({ ...base, id: marks.nextId(), author: marks.author, date: marks.date, text: old }));
  if (next) out.push(new InsertedTextRun({ ...base, id: marks.nextId(), author: marks.author, date: marks.date, text: next }));
  return out;
}

/**
 * inbox (issue 14): a ministry's tracked change not yet accepted or rejected goes back to Word as the
 * same revision (w:ins / w:del by its author and date), so nothing pending is silently applied or lost.
 * Revision ids count down from a high number, apart from the roll-forward marks' ids that count up.
 */
const reviewIds = new WeakMap<ConvertContext, number>();
export function reviewChangeRuns(node: DocReviewChange, ctx: ConvertContext): ParagraphChild[] {
  const id = (reviewIds.get(ctx) ?? 1_000_000) - 1;
  reviewIds.set(ctx, id);
  const text = node.text.normalize('NFC');
  if (!text) return [];
  const date = node.date && !Number.isNaN(Date.parse(node.date)) ? node.date : new Date(0).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const options = { ...formatRunOptions(node.format), id, author: node.author || 'Review Desk', date, text };
  return [node.change === 'insertion' ? new InsertedTextRun(options) : new DeletedTextRun(options)];
}
