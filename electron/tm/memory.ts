// The translation memory in memory: every aligned sentence pair of the library, both directions,
// looked up by exact text (a hash) and by fuzzy match (an inverted index over folded words with a
// prefix filter, then the word-level scorer on the few candidates that can reach the threshold).
import type { Lang } from '../shared/review.ts';
import { sentenceKey } from '../shared/segments.ts';
import type { TmMatch } from '../shared/tm.ts';
import { words, wordScorer, type FuzzyScorer, type Word } from './fuzzy.ts';

export const FUZZY_THRESHOLD = 70;
/** How many of the closest candidates (by shared words) a fuzzy lookup scores by edit distance. */
const SCORED_CANDIDATES = 30;
/**
 * How many postings a fuzzy lookup reads at most. The lists are read rarest word first, so the
 * closest matches (which share the rare words) come in first; in a memory where every word is
 * common (years of the same boilerplate) this bounds a lookup's time at the cost of, rarely, a
 * weaker fuzzy match that shares only common words.
 */
const MAX_VISITS = 8_000;

export interface MemoryUnit {
  viReviewId: string;
  enReviewId: string;
  viText: string;
  enText: string;
  /** The pair's year (newer matches win ties). */
  year: number;
}

export type { TmMatch };

interface Entry {
  alive: boolean;
  pairKey: string;
  unit: MemoryUnit;
  from: Lang;
  source: string;
  target: string;
  exact: string;
  words: Word[];
  /** Distinct folded words, as vocabulary ids. */
  tokens: Int32Array;
  /** Per word: the id of its lower-case form and of its folded form (for the fast scorer). */
  norms: Int32Array;
  folds: Int32Array;
}

interface Direction {
  entries: Entry[];
  postings: Map<string, number[]>;
  exact: Map<string, number[]>;
}

function emptyDirection(): Direction {
  return { entries: [], postings: new Map(), exact: new Map() };
}

/** Vocabulary ids, shared by both directions (a word is the same id in every entry). */
class Vocabulary {
  /** Lower-case forms and folded forms get ids from one counter, in two maps (no key building). */
  private readonly norms = new Map<string, number>();
  private readonly folds = new Map<string, number>();
  private next = 0;
  private idIn(map: Map<string, number>, word: string): number {
    let id = map.get(word);
    if (id === undefined) { id = this.next++; map.set(word, id); }
    return id;
  }
  norm(word: string): number { return this.idIn(this.norms, word); }
  fold(word: string): number { return this.idIn(this.folds, word); }
  get size(): number {
    return this.next;
  }
  /** The id, or -1 for a word no entry holds. */
  peekNorm(word: string): number { return this.norms.get(word) ?? -1; }
  peekFold(word: string): number { return this.folds.get(word) ?? -1; }
}

/**
 * Word-level edit distance on ids (substitution of the same folded word costs ½), two rows, no
 * backtrace: the fast score that picks the few candidates the real scorer then compares.
 */
function fastDistance(an: Int32Array, af: Int32Array, bn: Int32Array, bf: Int32Array, row0: Float64Array, row1: Float64Array): number {
  const n = an.length;
  const m = bn.length;
  let prev = row0;
  let cur = row1;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    const x = an[i - 1]!;
    const xf = af[i - 1]!;
    for (let j = 1; j <= m; j++) {
      const sub = prev[j - 1]! + (x === bn[j - 1]! ? 0 : xf === bf[j - 1]! ? 0.5 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
    }
    const t = prev; prev = cur; cur = t;
  }
  return prev[m]!;
}

/** Numbers of a sentence in order ("59-KL/TW" gives 59). */
function numbersOf(ws: readonly Word[]): string[] {
  return ws.flatMap((w) => w.norm.match(/\d+/gu) ?? []);
}

/**
 * When the sentence differs from the memory's only by numbers (same count, same words otherwise),
 * writes its numbers into the translation where each old number appears once; else null.
 */
export function adaptNumbers(sentence: readonly Word[], stored: readonly Word[], target: string): string | null {
  if (sentence.length !== stored.length) return null;
  const changes = new Map<string, string>();
  for (let i = 0; i < sentence.length; i++) {
    const a = sentence[i]!;
    const b = stored[i]!;
    if (a.norm === b.norm) continue;
    const na = numbersOf([a]);
    const nb = numbersOf([b]);
    if (na.length !== 1 || nb.length !== 1 || a.norm.replace(na[0]!, '#') !== b.norm.replace(nb[0]!, '#')) return null;
    if (changes.has(nb[0]!) && changes.get(nb[0]!) !== na[0]) return null;
    changes.set(nb[0]!, na[0]!);
  }
  if (changes.size === 0) return null;
  let out = target;
  for (const [from, to] of changes) {
    const re = new RegExp(`(?<!\\d)${from}(?!\\d)`, 'gu');
    const count = out.match(re)?.length ?? 0;
    if (count !== 1) return null;
    out = out.replace(re, to);
  }
  return out;
}

