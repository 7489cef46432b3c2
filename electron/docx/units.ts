// Unit conversions for WordprocessingML: twips (1/20 pt) for lengths, half-points for font sizes.
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
