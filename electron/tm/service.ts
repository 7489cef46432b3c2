// The translation memory service: keeps the memory in step with the library's linked pairs (aligning
// a pair again when either review changed), creates linked versions pre-filled from it, links and
// unlinks reviews, stores alignment corrections and the user's choices, and checks glossary use.
import type { Db } from '../store/db.ts';
import { withTransaction } from '../store/db.ts';
import * as store from '../store/tm.ts';
import { selectReviewMeta, selectReviewMetas } from '../store/reviews.ts';
import type { ReviewsService } from '../services/reviews.ts';
import type { ReviewHooks } from '../services/hooks.ts';
import { nowIso } from '../services/clock.ts';
import type { Lang, ReviewFields, ReviewMeta } from '../shared/review.ts';
import type { DocState } from '../shared/doc.ts';
import { docUnits, locateSegments, sentenceKey } from '../shared/segments.ts';
import { fold } from '../library/fold.ts';
import type { Alignment, PairInfo, SegmentView } from '../shared/tm.ts';
export type { Alignment, PairInfo, SegmentView };
import { glossaryIndex, type GlossaryIndex, type GlossaryTerm, type TermHit } from './glossary.ts';
import { alignDocs, docSentences, type AlignedUnit } from './pairs.ts';
import { TranslationMemory, type TmMatch } from './memory.ts';
import { wordScorer } from './fuzzy.ts';
import { buildTranslation, translationSummary, type TranslatedSegment } from './translate.ts';
import { checkGlossary, type GlossaryFinding, type SentencePair } from './check.ts';
import { tmErrors } from './errors.ts';

export interface TmServiceDeps {
  db: Db;
  reviews: ReviewsService;
  hooks: ReviewHooks;
  /** The glossary (reference data, with the user's edits); read when the memory is refreshed. */
  glossary: () => readonly GlossaryTerm[];
  /**
   * The new version's field chips and fields with their values in its language (the Chair, the Summits,
   * who chaired…, from the reference data) and its title from its template's sibling in `to` (null: none);
   * see drafting/fields/in-language.ts. `content` is a fresh copy it may change.
   */
  inLanguage?: (source: { content: DocState; fields: ReviewFields; year: number; lang: Lang }, to: Lang) => { content: DocState; fields: ReviewFields; title: string | null };
}

export interface TranslateResult {
  review: ReviewMeta;
  segments: TranslatedSegment[];
  summary: ReturnType<typeof translationSummary>;
}

const pairKey = (p: store.PairKey) => `${p.viReviewId}|${p.enReviewId}`;
/** A pair with more aligned units than this is realigned at most every REALIGN_LONG_PAIR_MS while edited. */
const LONG_PAIR_UNITS = 400;
const REALIGN_LONG_PAIR_MS = 60_000;

/** Vietnamese text has letters that fold to something else (tone marks, đ); English has none. */
export function guessLang(text: string): Lang {
  const lower = text.normalize('NFC').toLowerCase();
  return fold(lower) !== lower ? 'vi' : 'en';
}

