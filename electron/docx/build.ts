// Review + export settings → docx Document (pure: no file system, no clock).
import {
  AlignmentType, Document, Footer, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type FileChild,
} from 'docx';
import type { ExportSettings } from '../shared/export.ts';
import type { Review } from '../shared/review.ts';
import { createContext, type MarkExport } from './context.ts';
import { convertNode } from './converters.ts';
import { closingTable, headerTable, titleBlock } from './decree30.ts';
import { internationalClosing, internationalTitle } from './international.ts';
import { lookFor, type ProfileLook } from './profiles.ts';
import { documentStyles, numberingConfig } from './styles.ts';
import { halfPt, autoLine } from './units.ts';

function pageNumberParagraph(look: ProfileLook): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0 },
    spacing: { before: 0, after: 0, ...autoLine(240) },
    children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPt(look.pageNumber.sizePt) })],
  });
}

/** Decree 30: the number centred in the top margin from page 2 (title page with an empty first header). */
function headersAndFooters(look: ProfileLook) {
  const empty = () => new Paragraph({ children: [] });
  if (look.pageNumber.where === 'header') {
    return {
      headers: { default: new Header({ children: [pageNumberParagraph(look)] }), first: new Header({ children: [empty()] }) },
      footers: { default: new Footer({ children: [empty()] }), first: new Footer({ children: [empty()] }) },
    };
  }
  return {
    headers: { default: new Header({ children: [empty()] }) },
    footers: { default: new Footer({ children: [pageNumberParagraph(look)] }) },
  };
}

/** `marks`: what to do with pending roll-forward marks (refused unless the caller chose). */
export function buildDocument(review: Review, settings: ExportSettings, marks?: MarkExport): Document {
  const look = lookFor(settings.profile);
  const ctx = createContext(look, { includeCaptions: settings.includeCaptions === true, ...(marks ? { marks } : {}) });
  const body = convertNode(review.content.root, 'root', ctx);
  const decree = look.profile === 'decree30';
  const children: FileChild[] = decree
    ? [headerTable(settings), ...titleBlock(settings), ...body, ...closingTable(settings)]
    : [...internationalTitle(settings, review.title), ...body, ...internationalClosing(settings)];
  return new Document({
    creator: settings.agency.trim() || 'Review Desk',
    title: settings.summary.trim() || review.title,
    description: `Review Desk export (${look.profile})`,
    // A line ended by a manual break stays left-packed in justified text (Word and LibreOffice honour it).
    compatibility: { doNotExpandShiftReturn: true },
    styles: documentStyles(look),
    // Comments on the text (imported from Word or made in the editor), numbered as the body met them.
    comments: {
      children: ctx.comments.map(({ n, body }) => ({
        id: n,
        author: body.author || 'Review Desk',
        ...(body.date && !Number.isNaN(Date.parse(body.date)) ? { date: new Date(body.date) } : {}),
        children: body.text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] })),
      })),
    },
    numbering: numberingConfig(look),
    sections: [{
      properties: {
        titlePage: look.pageNumber.skipFirstPage,
        page: {
          size: { width: look.page.width, height: look.page.height, orientation: PageOrientation.PORTRAIT },
          margin: look.margins,
        },
      },
      ...headersAndFooters(look),
      children,
    }],
  });
}

export async function exportDocx(review: Review, settings: ExportSettings, marks?: MarkExport): Promise<Buffer> {
  return Packer.toBuffer(buildDocument(review, settings, marks));
}
