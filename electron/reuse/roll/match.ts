// Finding names in text the way people write them: tone marks as typed or not ("Hòa"/"Hoà"/"Hoa"),
// hyphens with or without spaces ("Lao động - Thương binh", "Lao động-Thương binh"), any case. The
// search runs on the folded text; offsets map back to the original.
import { fold, foldWithMap } from '../../library/fold.ts';

export interface Found { start: number; end: number; text: string }

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular expression source for a name, on folded text, with flexible spaces and dashes. */
export function namePattern(name: string): string {
  return fold(name).trim().split(/\s*[-–—]\s*|\s+/u).map(escape).join('(?:\\s*[-–—]\\s*|\\s+)');
}

export class FoldedText {
  readonly original: string;
  private readonly folded: string;
  private readonly map: number[];
  constructor(text: string) {
    const f = foldWithMap(text);
    this.original = f.original;
    this.folded = f.folded;
    this.map = f.map;
  }

  /** Every match of `source` (a folded-text pattern), as offsets in the original text, whole words only. */
  find(source: string): Found[] {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'gu');
    const out: Found[] = [];
    for (const m of this.folded.matchAll(re)) {
      const start = this.map[m.index]!;
      const end = this.map[m.index + m[0].length]!;
      out.push({ start, end, text: this.original.slice(start, end) });
    }
    return out;
  }
}
