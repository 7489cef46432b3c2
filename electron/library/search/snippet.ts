// Snippets as plain-text pieces with hit flags, cut from the ORIGINAL text (tone marks, "Đ") by mapping
// the offsets of matches found in the folded text. No HTML: the renderer marks the hit pieces itself.
import type { SnippetPart } from '../../shared/library.ts';
import { foldWithMap, tokenize, type Token } from '../fold.ts';
import type { ParsedQuery, QueryPhrase } from './query.ts';

/** About this many characters of context around the first hit. */
export const SNIPPET_CHARS = 220;
const ELLIPSIS = '…';

function matchesAt(tokens: Token[], at: number, terms: string[], prefix: boolean): boolean {
  if (at + terms.length > tokens.length) return false;
  return terms.every((term, i) => {
    const token = tokens[at + i]!.term;
    return prefix && i === terms.length - 1 ? token.startsWith(term) : token === term;
  });
}

/** Marks every match of `terms`; true when there was one. */
function markMatches(tokens: Token[], terms: string[], prefix: boolean, hits: Set<number>): boolean {
  let found = false;
  for (let at = 0; at < tokens.length; at++) {
    if (!matchesAt(tokens, at, terms, prefix)) continue;
    found = true;
    for (let i = 0; i < terms.length; i++) hits.add(at + i);
  }
  return found;
}

/** The query's phrases, with bare words typed together grouped into their run. */
function groups(query: ParsedQuery): QueryPhrase[][] {
  const out: QueryPhrase[][] = [];
  for (const phrase of query.phrases) {
    const last = out.at(-1);
    if (phrase.run !== undefined && last?.[0]?.run === phrase.run) last.push(phrase);
    else out.push([phrase]);
  }
  return out;
}

/**
 * Indexes of the tokens to highlight: the matched terms and phrases only. Words typed together
 * ("dang hoang giang", "de an 161") are marked where they stand together — the longest stretch of the
 * run found in the text — so "Đăng" in a photo credit or "An" in "An ninh" is not marked beside the
 * name or the decree the user asked for. A word of the run found only on its own is marked wherever it is.
 */
export function hitTokens(tokens: Token[], query: ParsedQuery): Set<number> {
  const hits = new Set<number>();
  for (const group of groups(query)) {
    let i = 0;
    while (i < group.length) {
      let next = i + 1;
      for (let j = group.length; j > i; j--) {
        const stretch = group.slice(i, j);
        if (markMatches(tokens, stretch.flatMap((p) => p.terms), stretch.at(-1)!.prefix, hits)) { next = j; break; }
      }
      i = next;
    }
  }
  return hits;
}

export function snippet(text: string, query: ParsedQuery, maxChars = SNIPPET_CHARS): SnippetPart[] {
  const { folded, map, original } = foldWithMap(text);
  const tokens = tokenize(folded);
  if (!tokens.length) return original ? [{ text: original.slice(0, maxChars), hit: false }] : [];
  const hits = hitTokens(tokens, query);
  const first = hits.size ? Math.min(...hits) : 0;
  const orig = (foldedOffset: number) => map[foldedOffset]!;

  // Window: start a few words before the first hit, then take words while they fit.
  let startTok = first;
  while (startTok > 0 && first - startTok < 8 && orig(tokens[first]!.end) - orig(tokens[startTok - 1]!.start) < maxChars / 2) startTok--;
  let endTok = first;
  while (endTok + 1 < tokens.length && orig(tokens[endTok + 1]!.end) - orig(tokens[startTok]!.start) <= maxChars) endTok++;
  const from = startTok === 0 ? 0 : orig(tokens[startTok]!.start);
  const to = endTok === tokens.length - 1 ? original.length : orig(tokens[endTok]!.end);

  const parts: SnippetPart[] = [];
  const push = (piece: string, hit: boolean) => {
    if (!piece) return;
    const last = parts[parts.length - 1];
    if (last && last.hit === hit) last.text += piece;
    else parts.push({ text: piece, hit });
  };
  if (from > 0) push(ELLIPSIS, false);
  let cursor = from;
  for (let i = startTok; i <= endTok; i++) {
    if (!hits.has(i)) continue;
    const start = orig(tokens[i]!.start);
    const end = orig(tokens[i]!.end);
    push(original.slice(cursor, start), false);
    parts.push({ text: original.slice(start, end), hit: true });
    cursor = end;
  }
  push(original.slice(cursor, to), false);
  if (to < original.length) push(ELLIPSIS, false);
  return joinAdjacentHits(parts);
}

/** "Đặng" " " "Hoàng" → one hit "Đặng Hoàng": hits separated only by spaces read as one. */
function joinAdjacentHits(parts: SnippetPart[]): SnippetPart[] {
  const out: SnippetPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const prev = out[out.length - 1];
    const next = parts[i + 1];
    if (!part.hit && prev?.hit && next?.hit && /^[^\S\n]+$/u.test(part.text)) {
      prev.text += part.text + next.text;
      i++;
    } else if (part.hit && prev?.hit) {
      prev.text += part.text;
    } else {
      out.push({ ...part });
    }
  }
  return out;
}
