// A fuzzy-match index over many short texts (paragraphs here, sentences for the translation memory):
// add/remove texts with a payload, ask for the texts scoring ≥ minScore against a query, best first.
// Pure and in memory (no SQLite, no Electron), so the reuse panel, the CLI and the translation memory
// (issue 12) share it.
//
// How a query stays fast over 100,000s of texts (a set-similarity join, as in the literature):
// - score ≥ s needs at least s · max(n, m) words in common (every edit changes at most one common word),
//   so a candidate must share one of the query's rarest words: the "prefix" of the query's words sorted
//   by rarity, long enough that the words after it could not reach s · n on their own;
// - a length filter: s · n ≤ m ≤ n / s;
// - the exact common-word count (multiset) prunes again before the banded edit distance runs.
// Identical texts (boilerplate repeated every year) are one entry with many occurrences.
import { boundedDistance, distanceLimit, scoreOf } from './score.ts';
import { wordKeys } from './tokens.ts';

export interface SimilarityMatch<T> {
  /** 0–1 (multiply by 100 for the percentage users see). */
  score: number;
  text: string;
  /** Occurrences of this text (by folded words) that passed the filter, first by `order`, at most maxOccurrences. */
  occurrences: T[];
  /** How many occurrences passed the filter in all. */
  total: number;
}

export interface QueryOptions<T> {
  minScore?: number;
  limit?: number;
  /** Occurrences to leave out (the draft's own paragraphs, the wrong language…). */
  filter?: (payload: T) => boolean;
  /** Orders ties between texts of equal score (default: the index's own order). */
  order?: (a: T, b: T) => number;
  /** Occurrences kept per match (default 20). */
  maxOccurrences?: number;
}

interface Entry<T> {
  ids: Int32Array;
  /** Distinct word ids, ascending, with their counts (for the common-word bound). */
  distinct: Int32Array;
  counts: Int32Array;
  text: string;
  key: string;
  /** The spellings (as written) that fold to this entry, for byText. */
  texts: Set<string>;
  occurrences: Map<string, T>;
  /** The occurrences in the index's order, rebuilt on the first query after a change. */
  sorted: T[] | null;
}

export const DEFAULT_MIN_SCORE = 0.7;
export const DEFAULT_LIMIT = 5;
/** Texts longer than this many words are matched on their first MAX_WORDS words (a 1,000-word block). */
export const MAX_WORDS = 400;

export class SimilarityIndex<T> {
  private vocab = new Map<string, number>();
  private docFreq: number[] = [];
  private postings: number[][] = [];
  private entries: (Entry<T> | null)[] = [];
  private byKey = new Map<string, number>();
  /** The same text as written maps straight to its entry, skipping tokenization (boilerplate repeats). */
  private byText = new Map<string, number>();
  /** occurrence id → entry index */
  private where = new Map<string, number>();
  private dead = 0;
  private readonly order: ((a: T, b: T) => number) | undefined;

  /** `order`: how occurrences of one text are listed (e.g. newest first); kept sorted between changes. */
  constructor(order?: (a: T, b: T) => number) {
    this.order = order;
  }

  get size(): number { return this.where.size; }
  get distinctTexts(): number { return this.byKey.size; }

  private wordId(key: string, create: boolean): number {
    let id = this.vocab.get(key);
    if (id === undefined) {
      if (!create) return -1;
      id = this.vocab.size;
      this.vocab.set(key, id);
      this.docFreq.push(0);
      this.postings.push([]);
    }
    return id;
  }

  /** Adds (or replaces) occurrence `occurrenceId` of `text`. Empty texts are not indexed. */
  add(occurrenceId: string, text: string, payload: T): void {
    this.remove(occurrenceId);
    const nfc = text.normalize('NFC');
    let index = this.byText.get(nfc);
    if (index === undefined) {
      const keys = wordKeys(nfc).slice(0, MAX_WORDS);
      if (keys.length === 0) return;
      index = this.entryFor(keys, nfc);
      this.byText.set(nfc, index);
    }
    const entry = this.entries[index]!;
    entry.occurrences.set(occurrenceId, payload);
    entry.sorted = null;
    this.where.set(occurrenceId, index);
  }

  private entryFor(keys: string[], text: string): number {
    const key = keys.join(' ');
    let index = this.byKey.get(key);
    if (index === undefined) {
      const ids = Int32Array.from(keys, (k) => this.wordId(k, true));
      const { distinct, counts } = distinctOf(ids);
      index = this.entries.length;
      this.entries.push({ ids, distinct, counts, text, key, texts: new Set(), occurrences: new Map(), sorted: null });
      this.byKey.set(key, index);
      for (const w of distinct) { this.postings[w]!.push(index); this.docFreq[w]!++; }
    }
    this.entries[index]!.texts.add(text);
    return index;
  }

  remove(occurrenceId: string): void {
    const index = this.where.get(occurrenceId);
    if (index === undefined) return;
    this.where.delete(occurrenceId);
    const entry = this.entries[index]!;
    entry.occurrences.delete(occurrenceId);
    entry.sorted = null;
    if (entry.occurrences.size > 0) return;
    // The entry goes; its postings are left (skipped as null) until enough are dead to compact.
    for (const w of entry.distinct) this.docFreq[w]!--;
    this.byKey.delete(entry.key);
    for (const t of entry.texts) this.byText.delete(t);
    this.entries[index] = null;
    if (++this.dead > 1000 && this.dead > this.entries.length / 3) this.compact();
  }

