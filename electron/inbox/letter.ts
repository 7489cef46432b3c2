// The request and reminder letters to the contributing ministries (issue 14): a Decree 30 công văn
// (Appendix I, II; sample 1.5 of Appendix III): the header table with "Số: …" and the "V/v …" summary
// under it in the left column (a letter has no type name), Kính gửi the ministries, the body from
// templates/letters/*.vi.md, Nơi nhận and the signature. Pure: settings and text in, a docx Document out.
import { AlignmentType, Document, Packer, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import { closingTable, cleanEntries, HEADER_COLUMNS, QUOC_HIEU, SHORT_RULE, TIEU_NGU } from '../docx/decree30.ts';
import { DECREE30, textWidth } from '../docx/profiles.ts';
import { lineWidth, ruleParagraph } from '../docx/rules.ts';
import { documentStyles } from '../docx/styles.ts';
import { halfPt, pt } from '../docx/units.ts';
import { viPlaceDate } from '../docx/vi-format.ts';
import type { ExportSettings } from '../shared/export.ts';

export interface LetterContent {
  /** The letter's frame: agency, number, place, date, signer; `summary` is the V/v line. */
  settings: ExportSettings;
  addressees: string[];
  /** Body paragraphs; a line starting "- " is an item of a list. */
  paragraphs: string[];
}

/** Sizes of the letter's own parts (Decree 30, Appendix I, II.5b: the V/v line is 12–13 pt, upright). */
export const LETTER_SIZES = { agency: 12, number: 13, vv: 12, quocHieu: 12, tieuNgu: 13, placeDate: 13, kinhGui: 14, body: 14 } as const;

const TEXT_WIDTH = textWidth(DECREE30);
const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };
const caps = (s: string) => s.normalize('NFC').trim().toLocaleUpperCase('vi');

function line(text: string, size: number, o: { bold?: boolean; italics?: boolean; before?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0 },
    spacing: { before: pt(o.before ?? 0), after: 0, line: 240 },
    children: [new TextRun({ text, size: halfPt(size), bold: o.bold ?? false, italics: o.italics ?? false })],
  });
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, margins: NO_MARGINS, verticalAlign: VerticalAlignTable.TOP, children });
}

/** "Số: 1234/BNG-ASEAN"; without a number, blank space before the symbol for the clerk to fill. */
export function letterNumberLine(number: string): string {
  const trimmed = number.trim();
  if (!trimmed) return 'Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BNG-ASEAN';
  return `Số: ${trimmed.replace(/^(\d)(?!\d)/, '0$1')}`;
}

function headerTable(s: ExportSettings): Table {
  const [left, right] = HEADER_COLUMNS;
  const agencyCell: Paragraph[] = [];
  if (s.parentAgency.trim()) agencyCell.push(line(caps(s.parentAgency), LETTER_SIZES.agency));
  if (s.agency.trim()) {
    const agency = caps(s.agency);
    agencyCell.push(line(agency, LETTER_SIZES.agency, { bold: true }));
    agencyCell.push(ruleParagraph(SHORT_RULE * lineWidth(agency, LETTER_SIZES.agency, true, left), left));
  }
  const numberCell = [line(letterNumberLine(s.number), LETTER_SIZES.number, { before: 6 })];
  const summary = s.summary.normalize('NFC').trim();
  if (summary) numberCell.push(line(/^V\/v\b/u.test(summary) ? summary : `V/v ${summary}`, LETTER_SIZES.vv));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...HEADER_COLUMNS],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: NO_MARGINS,
    rows: [
      new TableRow({ children: [
        cell(left, agencyCell.length ? agencyCell : [new Paragraph({ children: [] })]),
        cell(right, [line(QUOC_HIEU, LETTER_SIZES.quocHieu, { bold: true }), line(TIEU_NGU, LETTER_SIZES.tieuNgu, { bold: true }),
          ruleParagraph(lineWidth(TIEU_NGU, LETTER_SIZES.tieuNgu, true, right), right)]),
      ] }),
      new TableRow({ children: [
        cell(left, numberCell),
        cell(right, [line(viPlaceDate(s.place, s.date), LETTER_SIZES.placeDate, { italics: true, before: 6 })]),
      ] }),
    ],
  });
}

/** Kính gửi: one recipient on the line; several, one "- …;" per line, the last ending with "." */
function kinhGui(addressees: readonly string[]): Paragraph[] {
  const recipients = cleanEntries(addressees);
  if (recipients.length === 0) return [];
  if (recipients.length === 1) return [line(`Kính gửi: ${recipients[0]}.`, LETTER_SIZES.kinhGui, { before: 12 })];
  const indent = Math.round(TEXT_WIDTH * 0.3);
  return [
    new Paragraph({ alignment: AlignmentType.LEFT, indent: { left: Math.round(TEXT_WIDTH * 0.18), firstLine: 0 }, spacing: { before: pt(12), after: 0, line: 240 },
      children: [new TextRun({ text: 'Kính gửi:', size: halfPt(LETTER_SIZES.kinhGui) })] }),
    ...recipients.map((r, i) => new Paragraph({
      alignment: AlignmentType.LEFT,
      indent: { left: indent, firstLine: 0 },
      spacing: { before: 0, after: 0, line: 240 },
      children: [new TextRun({ text: `- ${r}${i === recipients.length - 1 ? '.' : ';'}`, size: halfPt(LETTER_SIZES.kinhGui) })],
    })),
  ];
}

function bodyParagraph(text: string, first: boolean): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: DECREE30.body.firstLineIndent },
    spacing: { before: first ? pt(12) : 0, after: pt(DECREE30.body.spacingAfterPt), line: DECREE30.body.line },
    children: [new TextRun({ text: text.normalize('NFC'), size: halfPt(LETTER_SIZES.body) })],
  });
}

export function buildLetter(content: LetterContent): Document {
  const s = content.settings;
  return new Document({
    creator: s.agency.trim() || 'Review Desk',
    title: s.summary.trim() || 'Công văn',
    description: 'Review Desk letter (decree30)',
    styles: documentStyles(DECREE30),
    sections: [{
      properties: { page: { size: { width: DECREE30.page.width, height: DECREE30.page.height }, margin: DECREE30.margins } },
      children: [
        headerTable(s),
        ...kinhGui(content.addressees),
        ...content.paragraphs.map((p, i) => bodyParagraph(p, i === 0)),
        ...closingTable(s),
      ],
    }],
  });
}

export async function letterDocx(content: LetterContent): Promise<Buffer> {
  return Packer.toBuffer(buildLetter(content));
}

/** The template's paragraphs with {{name}} filled in; an HTML comment at the top is the template's own note. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string[] {
  const body = template.replace(/<!--[\s\S]*?-->/gu, '');
  const filled = body.replace(/\{\{(\w+)\}\}/gu, (_, name: string) => values[name] ?? '');
  return filled.split(/\n\s*\n/u).flatMap((block) => block.split('\n')).map((l) => l.trim()).filter(Boolean);
}
