// Words for fuzzy matching: tone-mark-insensitive keys (library/fold.ts: "Bộ Nội vụ" = "bo noi vu"),
// with the original spelling kept for showing differences. Punctuation and spaces are not words: a
// translation memory's fuzzy score counts word edits, and a comma moved is not a word changed.
import { fold } from '../../library/fold.ts';

export interface Word {
  /** Folded key used for matching. */
  key: string;
  /** The word as written (NFC). */
  text: string;
  /** Offset of the word in the NFC text. */
  start: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:[.,/-][\p{N}]+)*/gu;

/** The words of a text, in order. "8/8/2023" and "2021-2025" stay one word each (digits joined by . , / -). */
export function words(text: string): Word[] {
  const nfc = text.normalize('NFC');
  const out: Word[] = [];
  for (const m of nfc.matchAll(WORD)) out.push({ key: fold(m[0]), text: m[0], start: m.index });
  return out;
}

/** Just the folded keys (indexing and scoring do not need the rest). */
export function wordKeys(text: string): string[] {
  const out: string[] = [];
  for (const m of fold(text).matchAll(WORD)) out.push(m[0]);
  return out;
}
