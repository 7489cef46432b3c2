// Real Word styles (Normal, Heading 1–3, List Paragraph, Table Text) and the list numbering
// definitions, so Word's navigation pane, style changes and "restart numbering" all work.
import { AlignmentType, LevelFormat, LevelSuffix, type ILevelsOptions, type IStylesOptions, type INumberingOptions } from 'docx';
import type { ProfileLook } from './profiles.ts';
import { cm, halfPt, pt, autoLine } from './units.ts';

export const BULLET_REF = 'rd-bullet';
export const NUMBER_REF = 'rd-number';
export const TABLE_TEXT_STYLE = 'TableText';
export const TABLE_HEADING_STYLE = 'TableHeading';

const BLACK = '000000';

export function documentStyles(look: ProfileLook): IStylesOptions {
  const decree = look.profile === 'decree30';
  const size = halfPt(look.bodySizePt);
  const headingRun = { font: look.font, size, color: BLACK, bold: true };
  const headingParagraph = {
    alignment: decree ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
    indent: { firstLine: look.body.firstLineIndent },
    spacing: { before: pt(6), after: pt(look.body.spacingAfterPt), ...autoLine(look.body.line) },
    keepNext: true,
  };
  return {
    default: {
      document: {
        run: { font: look.font, size, color: BLACK, language: { value: look.language } },
        paragraph: {
          alignment: look.body.justified ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
          indent: { firstLine: look.body.firstLineIndent },
          spacing: { before: 0, after: pt(look.body.spacingAfterPt), ...autoLine(look.body.line) },
        },
      },
      // Mục "I. KẾT QUẢ …": caps, bold. Khoản "1.": bold. Điểm "a)": upright (Decree 30, II.6 / Appendix I).
      heading1: {
        run: decree ? { ...headingRun, allCaps: true } : { ...headingRun, size: halfPt(16) },
        paragraph: { ...headingParagraph, outlineLevel: 0, spacing: { ...headingParagraph.spacing, before: pt(decree ? 6 : 12) } },
      },
      heading2: {
        run: decree ? headingRun : { ...headingRun, size: halfPt(13) },
        paragraph: { ...headingParagraph, outlineLevel: 1 },
      },
      heading3: {
        run: decree ? { ...headingRun, bold: false } : { ...headingRun, italics: true },
        paragraph: { ...headingParagraph, outlineLevel: 2 },
      },
      title: {
        run: { font: look.font, size: halfPt(decree ? 14 : 20), bold: true, color: BLACK },
        paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { before: 0, after: pt(12), ...autoLine(240) } },
      },
      listParagraph: {
        run: { font: look.font, size, color: BLACK },
        paragraph: { spacing: { before: 0, after: pt(look.body.spacingAfterPt), ...autoLine(look.body.line) } },
      },
    },
    paragraphStyles: [
      {
        id: TABLE_TEXT_STYLE,
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: halfPt(look.tableSizePt) },
        paragraph: {
          alignment: AlignmentType.LEFT,
          indent: { firstLine: 0 },
          spacing: { before: pt(2), after: pt(2), ...autoLine(240) },
        },
      },
      {
        id: TABLE_HEADING_STYLE,
        name: 'Table Heading',
        basedOn: TABLE_TEXT_STYLE,
        quickFormat: true,
        run: { bold: true },
        paragraph: { alignment: AlignmentType.CENTER },
      },
    ],
  };
}

/** Level indents: the Vietnamese house style puts "-" and "+" where a body line's first-line indent starts. */
function levelIndent(look: ProfileLook, level: number): { left: number; hanging?: number; firstLine?: number } {
  if (look.profile === 'decree30') return { left: 0, firstLine: look.body.firstLineIndent + cm(0.63) * level };
  return { left: cm(0.63) * (level + 1), hanging: cm(0.63) };
}

function bulletLevels(look: ProfileLook): ILevelsOptions[] {
  const symbols = look.profile === 'decree30' ? ['-', '+', '•'] : ['•', '◦', '▪'];
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: LevelFormat.BULLET,
    text: symbols[level % 3],
    alignment: AlignmentType.LEFT,
    suffix: look.profile === 'decree30' ? LevelSuffix.SPACE : LevelSuffix.TAB,
    style: {
      run: { font: look.font },
      paragraph: { indent: levelIndent(look, level) },
    },
  }));
}

/** Numbered lists: 1. → a) → i. ; every list in the text is its own instance, so each starts at its `start`. */
export function numberLevels(look: ProfileLook, start = 1): ILevelsOptions[] {
  const formats = [
    { format: LevelFormat.DECIMAL, text: (n: number) => `%${n}.` },
    { format: LevelFormat.LOWER_LETTER, text: (n: number) => `%${n})` },
    { format: LevelFormat.LOWER_ROMAN, text: (n: number) => `%${n}.` },
  ];
  return Array.from({ length: 9 }, (_, level) => {
    const kind = formats[level % 3]!;
    return {
      level,
      format: kind.format,
      text: kind.text(level + 1),
      start: level === 0 ? start : 1,
      alignment: AlignmentType.LEFT,
      suffix: look.profile === 'decree30' ? LevelSuffix.SPACE : LevelSuffix.TAB,
      style: { paragraph: { indent: levelIndent(look, level) } },
    };
  });
}

export function numberingConfig(look: ProfileLook): INumberingOptions {
  return {
    config: [
      { reference: BULLET_REF, levels: bulletLevels(look) },
      { reference: NUMBER_REF, levels: numberLevels(look) },
    ],
  };
}
