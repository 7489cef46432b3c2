// Unit conversions for WordprocessingML: twips (1/20 pt) for lengths, half-points for font sizes.
import { LineRuleType } from 'docx';
export const TWIPS_PER_MM = 1440 / 25.4;

export function mm(value: number): number {
  return Math.round(value * TWIPS_PER_MM);
}
export function cm(value: number): number {
  return mm(value * 10);
}
export function pt(value: number): number {
  return Math.round(value * 20);
}
/** Font sizes are written in half-points (w:sz). */
export function halfPt(value: number): number {
  return Math.round(value * 2);
}

/**
 * Line spacing in 240ths of a single line (240 single, 288 = 1.2), with its rule written out: LibreOffice,
 * which renders the PDF export, reads a w:line without w:lineRule as an exact height, so a two-line 20 pt
 * title overlapped itself and 14 pt body text sat at 14.4 pt instead of 1.2 lines.
 */
export function autoLine(value: number): { line: number; lineRule: typeof LineRuleType.AUTO } {
  return { line: value, lineRule: LineRuleType.AUTO };
}