  private compact(): void {
    const remap = new Int32Array(this.entries.length).fill(-1);
    const kept: Entry<T>[] = [];
    this.entries.forEach((e, i) => { if (e) { remap[i] = kept.length; kept.push(e); } });
    this.postings = this.postings.map((list) => list.map((i) => remap[i]!).filter((i) => i >= 0));
    for (const [k, i] of this.byKey) this.byKey.set(k, remap[i]!);
    for (const [t, i] of this.byText) this.byText.set(t, remap[i]!);
    for (const [o, i] of this.where) this.where.set(o, remap[i]!);
    this.entries = kept;
    this.dead = 0;
  }

  query(text: string, options: QueryOptions<T> = {}): SimilarityMatch<T>[] {
    const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
    const limit = options.limit ?? DEFAULT_LIMIT;
    const keys = wordKeys(text).slice(0, MAX_WORDS);
    const n = keys.length;
    if (n === 0) return [];
    // Words the index has never seen get ids of their own: they count in the length, never match.
    let unknown = -2;
    const ids = Int32Array.from(keys, (k) => { const id = this.wordId(k, false); return id >= 0 ? id : unknown--; });
    const { distinct, counts } = distinctOf(ids);
    const needed = Math.ceil(minScore * n - 1e-9);

    // The prefix: rarest known words first, until the rest cannot reach `needed` common words.
    const known: { w: number; c: number }[] = [];
    let knownCount = 0;
    distinct.forEach((w, i) => { if (w >= 0) { known.push({ w, c: counts[i]! }); knownCount += counts[i]!; } });
    if (knownCount < needed) return [];
    known.sort((a, b) => this.docFreq[a.w]! - this.docFreq[b.w]!);
    let rest = knownCount;
    const prefix: number[] = [];
    for (const { w, c } of known) {
      if (rest < needed) break;
      prefix.push(w);
      rest -= c;
    }

    const minLen = Math.ceil(minScore * n - 1e-9);
    const maxLen = Math.floor(n / minScore + 1e-9);
    const seen = new Set<number>();
    const scored: { entry: Entry<T>; score: number }[] = [];
    for (const w of prefix) {
      for (const index of this.postings[w]!) {
        if (seen.has(index)) continue;
        seen.add(index);
        const entry = this.entries[index];
        if (!entry) continue;
        const m = entry.ids.length;
        if (m < minLen || m > maxLen) continue;
        const bound = Math.ceil(minScore * Math.max(n, m) - 1e-9);
        if (common(distinct, counts, entry.distinct, entry.counts) < bound) continue;
        const distance = boundedDistance(ids, entry.ids, distanceLimit(minScore, n, m));
        if (distance === Infinity) continue;
        scored.push({ entry, score: scoreOf(distance, n, m) });
      }
    }
    // Occurrences (filtered, ordered) only for the best texts: boilerplate can occur thousands of times.
    scored.sort((a, b) => b.score - a.score);
    const results: SimilarityMatch<T>[] = [];
    const maxOccurrences = options.maxOccurrences ?? 20;
    for (const s of scored) {
      if (results.length >= limit && s.score < results[results.length - 1]!.score) break;
      const entry = s.entry;
      if (!entry.sorted) {
        entry.sorted = [...entry.occurrences.values()];
        if (this.order) entry.sorted.sort(this.order);
      }
      const kept: T[] = [];
      let total = 0;
      for (const o of entry.sorted) {
        if (options.filter && !options.filter(o)) continue;
        total++;
        if (kept.length < maxOccurrences) kept.push(o);
      }
      if (total === 0) continue;
      results.push({ score: s.score, text: entry.text, occurrences: kept, total });
    }
    // Equal scores: the order of their first occurrences (newest first for the reuse panel).
    const order = options.order ?? this.order;
    if (order) results.sort((a, b) => b.score - a.score || order(a.occurrences[0]!, b.occurrences[0]!));
    return results.slice(0, limit);
  }
}

function distinctOf(ids: Int32Array): { distinct: Int32Array; counts: Int32Array } {
  const sorted = Int32Array.from(ids).sort();
  const distinct: number[] = [];
  const counts: number[] = [];
  for (const id of sorted) {
    if (distinct.length && distinct[distinct.length - 1] === id) counts[counts.length - 1]!++;
    else { distinct.push(id); counts.push(1); }
  }
  return { distinct: Int32Array.from(distinct), counts: Int32Array.from(counts) };
}

/** Words in common, counted with multiplicity: Σ min(count in a, count in b) over sorted distinct ids. */
function common(ad: Int32Array, ac: Int32Array, bd: Int32Array, bc: Int32Array): number {
  let i = 0;
  let j = 0;
  let total = 0;
  while (i < ad.length && j < bd.length) {
    const x = ad[i]!;
    const y = bd[j]!;
    if (x === y) { total += Math.min(ac[i]!, bc[j]!); i++; j++; }
    else if (x < y) i++;
    else j++;
  }
  return total;
}
