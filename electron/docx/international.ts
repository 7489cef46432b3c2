// The international (English) frame: a title, an optional agency and date line, the body.
import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { ExportSettings } from '../shared/export.ts';
import { enDate } from './vi-format.ts';
import { pt } from './units.ts';

export function internationalTitle(s: ExportSettings, fallbackTitle: string): Paragraph[] {
  const title = s.summary.normalize('NFC').trim() || fallbackTitle;
  const out = [new Paragraph({ style: 'Title', children: [new TextRun(title)] })];
  const meta = [s.agency.trim(), s.place.trim(), enDate(s.date)].filter(Boolean).join(' · ');
  out.push(new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0 },
    spacing: { before: 0, after: pt(18) },
    children: [new TextRun({ text: meta, italics: true })],
  }));
  return out;
}

/** Signature lines at the end, when the user gave them. */
export function internationalClosing(s: ExportSettings): Paragraph[] {
  const lines = [...s.signingAuthority.map((a) => a.trim()), s.signerName.trim()].filter(Boolean);
  return lines.map((text, i) => new Paragraph({
    alignment: AlignmentType.RIGHT,
    indent: { firstLine: 0 },
    spacing: { before: i === 0 ? pt(24) : 0, after: 0 },
    children: [new TextRun({ text, bold: i === lines.length - 1 })],
  }));
}
