// The fuzzy match of a translation memory: how much of a stored source sentence must change to become
// the sentence being translated, at the word level, as Trados and OmegaT score it (100 = the same
// sentence; 70 = a third of the words differ). Behind an interface so the reuse issue's similarity
// engine can take its place without touching the memory or the translator.
import { fold } from '../library/fold.ts';
import { sentenceKey } from '../shared/segments.ts';

export interface Word {
  /** Lower case, NFC: compared for equality. */
  norm: string;
  /** Lower case without tone marks (đ → d): a word that differs only here costs half. */
  folded: string;
  /** As written, for display. */
  text: string;
  start: number;
  end: number;
}

/** Words and numbers (letters, digits, and joiners inside them: "59-KL/TW", "8/8/2023", "ASEAN's"). */
const WORD = /[\p{L}\p{N}]+(?:[-/.’'][\p{L}\p{N}]+)*/gu;

/** Folding is the costly part of splitting; words repeat, so each is folded once. */
const foldedCache = new Map<string, string>();
function foldWord(norm: string): string {
  let folded = foldedCache.get(norm);
  if (folded === undefined) {
    folded = fold(norm);
    if (foldedCache.size > 200_000) foldedCache.clear();
    foldedCache.set(norm, folded);
  }
  return folded;
}

export function words(text: string): Word[] {
  const nfc = text.normalize('NFC');
  const out: Word[] = [];
  for (const m of nfc.matchAll(WORD)) {
    const norm = m[0].toLowerCase();
    out.push({ norm, folded: foldWord(norm), text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

import type { DiffOp } from '../shared/tm.ts';
export type { DiffOp };

export interface FuzzyResult {
  /** 0–100, whole numbers. 100 only for the same sentence (spacing aside). */
  score: number;
  /** From the stored source to the sentence being translated: removed = in the memory only, added = new. */
  diff: DiffOp[];
}

export interface FuzzyScorer {
  compare(sentence: string, stored: string): FuzzyResult;
  /** compare() with the sentence's words already split (the hot path of a memory lookup). */
  compareWords(sentence: readonly Word[], stored: readonly Word[], exact: boolean): FuzzyResult;
}

function substitution(a: Word, b: Word): number {
  if (a.norm === b.norm) return 0;
  if (a.folded === b.folded) return 0.5;
  return 1;
}

/** Word-level Levenshtein with a backtrace, over the two word lists. */
function levenshtein(a: readonly Word[], b: readonly Word[]): { distance: number; diff: DiffOp[] } {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const d = new Float64Array((n + 1) * width);
  for (let j = 0; j <= m; j++) d[j] = j;
  for (let i = 1; i <= n; i++) {
    d[i * width] = i;
    const ai = a[i - 1]!;
    for (let j = 1; j <= m; j++) {
      const sub = d[(i - 1) * width + j - 1]! + substitution(ai, b[j - 1]!);
      const del = d[(i - 1) * width + j]! + 1;
      const ins = d[i * width + j - 1]! + 1;
      d[i * width + j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
    }
  }
  // Backtrace: a is the new sentence, b the stored one.
  const ops: DiffOp[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = d[i * width + j]!;
    if (i > 0 && j > 0 && here === d[(i - 1) * width + j - 1]! + substitution(a[i - 1]!, b[j - 1]!)) {
      if (a[i - 1]!.norm === b[j - 1]!.norm) ops.push({ op: 'same', text: a[i - 1]!.text });
      else { ops.push({ op: 'added', text: a[i - 1]!.text }); ops.push({ op: 'removed', text: b[j - 1]!.text }); }
      i--; j--;
    } else if (i > 0 && here === d[(i - 1) * width + j]! + 1) {
      ops.push({ op: 'added', text: a[i - 1]!.text });
      i--;
    } else {
      ops.push({ op: 'removed', text: b[j - 1]!.text });
      j--;
    }
  }
  ops.reverse();
  // A change reads best as old → new phrases: within a run of changes, the removed words, then the added.
  const merged: DiffOp[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    if (removed.length) merged.push({ op: 'removed', text: removed.join(' ') });
    if (added.length) merged.push({ op: 'added', text: added.join(' ') });
    removed = [];
    added = [];
  };
  for (const op of ops) {
    if (op.op === 'same') {
      flush();
      const last = merged[merged.length - 1];
      if (last && last.op === 'same') last.text += ' ' + op.text;
      else merged.push({ ...op });
    } else if (op.op === 'removed') removed.push(op.text);
    else added.push(op.text);
  }
  flush();
  return { distance: d[n * width + m]!, diff: merged };
}

export const wordScorer: FuzzyScorer = {
  compare(sentence, stored) {
    return this.compareWords(words(sentence), words(stored), sentenceKey(sentence) === sentenceKey(stored));
  },
  compareWords(a, b, exact) {
    if (exact) return { score: 100, diff: a.length ? [{ op: 'same', text: a.map((w) => w.text).join(' ') }] : [] };
    const longest = Math.max(a.length, b.length);
    if (longest === 0) return { score: 0, diff: [] };
    const { distance, diff } = levenshtein(a, b);
    // Same words, other punctuation or case: 99, never 100 (the user must see it is not identical).
    const score = Math.min(99, Math.floor(100 * (1 - distance / longest)));
    return { score: Math.max(0, score), diff };
  },
};
