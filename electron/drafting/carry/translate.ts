// Carry-forward across languages: an English draft built on a Vietnamese review (or the other way) gets
// last year's orientations in its own language where the translation memory has a translation of them,
// and the others keep last year's wording, marked untranslated (the checklist and the check list say so)
// rather than mixing languages silently. Pure: the memory lookup is passed in.
import type { DocCarryItem } from '../../shared/doc.ts';
import type { Lang } from '../../shared/review.ts';

/** The memory's translation of one orientation into `to`, or null (only a translation of this very
 *  text counts: a fuzzy match is another sentence). */
export type TranslateLookup = (text: string, from: Lang, to: Lang) => string | null;

/** Items are split from sentences with their final stop removed: the memory holds whole sentences, so the
 *  text is also looked up with a stop, and the translation's stop is dropped again. */
function lookupItem(text: string, from: Lang, to: Lang, lookup: TranslateLookup): string | null {
  const direct = lookup(text, from, to);
  if (direct !== null && direct.trim() !== '') return direct.trim();
  const stopped = lookup(`${text}.`, from, to);
  if (stopped !== null && stopped.trim() !== '') return stopped.trim().replace(/[.;]+$/u, '');
  return null;
}

export function translateCarryItems(items: readonly DocCarryItem[], from: Lang, to: Lang, lookup: TranslateLookup | null): DocCarryItem[] {
  if (from === to) return items.map((i) => ({ ...i }));
  return items.map((item) => {
    const { sourceText: _s, untranslated: _u, ...plain } = item;
    const translated = lookup ? lookupItem(item.text, from, to, lookup) : null;
    return translated !== null
      ? { ...plain, text: translated.normalize('NFC'), sourceText: item.text }
      : { ...plain, untranslated: from };
  });
}
