// Snippets as plain-text pieces with hit flags, cut from the ORIGINAL text (tone marks, "Đ") by mapping
// the offsets of matches found in the folded text. No HTML: the renderer marks the hit pieces itself.
import type { SnippetPart } from '../../shared/library.ts';
import { foldWithMap, tokenize, type Token } from '../fold.ts';
import type { ParsedQuery } from './query.ts';

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

/** Indexes of the tokens that belong to a match of any phrase of the query. */
export function hitTokens(tokens: Token[], query: ParsedQuery): Set<number> {
  const hits = new Set<number>();
  for (const phrase of query.phrases) {
    for (let at = 0; at < tokens.length; at++) {
      if (matchesAt(tokens, at, phrase.terms, phrase.prefix)) for (let i = 0; i < phrase.terms.length; i++) hits.add(at + i);
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
