// The Decree 30/2020 frame around the body: the header table (agencies | Quốc hiệu, Tiêu ngữ),
// "BÁO CÁO" with its summary line, Kính gửi, and the closing table (Nơi nhận | signature).
// Sizes and positions: the project's spec (shared/spec/decree-30-docx.md) (tests read each one back).
import {
  AlignmentType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable,
  WidthType, type FileChild,
} from 'docx';
import type { ExportSettings } from '../shared/export.ts';
import { DECREE30, textWidth } from './profiles.ts';
import { lineWidth, ruleParagraph } from './rules.ts';
import { halfPt, pt, autoLine } from './units.ts';
import { viNumberLine, viPlaceDate } from './vi-format.ts';

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';
export const SIZES = {
  parentAgency: 12, agency: 12, number: 13, quocHieu: 12, tieuNgu: 13, placeDate: 13,
  docType: 14, summary: 14, kinhGui: 14, noiNhanLabel: 12, noiNhanEntry: 11, authority: 14, signer: 14,
} as const;
/** Fraction of the text a short rule covers ("1/3 to 1/2 of the text length"). */
export const SHORT_RULE = 0.4;
/** Blank lines left for the signature and seal ("about four"). */
export const SIGNATURE_GAP_LINES = 4;

const TEXT_WIDTH = textWidth(DECREE30);
/** Header columns: the right one holds the Quốc hiệu (≈ 88 mm at 12 pt bold), so 60 % of 165 mm. */
export const HEADER_COLUMNS = [Math.round(TEXT_WIDTH * 0.4), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.4)] as const;
export const CLOSING_COLUMNS = [Math.round(TEXT_WIDTH * 0.45), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.45)] as const;

interface LineOptions { size: number; bold?: boolean; italics?: boolean; align?: 'center' | 'left'; before?: number }

function line(text: string, o: LineOptions): Paragraph {
  return new Paragraph({
    alignment: o.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
    indent: { firstLine: 0 },
    spacing: { before: pt(o.before ?? 0), after: 0, ...autoLine(240) },
    children: [new TextRun({ text, size: halfPt(o.size), bold: o.bold ?? false, italics: o.italics ?? false })],
  });
}

const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: NO_MARGINS,
    verticalAlign: VerticalAlignTable.TOP,
    children: children.length ? children : [new Paragraph({ children: [] })],
  });
}

function borderless(columns: readonly number[], rows: TableRow[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...columns],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: NO_MARGINS,
    rows,
  });
}

const caps = (s: string) => s.normalize('NFC').trim().toLocaleUpperCase('vi');

export function headerTable(s: ExportSettings): Table {
  const [left, right] = HEADER_COLUMNS;
  const agencyCell: Paragraph[] = [];
  if (s.parentAgency.trim()) agencyCell.push(line(caps(s.parentAgency), { size: SIZES.parentAgency }));
  if (s.agency.trim()) {
    const agency = caps(s.agency);
    agencyCell.push(line(agency, { size: SIZES.agency, bold: true }));
    agencyCell.push(ruleParagraph(SHORT_RULE * lineWidth(agency, SIZES.agency, true, left), left));
  }
  const stateCell = [
    line(QUOC_HIEU, { size: SIZES.quocHieu, bold: true }),
    line(TIEU_NGU, { size: SIZES.tieuNgu, bold: true }),
    ruleParagraph(lineWidth(TIEU_NGU, SIZES.tieuNgu, true, right), right),
  ];
  return borderless(HEADER_COLUMNS, [
    new TableRow({ children: [cell(left, agencyCell), cell(right, stateCell)] }),
    new TableRow({
      children: [
        cell(left, [line(viNumberLine(s.number), { size: SIZES.number, before: 6 })]),
        cell(right, [line(viPlaceDate(s.place, s.date), { size: SIZES.placeDate, italics: true, before: 6 })]),
      ],
    }),
  ]);
}

/** "BÁO CÁO", the trích yếu with its short rule, and Kính gửi when the user named recipients. */
export function titleBlock(s: ExportSettings): Paragraph[] {
  const out = [line('BÁO CÁO', { size: SIZES.docType, bold: true, before: 18 })];
  const summary = s.summary.normalize('NFC').trim();
  if (summary) {
    out.push(line(summary, { size: SIZES.summary, bold: true }));
    out.push(ruleParagraph(SHORT_RULE * lineWidth(summary, SIZES.summary, true, TEXT_WIDTH), TEXT_WIDTH));
  }
  const recipients = cleanEntries(s.addressees);
  if (recipients.length === 1) out.push(line(`Kính gửi: ${recipients[0]}.`, { size: SIZES.kinhGui, before: 12 }));
  else if (recipients.length > 1) {
    out.push(line('Kính gửi:', { size: SIZES.kinhGui, before: 12 }));
    recipients.forEach((r, i) => out.push(new Paragraph({
      alignment: AlignmentType.LEFT,
      indent: { left: Math.round(TEXT_WIDTH * 0.3), firstLine: 0 },
      spacing: { before: 0, after: 0, ...autoLine(240) },
      children: [new TextRun({ text: `- ${r}${i === recipients.length - 1 ? '.' : ';'}`, size: halfPt(SIZES.kinhGui) })],
    })));
  }
  // Space between the frame and the body.
  out.push(new Paragraph({ indent: { firstLine: 0 }, spacing: { before: 0, after: pt(6) }, children: [] }));
  return out;
}

/** Entries as the user typed them, without a leading "- " or trailing ";"/"." (the layout adds those). */
export function cleanEntries(entries: readonly string[]): string[] {
  return entries
    .map((e) => e.normalize('NFC').trim().replace(/^[-–+•]\s*/u, '').replace(/[;.,]+$/u, '').trim())
    .filter((e) => e.length > 0);
}

/** Nơi nhận (left) and the signature block (right); left out entirely when the user gave neither. */
export function closingTable(s: ExportSettings): FileChild[] {
  const entries = cleanEntries(s.distribution);
  const authority = s.signingAuthority.map(caps).filter((a) => a.length > 0);
  const signer = s.signerName.normalize('NFC').trim();
  if (entries.length === 0 && authority.length === 0 && !signer) return [];
  const [left, right] = CLOSING_COLUMNS;
  const received: Paragraph[] = [];
  if (entries.length) {
    received.push(new Paragraph({
      alignment: AlignmentType.LEFT,
      indent: { firstLine: 0 },
      spacing: { before: 0, after: 0, ...autoLine(240) },
      children: [new TextRun({ text: 'Nơi nhận:', size: halfPt(SIZES.noiNhanLabel), bold: true, italics: true })],
    }));
    entries.forEach((e, i) => received.push(line(`- ${e}${i === entries.length - 1 ? '.' : ';'}`, { size: SIZES.noiNhanEntry, align: 'left' })));
  }
  const signature: Paragraph[] = authority.map((a) => line(a, { size: SIZES.authority, bold: true }));
  if (signer) {
    for (let i = 0; i < SIGNATURE_GAP_LINES; i++) signature.push(line('', { size: SIZES.signer }));
    signature.push(line(signer, { size: SIZES.signer, bold: true }));
  }
  return [
    new Paragraph({ indent: { firstLine: 0 }, spacing: { before: 0, after: 0 }, keepNext: true, children: [] }),
    borderless(CLOSING_COLUMNS, [new TableRow({ cantSplit: true, children: [cell(left, received), cell(right, signature)] })]),
  ];
}
