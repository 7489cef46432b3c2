// The translation memory in memory: every aligned sentence pair of the library, both directions,
// looked up by exact text (a hash) and by fuzzy match (an inverted index over folded words with a
// prefix filter, then the word-level scorer on the few candidates that can reach the threshold).
import type { Lang } from '../shared/review.ts';
import { sentenceKey } from '../shared/segments.ts';
import type { TmMatch } from '../shared/tm.ts';
import { words, wordScorer, type FuzzyScorer, type Word } from './fuzzy.ts';

export const FUZZY_THRESHOLD = 70;

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
  /** Distinct folded words. */
  tokens: string[];
}

interface Direction {
  entries: Entry[];
  postings: Map<string, number[]>;
  exact: Map<string, number[]>;
}

function emptyDirection(): Direction {
  return { entries: [], postings: new Map(), exact: new Map() };
}

function distinctTokens(ws: readonly Word[]): string[] {
  return [...new Set(ws.map((w) => w.folded))];
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
  private dead = 0;
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
        const entry: Entry = { alive: true, pairKey, unit, from, source, target, exact: sentenceKey(source), words: ws, tokens: distinctTokens(ws) };
        const dir = this.dirs[from];
        const index = dir.entries.length;
        dir.entries.push(entry);
        for (const token of entry.tokens) {
          let list = dir.postings.get(token);
          if (!list) { list = []; dir.postings.set(token, list); }
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

  pairKeys(): string[] {
    return [...this.byPair.keys()];
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
    const candidates = new Set<number>(dir.exact.get(exactKey) ?? []);

    // Prefix filter: a match of score ≥ min misses at most (1 − min) of the sentence's words, so it
    // holds at least one of the rarest ⌊(1 − min)·n⌋ + 1 distinct words of the sentence.
    const tokens = distinctTokens(ws)
      .map((t) => ({ t, list: dir.postings.get(t) }))
      .sort((a, b) => (a.list?.length ?? 0) - (b.list?.length ?? 0));
    const prefix = Math.min(tokens.length, Math.floor((1 - min / 100) * ws.length) + 1);
    const counts = new Map<number, number>();
    for (let k = 0; k < prefix; k++) for (const index of tokens[k]!.list ?? []) counts.set(index, 0);
    // Cheap overlap on the candidates first, so the scorer runs on the promising few.
    const querySet = new Set(tokens.map((x) => x.t));
    const ranked: { index: number; overlap: number }[] = [];
    for (const index of counts.keys()) {
      const entry = dir.entries[index]!;
      if (!entry.alive) continue;
      const longest = Math.max(ws.length, entry.words.length);
      if (Math.abs(ws.length - entry.words.length) > (1 - min / 100) * longest) continue;
      let overlap = 0;
      for (const t of entry.tokens) if (querySet.has(t)) overlap++;
      // At most (1 − min)·n of the sentence's words may be missing from a match.
      if (overlap < querySet.size - (1 - min / 100) * ws.length) continue;
      ranked.push({ index, overlap: overlap / Math.max(querySet.size, entry.tokens.length) });
    }
    ranked.sort((a, b) => b.overlap - a.overlap);
    for (const r of ranked.slice(0, 60)) candidates.add(r.index);

    const byText = new Map<string, TmMatch>();
    for (const index of candidates) {
      const entry = dir.entries[index]!;
      if (!entry.alive || exclude.has(entry.unit.viReviewId) || exclude.has(entry.unit.enReviewId)) continue;
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