export function createTmService(deps: TmServiceDeps) {
  const { db, reviews, hooks } = deps;
  const memory = new TranslationMemory(wordScorer);
  let glossaryCache: { terms: readonly GlossaryTerm[]; index: GlossaryIndex } | null = null;
  let fingerprint = '';
  let loaded = false;
  /** When a deferred realignment of a long pair is due (refresh looks again then). */
  let deferredUntil: number | null = null;

  hooks.changed.push(() => { fingerprint = ''; });
  hooks.purged.push(() => { fingerprint = ''; });

  function glossary(): GlossaryIndex {
    const terms = deps.glossary();
    if (!glossaryCache || glossaryCache.terms !== terms) glossaryCache = { terms, index: glossaryIndex(terms) };
    return glossaryCache.index;
  }

  /** Live linked pairs: a review pointing at another of the other language (either direction). */
  function linkedPairs(): PairInfo[] {
    const metas = selectReviewMetas(db, false);
    const byId = new Map(metas.map((m) => [m.id, m]));
    const out = new Map<string, PairInfo>();
    for (const m of metas) {
      const other = m.translationOf ? byId.get(m.translationOf) : undefined;
      if (!other || other.lang === m.lang) continue;
      const pair = m.lang === 'vi' ? { vi: m, en: other } : { vi: other, en: m };
      out.set(pairKey({ viReviewId: pair.vi.id, enReviewId: pair.en.id }), pair);
    }
    return [...out.values()];
  }

  function corrections(key: store.PairKey) {
    return store.selectCorrections(db, key).map((c) => ({ vi: c.viSentences, en: c.enSentences }));
  }

  function alignPair(pair: PairInfo): AlignedUnit[] {
    const key = { viReviewId: pair.vi.id, enReviewId: pair.en.id };
    const vi = reviews.get(pair.vi.id);
    const en = reviews.get(pair.en.id);
    const { units } = alignDocs(vi.content, en.content, glossary(), corrections(key));
    withTransaction(db, () => {
      store.replacePairUnits(db, { ...key, viUpdatedAt: vi.updatedAt, enUpdatedAt: en.updatedAt, alignedAt: nowIso() },
        units.map((u) => ({ ...key, ...u })));
    });
    return units;
  }

  function toMemory(pair: PairInfo, units: readonly { viText: string; enText: string }[]): void {
    // The titles are a pair too: the next year's title is a fuzzy match of this one.
    // A sentence left untranslated in a version (Vietnamese on the English side) is not a translation.
    const all = [{ viText: pair.vi.title, enText: pair.en.title }, ...units]
      .filter((u) => sentenceKey(u.viText) !== sentenceKey(u.enText) && guessLang(u.enText) === 'en');
    memory.setPair(pairKey({ viReviewId: pair.vi.id, enReviewId: pair.en.id }),
      all.map((u) => ({ viReviewId: pair.vi.id, enReviewId: pair.en.id, viText: u.viText, enText: u.enText, year: pair.vi.year })));
  }

  /** Brings the memory up to date with the library: cheap when nothing changed (one fingerprint query). */
  function refresh(): void {
    if (deferredUntil !== null && Date.now() >= deferredUntil) { deferredUntil = null; fingerprint = ''; }
    const now = store.reviewsFingerprint(db);
    if (now === fingerprint && loaded) return;
    const pairs = linkedPairs();
    const stored = new Map(store.selectPairs(db).map((p) => [pairKey(p), p]));
    const current = new Set<string>();
    let storedUnits: Map<string, store.UnitRow[]> | null = null;
    for (const pair of pairs) {
      const key = pairKey({ viReviewId: pair.vi.id, enReviewId: pair.en.id });
      current.add(key);
      const row = stored.get(key);
      if (!row || row.viUpdatedAt !== pair.vi.updatedAt || row.enUpdatedAt !== pair.en.updatedAt) {
        // A long pair being edited (a 200-page version typed into) is aligned at most once a minute:
        // until then the memory keeps its previous alignment, so a lookup never waits seconds.
        const since = row ? Date.now() - Date.parse(row.alignedAt) : Infinity;
        if (row && since < REALIGN_LONG_PAIR_MS && memory.hasPair(key) && store.countPairUnits(db, row) > LONG_PAIR_UNITS) {
          deferredUntil = Math.min(deferredUntil ?? Infinity, Date.parse(row.alignedAt) + REALIGN_LONG_PAIR_MS);
          continue;
        }
        toMemory(pair, alignPair(pair));
      } else if (!memory.hasPair(key)) {
        if (!storedUnits) {
          storedUnits = new Map();
          for (const u of store.selectAllTranslatedUnits(db)) {
            const k = pairKey(u);
            const list = storedUnits.get(k);
            if (list) list.push(u); else storedUnits.set(k, [u]);
          }
        }
        toMemory(pair, storedUnits.get(key) ?? []);
      }
    }
    for (const [key, row] of stored) {
      if (current.has(key)) continue;
      store.deletePair(db, row);
      memory.removePair(key);
    }
    for (const key of memory.pairKeys()) if (!current.has(key)) memory.removePair(key);
    loaded = true;
    fingerprint = store.reviewsFingerprint(db);
  }

  /** `excludeReviewId`: leave out the pairs of this review (the version being translated, whose own text would match itself). */
  function matches(sentence: string, options: { from?: Lang; limit?: number; min?: number; excludeReviewId?: string } = {}): TmMatch[] {
    const text = sentence.normalize('NFC').trim();
    if (!text) return [];
    refresh();
    return memory.lookup(text, options.from ?? guessLang(text), {
      limit: options.limit ?? 5, min: options.min ?? 70, ...(options.excludeReviewId && { excludeReviewIds: [options.excludeReviewId] }),
    });
  }

  function glossaryHits(sentence: string, lang?: Lang): TermHit[] {
    const g = glossary();
    return (lang ?? guessLang(sentence)) === 'vi' ? g.findVi(sentence) : g.findEn(sentence);
  }

  function requireLive(id: string): ReviewMeta {
    const meta = reviews.getMeta(id);
    if (meta.deletedAt) throw tmErrors.inTrash(meta.title);
    return meta;
  }

  function translate(id: string, to: Lang): TranslateResult {
    const source = reviews.get(id);
    if (source.deletedAt) throw tmErrors.inTrash(source.title);
    if (source.lang === to) throw tmErrors.sameLanguage(to);
    refresh();
    // Reports repeat their boilerplate: each distinct sentence is looked up once.
    const cache = new Map<string, TmMatch | null>();
    const lookup = (sentence: string) => {
      let hit = cache.get(sentence);
      if (hit === undefined) { hit = memory.lookup(sentence, source.lang, { limit: 1 })[0] ?? null; cache.set(sentence, hit); }
      return hit;
    };
    const built = buildTranslation(source.content, lookup, to);
    const { segments } = built;
    const localized = deps.inLanguage?.({ content: built.content, fields: source.fields, year: source.year, lang: source.lang }, to)
      ?? { content: built.content, fields: source.fields, title: null };
    const { content, fields } = localized;
    const titleMatch = lookup(source.title);
    const title = titleMatch ? (titleMatch.adapted ?? titleMatch.target) : localized.title || `${source.title} ${to === 'en' ? '(English)' : '(bản tiếng Việt)'}`;
    return withTransaction(db, () => {
      const review = reviews.create({ title, year: source.year, lang: to, kind: source.kind, fields, content, translationOf: source.id });
      store.insertSegments(db, segments.map((s) => ({
        reviewId: review.id, unitIndex: s.unitIndex, sentenceIndex: s.sentenceIndex, sourceText: s.sourceText, targetText: s.targetText,
        kind: s.kind, score: s.score, matchSource: s.matchSource, matchReviewId: s.matchReviewId, status: s.kind === 'exact' ? 'accepted' : 'pending',
      })));
      return { review, segments, summary: translationSummary(segments) };
    });
  }

  /** Links two reviews of different languages as translations; earlier links of either are undone. */
  function link(aId: string, bId: string): PairInfo {
    if (aId === bId) throw tmErrors.linkSelf();
    const a = requireLive(aId);
    const b = requireLive(bId);
    if (a.lang === b.lang) throw tmErrors.sameLanguageLink(a.title, b.title);
    withTransaction(db, () => {
      for (const id of [a.id, b.id]) unlinkInTx(id);
      store.setTranslationOf(db, b.id, a.id);
    });
    fingerprint = '';
    const vi = a.lang === 'vi' ? a : b;
    const en = a.lang === 'vi' ? b : a;
    return { vi: { ...vi, translationOf: vi === b ? a.id : null }, en: { ...en, translationOf: en === b ? a.id : null } };
  }

  function unlinkInTx(id: string, other?: string): number {
    let n = 0;
    const me = selectReviewMeta(db, id);
    if (me?.translationOf && (!other || me.translationOf === other)) { store.setTranslationOf(db, id, null); n++; }
    for (const r of [...selectReviewMetas(db, false), ...selectReviewMetas(db, true)]) {
      if (r.translationOf === id && (!other || r.id === other)) { store.setTranslationOf(db, r.id, null); n++; }
    }
    return n;
  }

  /** Removes the translation links of a review (or only the one with `other`); returns how many. */
  function unlink(id: string, other?: string): number {
    reviews.getMeta(id);
    const n = withTransaction(db, () => unlinkInTx(id, other));
    fingerprint = '';
    return n;
  }

  function pairOf(id: string, other?: string): PairInfo {
    const pairs = linkedPairs().filter((p) => (p.vi.id === id || p.en.id === id) && (!other || p.vi.id === other || p.en.id === other));
    const pair = pairs[0];
    if (!pair) throw tmErrors.notLinked(reviews.getMeta(id).title);
    return pair;
  }

  function alignment(id: string, other?: string): Alignment {
    const pair = pairOf(id, other);
    refresh();
    const key = { viReviewId: pair.vi.id, enReviewId: pair.en.id };
    const units = store.selectPairUnits(db, key);
    return {
      vi: { id: pair.vi.id, title: pair.vi.title, year: pair.vi.year },
      en: { id: pair.en.id, title: pair.en.title, year: pair.en.year },
      viSentences: docSentences(reviews.get(pair.vi.id).content).map((s) => s.text),
      enSentences: docSentences(reviews.get(pair.en.id).content).map((s) => s.text),
      units: units.map(({ viReviewId: _v, enReviewId: _e, ...u }) => u),
      corrections: store.selectCorrections(db, key).length,
    };
  }

  /**
   * The user's correction: these Vietnamese sentences (indexes) translate as these English ones (either
   * list may be empty: "no translation"). Stored by text; the pair is aligned again around it.
   */
  function correct(id: string, other: string | undefined, vi: readonly number[], en: readonly number[]): Alignment {
    const pair = pairOf(id, other);
    const viSentences = docSentences(reviews.get(pair.vi.id).content).map((s) => s.text);
    const enSentences = docSentences(reviews.get(pair.en.id).content).map((s) => s.text);
    const pick = (list: string[], idx: readonly number[]) => {
      const sorted = [...new Set(idx)].sort((x, y) => x - y);
      if (sorted.some((i, k) => i < 0 || i >= list.length || (k > 0 && i !== sorted[k - 1]! + 1))) throw tmErrors.badCorrection();
      return sorted.map((i) => list[i]!);
    };
    const viText = pick(viSentences, vi);
    const enText = pick(enSentences, en);
    if (viText.length + enText.length === 0 || viText.length > 2 || enText.length > 2) throw tmErrors.badCorrection();
    const key = { viReviewId: pair.vi.id, enReviewId: pair.en.id };
    // A new correction replaces earlier ones about the same sentences.
    const touched = new Set([...viText, ...enText].map(sentenceKey));
    withTransaction(db, () => {
      for (const c of store.selectCorrections(db, key)) {
        if ([...c.viSentences, ...c.enSentences].some((s) => touched.has(sentenceKey(s)))) store.deleteCorrection(db, c.id);
      }
      store.insertCorrection(db, key, viText, enText, nowIso());
    });
    toMemory(pair, alignPair(pair));
    return alignment(pair.vi.id, pair.en.id);
  }

  function resetCorrections(id: string, other?: string): Alignment {
    const pair = pairOf(id, other);
    store.deleteCorrections(db, { viReviewId: pair.vi.id, enReviewId: pair.en.id });
    toMemory(pair, alignPair(pair));
    return alignment(pair.vi.id, pair.en.id);
  }

  function segments(reviewId: string): SegmentView[] {
    reviews.getMeta(reviewId);
    return store.selectSegments(db, reviewId).map((s) => ({
      ...s,
      diff: s.kind === 'fuzzy' && s.matchSource ? wordScorer.compare(s.sourceText, s.matchSource).diff : [],
    }));
  }

  /** Records that the user took a match (or kept what was there) for one sentence of a version. */
  function acceptSegment(reviewId: string, unitIndex: number, sentenceIndex: number, choice?: { targetText: string; score: number; matchSource: string | null; matchReviewId: string | null }): SegmentView {
    const current = store.selectSegments(db, reviewId).find((s) => s.unitIndex === unitIndex && s.sentenceIndex === sentenceIndex);
    if (!current) throw tmErrors.noSegment();
    const next = choice
      ? { targetText: choice.targetText.normalize('NFC'), kind: (choice.score === 100 ? 'exact' : choice.score > 0 ? 'fuzzy' : 'none') as store.SegmentKind, score: choice.score, matchSource: choice.matchSource, matchReviewId: choice.matchReviewId, status: 'accepted' as const }
      : { targetText: current.targetText, kind: current.kind, score: current.score, matchSource: current.matchSource, matchReviewId: current.matchReviewId, status: 'accepted' as const };
    store.updateSegment(db, reviewId, unitIndex, sentenceIndex, next);
    return segments(reviewId).find((s) => s.unitIndex === unitIndex && s.sentenceIndex === sentenceIndex)!;
  }

  /** The draft's sentences paired with their sources: from its segments, else from its linked pair. */
  function sentencePairs(reviewId: string, content?: DocState): { lang: Lang; pairs: SentencePair[] } {
    const stored = reviews.get(reviewId);
    const review = content ? { ...stored, content } : stored;
    const segs = store.selectSegments(db, reviewId);
    if (segs.length) {
      const units = docUnits(review.content);
      const out: SentencePair[] = [];
      const byUnit = new Map<number, store.SegmentRow[]>();
      for (const seg of segs) {
        const list = byUnit.get(seg.unitIndex);
        if (list) list.push(seg); else byUnit.set(seg.unitIndex, [seg]);
      }
      for (const [unitIndex, list] of byUnit) {
        const unitText = units[unitIndex]?.text;
        if (unitText === undefined) continue;
        locateSegments(unitText, list.map((s) => s.targetText)).forEach((span, k) => {
          const seg = list[k]!;
          if (span) out.push({ unitIndex, sentenceIndex: seg.sentenceIndex, source: seg.sourceText, target: unitText.slice(span.start, span.end) });
        });
      }
      return { lang: review.lang, pairs: out };
    }
    const pair = linkedPairs().find((p) => p.vi.id === reviewId || p.en.id === reviewId);
    if (!pair) return { lang: review.lang, pairs: [] };
    const otherId = pair.vi.id === reviewId ? pair.en.id : pair.vi.id;
    const other = reviews.get(otherId);
    const mineIsVi = review.lang === 'vi';
    const aligned = mineIsVi ? alignDocs(review.content, other.content, glossary(), corrections({ viReviewId: review.id, enReviewId: other.id }))
      : alignDocs(other.content, review.content, glossary(), corrections({ viReviewId: other.id, enReviewId: review.id }));
    const mine = mineIsVi ? aligned.vi : aligned.en;
    const out: SentencePair[] = [];
    for (const u of aligned.units) {
      if (!u.viText || !u.enText) continue;
      const first = mine[mineIsVi ? u.viFirst : u.enFirst]!;
      out.push({ unitIndex: first.unitIndex, sentenceIndex: first.sentenceIndex, source: mineIsVi ? u.enText : u.viText, target: mineIsVi ? u.viText : u.enText });
    }
    return { lang: review.lang, pairs: out };
  }

  /** The glossary findings of a draft (its stored content, or `content`: what the editor shows now). */
  function check(reviewId: string, content?: DocState): GlossaryFinding[] {
    const { lang, pairs } = sentencePairs(reviewId, content);
    return checkGlossary(pairs, lang, glossary());
  }

  return {
    refresh, matches, glossaryHits, translate, link, unlink, linkedPairs, alignment, correct, resetCorrections,
    segments, acceptSegment, check,
    /** For benchmarks and tests: the memory's size (entries, both directions). */
    size: () => { refresh(); return memory.size; },
  };
}

export type TmService = ReturnType<typeof createTmService>;
