// Text width in Times New Roman, to size the drawn lines of the Decree 30 header
// ("as long as the text", "1/3–1/2 of the text") with paragraph indents.
import { TNR_BOLD, TNR_REGULAR } from './tnr-metrics-data.ts';

const FALLBACK_EM = 0.5;

/** Width of one line of text in twips at the given size; tone marks are combining (zero width) after NFD. */
export function textWidthTwips(text: string, sizePt: number, bold: boolean): number {
  const table = bold ? TNR_BOLD : TNR_REGULAR;
  let thousandths = 0;
  for (const ch of text.normalize('NFD')) {
    if (/\p{M}/u.test(ch)) continue;
    thousandths += table[ch] ?? table[ch.toLowerCase()] ?? FALLBACK_EM * 1000;
  }
  return Math.round((thousandths / 1000) * sizePt * 20);
}
