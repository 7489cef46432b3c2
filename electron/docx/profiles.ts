// The two export profiles' page and text settings. Decree 30 numbers are the defaults of
// the project's spec (shared/spec/decree-30-docx.md); tests read them back from the .docx.
import type { ExportProfile } from '../shared/export.ts';
import { cm, mm } from './units.ts';

export interface ProfileLook {
  profile: ExportProfile;
  font: string;
  /** BCP 47 language of the text, for Word's proofing tools. */
  language: string;
  bodySizePt: number;
  tableSizePt: number;
  page: { width: number; height: number };
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  body: { justified: boolean; firstLineIndent: number; spacingAfterPt: number; line: number };
  pageNumber: { where: 'header' | 'footer'; sizePt: number; skipFirstPage: boolean };
}

const A4 = { width: mm(210), height: mm(297) };

export const DECREE30: ProfileLook = {
  profile: 'decree30',
  font: 'Times New Roman',
  language: 'vi-VN',
  bodySizePt: 14,
  tableSizePt: 13,
  page: A4,
  margins: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) },
  // Line spacing 1.2 (w:line 288 of 240): inside the decree's "single to 1.5".
  body: { justified: true, firstLineIndent: cm(1.27), spacingAfterPt: 6, line: 288 },
  pageNumber: { where: 'header', sizePt: 14, skipFirstPage: true },
};

export const INTERNATIONAL: ProfileLook = {
  profile: 'international',
  font: 'Times New Roman',
  language: 'en-GB',
  bodySizePt: 12,
  tableSizePt: 11,
  page: A4,
  margins: { top: cm(2.5), bottom: cm(2.5), left: cm(2.5), right: cm(2.5), header: cm(1.25), footer: cm(1.25) },
  body: { justified: false, firstLineIndent: 0, spacingAfterPt: 8, line: 276 },
  pageNumber: { where: 'footer', sizePt: 11, skipFirstPage: false },
};

export function lookFor(profile: ExportProfile): ProfileLook {
  return profile === 'decree30' ? DECREE30 : INTERNATIONAL;
}

/** Width available for text between the margins, in twips. */
export function textWidth(look: ProfileLook): number {
  return look.page.width - look.margins.left - look.margins.right;
}