export class TranslationMemory {
  private readonly dirs: Record<Lang, Direction> = { vi: emptyDirection(), en: emptyDirection() };
  private readonly byPair = new Map<string, { dir: Lang; index: number }[]>();
  private readonly vocab = new Vocabulary();
  private dead = 0;
  private row0 = new Float64Array(256);
  private row1 = new Float64Array(256);
  /** Per direction: a stamp per entry, so candidate marking needs no clearing between lookups. */
  private stamp = 0;
  private marks: Record<Lang, Int32Array> = { vi: new Int32Array(0), en: new Int32Array(0) };
  private queryMarks = new Int32Array(0);
  private readonly scorer: FuzzyScorer;
  constructor(scorer: FuzzyScorer = wordScorer) {
    this.scorer = scorer;
  }

  get size(): number {
    return this.dirs.vi.entries.length + this.dirs.en.entries.length - this.dead;
  }

  /** Replaces what the memory holds for one pair. */
  setPair(pairKey: string, units: readonly MemoryUnit[]): void {
    this.removePair(pairKey);
    const refs: { dir: Lang; index: number }[] = [];
    for (const unit of units) {
      if (!unit.viText.trim() || !unit.enText.trim()) continue;
      for (const from of ['vi', 'en'] as const) {
        const source = from === 'vi' ? unit.viText : unit.enText;
        const target = from === 'vi' ? unit.enText : unit.viText;
        const ws = words(source);
        const folds = Int32Array.from(ws, (w) => this.vocab.fold(w.folded));
        const entry: Entry = {
          alive: true, pairKey, unit, from, source, target, exact: sentenceKey(source), words: ws,
          tokens: Int32Array.from(new Set(folds)), norms: Int32Array.from(ws, (w) => this.vocab.norm(w.norm)), folds,
        };
        const dir = this.dirs[from];
        const index = dir.entries.length;
        dir.entries.push(entry);
        for (const token of entry.tokens) {
          const key = String(token);
          let list = dir.postings.get(key);
          if (!list) { list = []; dir.postings.set(key, list); }
          list.push(index);
        }
        const same = dir.exact.get(entry.exact);
        if (same) same.push(index); else dir.exact.set(entry.exact, [index]);
        refs.push({ dir: from, index });
      }
    }
    if (refs.length) this.byPair.set(pairKey, refs);
  }

  removePair(pairKey: string): void {
    const refs = this.byPair.get(pairKey);
    if (!refs) return;
    for (const { dir, index } of refs) {
      const entry = this.dirs[dir].entries[index]!;
      if (entry.alive) { entry.alive = false; this.dead++; }
    }
    this.byPair.delete(pairKey);
    if (this.dead > 1000 && this.dead > this.size) this.compact();
  }

  hasPair(pairKey: string): boolean {
    return this.byPair.has(pairKey);
  }

  pairKeys(): string[] {
    return [...this.byPair.keys()];
  }

  /**
   * The fuzzy candidates worth scoring, best first. Prefix filter: a match of score ≥ min misses at
   * most (1 − min)·n of the sentence's n words, so it holds one of its rarest ⌊(1 − min)·n⌋ + 1
   * distinct words; then a length filter, an overlap bound, and a fast edit distance on word ids.
   */
  private fuzzyCandidates(dir: Direction, from: Lang, ws: readonly Word[], min: number, keep: number, exactKey: string, usable: (e: Entry) => boolean, excludeNone: boolean): number[] {
    const slack = 1 - min / 100;
    const qFolds = Int32Array.from(ws, (w) => this.vocab.peekFold(w.folded));
    const qNorms = Int32Array.from(ws, (w) => this.vocab.peekNorm(w.norm));
    const distinct = [...new Set(qFolds)];
    const lists = distinct.map((t) => (t < 0 ? [] : dir.postings.get(String(t)) ?? [])).sort((a, b) => a.length - b.length);
    const prefix = Math.min(lists.length, Math.floor(slack * ws.length) + 1);
    if (this.marks[from].length < dir.entries.length) {
      const grown = new Int32Array(Math.max(dir.entries.length * 2, 1024));
      grown.set(this.marks[from]);
      this.marks[from] = grown;
    }
    const marks = this.marks[from];
    const stamp = ++this.stamp;
    // Query words marked by stamp in a vocabulary-sized array: the overlap loop is array reads only.
    if (this.queryMarks.length < this.vocab.size) {
      const grown = new Int32Array(Math.max(this.vocab.size * 2, 4096));
      grown.set(this.queryMarks);
      this.queryMarks = grown;
    }
    const qm = this.queryMarks;
    for (const t of distinct) if (t >= 0) qm[t] = stamp;
    const dupes = ws.length - distinct.length;
    const scored: { index: number; score: number }[] = [];
    const need = Math.max(ws.length, 1) + 1;
    if (this.row0.length < need) { this.row0 = new Float64Array(need * 2); this.row1 = new Float64Array(need * 2); }
    // The SCORED_CANDIDATES best by shared words, kept sorted (most candidates fall below the last).
    const bounded: { index: number; bound: number; share: number }[] = [];
    const noExclusions = excludeNone;
    let visits = 0;
    for (let k = 0; k < prefix && visits < MAX_VISITS; k++) {
      for (const index of lists[k]!) {
        if (++visits > MAX_VISITS) break;
        if (marks[index] === stamp) continue;
        marks[index] = stamp;
        const entry = dir.entries[index]!;
        if (!entry.alive || (!noExclusions && !usable(entry))) continue;
        const len = entry.words.length;
        const longest = ws.length > len ? ws.length : len;
        if (Math.abs(ws.length - len) > slack * longest) continue;
        let overlap = 0;
        const tokens = entry.tokens;
        for (let x = 0; x < tokens.length; x++) if (qm[tokens[x]!] === stamp) overlap++;
        if (overlap < distinct.length - slack * ws.length) continue;
        // Same words at most overlap + repeated words: the score cannot exceed that share.
        const bound = Math.min(1, (overlap + dupes) / longest);
        if (bound * 100 < min) continue;
        const share = overlap / (distinct.length + tokens.length - overlap);
        if (bounded.length === SCORED_CANDIDATES && share <= bounded[SCORED_CANDIDATES - 1]!.share) continue;
        if (entry.exact === exactKey) continue;
        let at = bounded.length;
        while (at > 0 && bounded[at - 1]!.share < share) at--;
        bounded.splice(at, 0, { index, bound, share });
        if (bounded.length > SCORED_CANDIDATES) bounded.length = SCORED_CANDIDATES;
      }
    }
    for (const { index, bound } of bounded) {
      if (scored.length >= keep && bound * 100 < scored[keep - 1]!.score) break;
      const entry = dir.entries[index]!;
      if (this.row0.length < entry.words.length + 1) { this.row0 = new Float64Array(entry.words.length * 2 + 2); this.row1 = new Float64Array(entry.words.length * 2 + 2); }
      const d = fastDistance(qNorms, qFolds, entry.norms, entry.folds, this.row0, this.row1);
      const score = 100 * (1 - d / Math.max(ws.length, entry.words.length));
      if (score < min) continue;
      scored.push({ index, score });
      scored.sort((a, b) => b.score - a.score);
      if (scored.length > keep) scored.length = keep;
    }
    return scored.map((x) => x.index);
  }

