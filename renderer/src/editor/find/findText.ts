// Find in the document, the pure part: matches of a query in runs of text, with the options a Word user
// expects (match case, whole word, ignore tone marks: "hop tac" finds "hợp tác", "Dang" finds "Đặng").
// Matching runs over a folded copy of each text with a map back to the original offsets, so a match
// is always reported in the original text, whatever folding did to its length.

export interface FindOptions {
  matchCase: boolean;
  wholeWord: boolean;
  ignoreTones: boolean;
}

/** A match in text number `block` of the input, as [start, end) offsets in UTF-16 code units. */
export interface TextMatch {
  block: number;
  start: number;
  end: number;
}

const COMBINING = /\p{M}/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** One text folded for matching, with `origin[i]` = offset in the original of folded unit i. */
export interface Folded {
  text: string;
  origin: number[];
}

// Folding one character is the same every time: memoized per (character, options), since a 200-page
// review folds a million characters on its first search.
const charMemo = [new Map<string, string>(), new Map<string, string>(), new Map<string, string>(), new Map<string, string>()];
function foldChar(char: string, ignoreTones: boolean, matchCase: boolean): string {
  const memo = charMemo[(ignoreTones ? 2 : 0) + (matchCase ? 1 : 0)]!;
  let folded = memo.get(char);
  if (folded !== undefined) return folded;
  folded = char;
  if (ignoreTones) {
    let kept = '';
    for (const part of char.normalize('NFD')) if (!COMBINING.test(part)) kept += part;
    folded = kept.replace(/đ/g, 'd').replace(/Đ/g, 'D');
  }
  if (!matchCase) folded = folded.toLowerCase();
  memo.set(char, folded);
  return folded;
}

/** Folds `text` as the options say; `origin` has one more entry (the original length) at the end. */
export function foldText(text: string, options: Pick<FindOptions, 'matchCase' | 'ignoreTones'>): Folded {
  if (options.matchCase && !options.ignoreTones) {
    const origin = new Array<number>(text.length + 1);
    for (let i = 0; i <= text.length; i++) origin[i] = i;
    return { text, origin };
  }
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const char = String.fromCodePoint(code);
    const folded = foldChar(char, options.ignoreTones, options.matchCase);
    for (let k = 0; k < folded.length; k++) origin.push(i);
    out += folded;
    i += char.length;
  }
  origin.push(text.length);
  return { text: out, origin };
}

/** The query folded the same way (NFC first, so a decomposed query finds composed text). */
export function foldQuery(query: string, options: FindOptions): string {
  return foldText(query.normalize('NFC'), options).text;
}

function isWordBoundary(text: string, at: number, before: boolean): boolean {
  const char = before ? text.slice(Math.max(0, at - 2), at) : text.slice(at, at + 2);
  if (char === '') return true;
  const one = before ? Array.from(char).at(-1)! : Array.from(char)[0]!;
  return !WORD_CHAR.test(one) && !COMBINING.test(one);
}

/** Every non-overlapping match of `query` in each text, in order. */
export function findInTexts(texts: readonly string[], query: string, options: FindOptions, fold: (i: number) => Folded = (i) => foldText(texts[i]!, options)): TextMatch[] {
  const needle = foldQuery(query, options);
  if (needle === '') return [];
  const matches: TextMatch[] = [];
  for (let block = 0; block < texts.length; block++) {
    const text = texts[block]!;
    if (text.length < needle.length && !options.ignoreTones) continue;
    const folded = fold(block);
    let from = 0;
    for (;;) {
      const at = folded.text.indexOf(needle, from);
      if (at < 0) break;
      const start = folded.origin[at]!;
      const endUnit = at + needle.length;
      // The end in the original: the start of the first original character after the match.
      let end = folded.origin[endUnit] ?? text.length;
      if (endUnit < folded.origin.length - 1 && folded.origin[endUnit] === folded.origin[endUnit - 1]) {
        // the match ends inside one original character's folding: take the whole character
        let k = endUnit;
        while (k < folded.origin.length - 1 && folded.origin[k] === folded.origin[endUnit - 1]) k++;
        end = folded.origin[k] ?? text.length;
      }
      // Combining marks right after the match belong to its last letter.
      while (end < text.length && COMBINING.test(text[end]!)) end++;
      if (!options.wholeWord || (isWordBoundary(text, start, true) && isWordBoundary(text, end, false))) {
        matches.push({ block, start, end });
        from = endUnit;
      } else {
        from = at + 1;
      }
    }
  }
  return matches;
}
