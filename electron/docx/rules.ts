// Drawn lines ("đường kẻ"): an empty paragraph with a bottom border, its length set by the indents,
// so the line is real drawing the user can move, not underlined text (Decree 30, Appendix I).
import { AlignmentType, BorderStyle, Paragraph, TextRun } from 'docx';
import { textWidthTwips } from './tnr-metrics.ts';
import { autoLine } from './units.ts';

/** A centred solid line `length` twips long inside a box `boxWidth` twips wide. */
export function ruleParagraph(length: number, boxWidth: number): Paragraph {
  const clamped = Math.max(1, Math.min(length, boxWidth));
  const side = Math.max(0, Math.floor((boxWidth - clamped) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side, firstLine: 0 },
    spacing: { before: 0, after: 0, ...autoLine(240) },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
    // The line is the bottom edge of a 3 pt high empty paragraph: just clear of the descenders above.
    children: [new TextRun({ text: '', size: 6 })],
    run: { size: 6 },
  });
}

/** The widest line of the text (a long agency name wraps at the box width). */
export function lineWidth(text: string, sizePt: number, bold: boolean, boxWidth: number): number {
  return Math.min(boxWidth, textWidthTwips(text, sizePt, bold));
}