  /** Rebuilds the indexes without the removed entries. */
  private compact(): void {
    const alive = new Map<string, MemoryUnit[]>();
    for (const entry of this.dirs.vi.entries) {
      if (!entry.alive) continue;
      const list = alive.get(entry.pairKey);
      if (list) list.push(entry.unit); else alive.set(entry.pairKey, [entry.unit]);
    }
    this.dirs.vi = emptyDirection();
    this.dirs.en = emptyDirection();
    this.marks = { vi: new Int32Array(0), en: new Int32Array(0) };
    this.byPair.clear();
    this.dead = 0;
    for (const [key, units] of alive) this.setPair(key, units);
  }

  /**
   * The best matches for a sentence in language `from`, best first (then newest year): exact matches
   * score 100; fuzzy ones from `min` (70) up. Identical pairs from several reviews are one match.
   */
  lookup(sentence: string, from: Lang, options: { limit?: number; min?: number; excludeReviewIds?: readonly string[] } = {}): TmMatch[] {
    const limit = options.limit ?? 5;
    const min = options.min ?? FUZZY_THRESHOLD;
    const exclude = new Set(options.excludeReviewIds ?? []);
    const dir = this.dirs[from];
    const ws = words(sentence);
    if (ws.length === 0) return [];
    const exactKey = sentenceKey(sentence);
    const usable = (entry: Entry) => entry.alive && !exclude.has(entry.unit.viReviewId) && !exclude.has(entry.unit.enReviewId);
    const exact = (dir.exact.get(exactKey) ?? []).filter((i) => usable(dir.entries[i]!));
    // An exact match is the answer when only the best one is wanted (pre-filling a version).
    const picked: number[] = [...exact];
    if (!(limit === 1 && exact.length > 0)) picked.push(...this.fuzzyCandidates(dir, from, ws, min, limit + 1, exactKey, usable, exclude.size === 0));

    const byText = new Map<string, TmMatch>();
    for (const index of picked) {
      const entry = dir.entries[index]!;
      const result = this.scorer.compareWords(ws, entry.words, entry.exact === exactKey);
      if (result.score < min) continue;
      const key = `${entry.exact}\u0000${sentenceKey(entry.target)}`;
      const seen = byText.get(key);
      if (seen) {
        seen.occurrences++;
        if (entry.unit.year > seen.year) Object.assign(seen, { year: entry.unit.year, viReviewId: entry.unit.viReviewId, enReviewId: entry.unit.enReviewId });
        continue;
      }
      byText.set(key, {
        source: entry.source,
        target: entry.target,
        adapted: result.score < 100 ? adaptNumbers(ws, entry.words, entry.target) : null,
        score: result.score,
        diff: result.diff,
        from,
        viReviewId: entry.unit.viReviewId,
        enReviewId: entry.unit.enReviewId,
        year: entry.unit.year,
        occurrences: 1,
      });
    }
    return [...byText.values()].sort((a, b) => b.score - a.score || b.year - a.year || b.occurrences - a.occurrences).slice(0, limit);
  }
}
