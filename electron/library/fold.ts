// Search folding: the same rule for indexed text and for queries, so "dang hoang giang" meets
// "Đặng Hoàng Giang". NFC → lower case → NFD with combining marks removed → "đ" to "d".
// SQLite's unicode61 tokenizer would strip tone marks but never folds "đ" (it is a letter, not d + mark),
// so the index stores text already folded here and the tokenizer runs with remove_diacritics 0.

const COMBINING_MARKS = /\p{M}/gu;

/** Folds a whole text (indexing, queries). Same result as joining foldChar over its characters. */
export function fold(text: string): string {
  return text.normalize('NFC').toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd');
}

const charCache = new Map<string, string>();

/** Folds one code point (may yield '' for a lone combining mark, or several units). */
export function foldChar(ch: string): string {
  let folded = charCache.get(ch);
  if (folded === undefined) {
    folded = ch.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd');
    if (charCache.size < 10_000) charCache.set(ch, folded);
  }
  return folded;
}

export interface FoldedText {
  /** The folded text. */
  folded: string;
  /** map[i] = offset in the original (NFC) text of the character that produced folded unit i; map[folded.length] = original length. */
  map: number[];
  /** The original text, in NFC. */
  original: string;
}

/** Folds keeping, for every folded unit, where it came from: snippets are cut from the original text. */
export function foldWithMap(text: string): FoldedText {
  const original = text.normalize('NFC');
  let folded = '';
  const map: number[] = [];
  let offset = 0;
  for (const ch of original) {
    const f = foldChar(ch);
    for (let i = 0; i < f.length; i++) map.push(offset);
    folded += f;
    offset += ch.length;
  }
  map.push(original.length);
  return { folded, map, original };
}

/** Word characters as FTS5's unicode61 tokenizer sees them (letters, numbers, private use). */
export const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu;

export interface Token { term: string; start: number; end: number }

/** Tokens of an already folded text, with their offsets in it. */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  for (const m of folded.matchAll(TOKEN)) tokens.push({ term: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}

/** A comparison key: folded, whitespace collapsed ("Đỗ  Hùng Việt" → "do hung viet"). */
export function foldKey(text: string): string {
  return fold(text).replace(/\s+/gu, ' ').trim();
}
