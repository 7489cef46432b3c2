// Document symbols (số, ký hiệu văn bản): "155/QĐ-TTg", "47/2025/QĐ-TTg", "59-KL/TW". Decree 30 writes
// a symbol exactly as issued, lower-case letters included (TTg is Thủ tướng), even in a heading set in
// capitals: "TRIỂN KHAI QUYẾT ĐỊNH 155/QĐ-TTg". Shared by the exporter (a Decree 30 heading is all caps
// in Word) and the editor (which shows that heading in caps), so both keep the same letters.

/** A symbol: a number, an optional year, then the type's and the issuer's abbreviations ("/QĐ-TTg",
 *  "-KL/TW", "/BC-BNV"), each abbreviation upper-case first. Not inside a longer word or number. */
const SYMBOL = /(?<![\p{L}\p{N}])\p{N}{1,5}(?:\/\p{N}{4})?[/-]\p{Lu}[\p{L}\p{N}]{0,11}(?:[/-]\p{Lu}[\p{L}\p{N}]{0,11})*(?![\p{L}\p{N}])/gu;

export interface TextRange { start: number; end: number }

/**
 * The symbols in `text` that capitals would change (those with a lower-case letter, as "QĐ-TTg"):
 * what an all-caps heading must leave as written. "59-KL/TW" is the same in caps, so it is not listed.
 */
export function capsSensitiveSymbols(text: string): TextRange[] {
  const out: TextRange[] = [];
  for (const m of text.matchAll(SYMBOL)) {
    if (m[0] !== m[0].toLocaleUpperCase('vi')) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** `text` cut at those symbols, in order: the pieces a caps heading shows in caps (`symbol: false`) and as written. */
export function splitAtCapsSensitiveSymbols(text: string): { text: string; symbol: boolean }[] {
  const pieces: { text: string; symbol: boolean }[] = [];
  let at = 0;
  for (const { start, end } of capsSensitiveSymbols(text)) {
    if (start > at) pieces.push({ text: text.slice(at, start), symbol: false });
    pieces.push({ text: text.slice(start, end), symbol: true });
    at = end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), symbol: false });
  return pieces;
}
