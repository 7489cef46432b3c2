// The reuse service (issue 11): what the IPC handlers and the CLI call. Reads the library (sections,
// search index), the reference data (drafting) and a review; the heavy parts are pure modules:
// similarity/ (fuzzy matching), roll/ (roll-forward), check/ (stale facts), marks.ts.
import type { Db } from '../store/db.ts';
import { selectReview } from '../store/reviews.ts';
import { selectSections } from '../store/sections.ts';
import {
  selectBlockTexts, selectPhraseBlocks, selectReuseCounts, selectReuseOf, selectSectionsByKey, type LibraryParagraphRow,
} from '../store/reuse.ts';
import { selectTermDocCount } from '../store/search.ts';
import type { ReviewHooks } from '../services/hooks.ts';
import type { Review, Lang, ReviewKind } from '../shared/review.ts';
import type { SectionKey } from '../shared/sections.ts';
import type { DocBlock } from '../shared/doc.ts';
import type {
  CheckFinding, ConcordanceLine, ParagraphRef, ReuseCount, RolledInsert, SectionVersion, SimilarParagraph,
} from '../shared/reuse.ts';
import { errors } from '../shared/errors.ts';
import { doc, paragraph } from '../shared/doc-build.ts';
import { foldWithMap, fold } from '../library/fold.ts';
import { parseQuery, toMatchExpression } from '../library/search/query.ts';
import { loadReference } from '../drafting/reference/load.ts';
import { meetingDayOf } from '../drafting/fields/meeting-date.ts';
import { byNewest, LibrarySimilarity } from './library-index.ts';
import { matchDiff } from './similarity/diff.ts';
import { rollReferenceFrom } from './reference-adapter.ts';
import type { RollReference } from './roll/reference.ts';
import { rollText } from './roll/roll.ts';
import { rollBlocks, settleMarks } from './marks.ts';
import { checkStaleFacts } from './check/stale-facts.ts';
import { syncReuseLinks } from './links.ts';

export interface ReuseServiceOptions { db: Db; hooks: ReviewHooks; resourcesDir: string }

export const SIMILAR_MIN_SCORE = 0.7;
export const SIMILAR_LIMIT = 5;
export const CONCORDANCE_LIMIT = 200;
/** Above this many matching blocks, phrase lookup reads the most recent ones instead of sorting all. */
const CONCORDANCE_SORT_MAX = 2_000;
const SECTION_VERSIONS_LIMIT = 60;


const SENTENCE = /[^.!?;\n]+[.!?;]*/gu;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The phrase's folded words with anything but letters and digits between them (as FTS5 reads it). */
function phraseRegExp(phrase: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${phrase.split(' ').map(escapeRe).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u');
}

/** The sentences of a block containing the phrase, split around its first occurrence. */
function concordanceLines(row: LibraryParagraphRow, phrase: RegExp): ConcordanceLine[] {
  const out: ConcordanceLine[] = [];
  const ref: ParagraphRef = {
    reviewId: row.reviewId, title: row.title, year: row.year, lang: row.lang as Lang, kind: row.kind as ReviewKind,
    section: row.section as SectionKey | null, blockIndex: row.blockIndex,
  };
  for (const m of row.text.normalize('NFC').matchAll(SENTENCE)) {
    const sentence = m[0].trim();
    if (!phrase.test(fold(sentence))) continue; // cheap test first; offsets only for the sentences shown
    const f = foldWithMap(sentence);
    const hit = phrase.exec(f.folded);
    if (!hit) continue;
    const start = f.map[hit.index]!;
    const end = f.map[hit.index + hit[0].length]!;
    out.push({ ref, before: sentence.slice(0, start), match: sentence.slice(start, end), after: sentence.slice(end) });
  }
  return out;
}

export function createReuseService({ db, hooks, resourcesDir }: ReuseServiceOptions) {
  const similarity = new LibrarySimilarity(db);
  hooks.changed.push((review) => {
    similarity.touch(review.id);
    syncReuseLinks(db, review.id, review.content);
  });
  hooks.purged.push((ids) => { for (const id of ids) similarity.touch(id); });

  // The reference, reloaded when the user's edits change (their count and latest time are the key).
  let cached: { key: string; ref: RollReference } | null = null;
  function reference(): RollReference {
    const row = db.prepare('SELECT count(*) AS n, coalesce(max(updated_at), \'\') AS at FROM reference_edits').get() as { n: number; at: string };
    const key = `${row.n}|${row.at}`;
    if (!cached || cached.key !== key) cached = { key, ref: rollReferenceFrom(loadReference({ resourcesDir, db }).data) };
    return cached.ref;
  }

  function review(id: string): Review {
    const r = selectReview(db, id);
    if (!r) throw errors.reviewNotFound(id);
    return r;
  }

  /** The closest past paragraphs (≥ 70 %, top 5), tone-mark-insensitive, with word differences. */
  function similar(query: { text: string; lang?: Lang; excludeReviewId?: string; limit?: number; minScore?: number }): SimilarParagraph[] {
    const text = query.text.normalize('NFC').trim();
    if (!text) return [];
    const matches = similarity.current().query(text, {
      minScore: query.minScore ?? SIMILAR_MIN_SCORE,
      limit: query.limit ?? SIMILAR_LIMIT,
      filter: (p) => p.reviewId !== query.excludeReviewId && (!query.lang || p.lang === query.lang),
      order: byNewest,
    });
    return matches.map((m) => ({
      score: Math.floor(m.score * 100 + 1e-9),
      text: m.text,
      occurrences: m.occurrences,
      total: m.total,
      diff: matchDiff(text, m.text),
    }));
  }

  /** Every past sentence containing the phrase (tone-mark-insensitive), newest year first. */
  function concordance(query: { phrase: string; lang?: Lang; excludeReviewId?: string; limit?: number }): ConcordanceLine[] {
    const parsed = parseQuery(`"${query.phrase.replace(/"/g, ' ')}"`);
    const match = toMatchExpression(parsed);
    if (!match) return [];
    const limit = Math.min(query.limit ?? CONCORDANCE_LIMIT, 1000);
    const terms = parsed.phrases[0]!.terms;
    const bound = Math.min(...terms.map((t) => selectTermDocCount(db, t, false)));
    const rows = selectPhraseBlocks(db, match, limit + 1, bound <= CONCORDANCE_SORT_MAX ? 'year' : 'recent', query.lang)
      .filter((r) => r.reviewId !== query.excludeReviewId);
    rows.sort((a, b) => b.year - a.year || a.reviewId.localeCompare(b.reviewId) || a.blockIndex - b.blockIndex);
    const phrase = phraseRegExp(terms.join(' '));
    const lines: ConcordanceLine[] = [];
    for (const row of rows) {
      for (const line of concordanceLines(row, phrase)) if (lines.length < limit) lines.push(line);
      if (lines.length >= limit) break;
    }
    return lines;
  }

  /** The section key of a block of a review, from its saved sections. */
  function sectionAt(reviewId: string, blockIndex: number): SectionKey | null {
    const s = selectSections(db, reviewId).find((x) => blockIndex >= x.blockStart && blockIndex < x.blockEnd);
    return s?.key ?? null;
  }

  /** The same section from every other review, newest first, readable in full. A section that is only its
   *  heading ("I. TÌNH HÌNH HỢP TÁC ASEAN NĂM 2025", whose parts are sections of their own) has nothing to
   *  reuse: "Insert section" would put in a heading alone. */
  function sectionVersions(query: { reviewId: string; key: SectionKey }): SectionVersion[] {
    const rows = selectSectionsByKey(db, query.key, query.reviewId, SECTION_VERSIONS_LIMIT);
    const counts = new Map<string, number>();
    return rows.map((row) => {
      const key = `${row.reviewId}|${row.key}`;
      let reusedIn = counts.get(key);
      if (reusedIn === undefined) {
        reusedIn = new Set(selectReuseOf(db, row.reviewId).filter((l) => l.sourceSection === row.key).map((l) => l.draftId)).size;
        counts.set(key, reusedIn);
      }
      return {
        reviewId: row.reviewId, title: row.title, year: row.year, lang: row.lang as Lang, kind: row.kind as ReviewKind,
        key: row.key as SectionKey, sectionTitle: row.sectionTitle, blockStart: row.blockStart, blockEnd: row.blockEnd,
        paragraphs: selectBlockTexts(db, row.reviewId, row.blockStart, row.blockEnd),
        reusedIn,
      };
    }).filter((v) => !(v.blockEnd - v.blockStart === 1 && v.paragraphs.length <= 1 && (v.paragraphs[0]?.text.trim() ?? '') === v.sectionTitle.trim()));
  }

  /** Blocks [blockStart, blockEnd) of a past review, rolled forward to `toYear`, as marks, with provenance. */
  function rollInsert(query: { sourceId: string; blockStart: number; blockEnd: number; toYear: number }): RolledInsert {
    const source = review(query.sourceId);
    const blocks = source.content.root.children.slice(query.blockStart, query.blockEnd) as DocBlock[];
    const section = sectionAt(source.id, query.blockStart);
    const rolled = rollBlocks(blocks, { fromYear: source.year, toYear: query.toYear, reference: reference() },
      { reviewId: source.id, year: source.year, title: source.title, section, lang: source.lang });
    return { blocks: rolled.blocks, changes: rolled.changes.map((c) => ({ old: c.old, new: c.new, rule: c.rule })), notes: rolled.notes.map((n) => ({ text: n.text, rule: n.rule })) };
  }

  /** A piece of text (a selection in the panel) from a past review, rolled forward. */
  function rollSelection(query: { sourceId: string; text: string; toYear: number }): RolledInsert {
    const source = review(query.sourceId);
    const blocks: DocBlock[] = query.text.normalize('NFC').split(/\n+/u).filter((t) => t.trim()).map((t) => paragraph(t.trim()));
    const rolled = rollBlocks(blocks, { fromYear: source.year, toYear: query.toYear, reference: reference() });
    return { blocks: rolled.blocks, changes: rolled.changes.map((c) => ({ old: c.old, new: c.new, rule: c.rule })), notes: rolled.notes.map((n) => ({ text: n.text, rule: n.rule })) };
  }

  /** `roll ID --section KEY --to-year Y`: the section's text as it reads once every change is accepted. */
  function rollSection(query: { reviewId: string; key: SectionKey; toYear: number }) {
    const source = review(query.reviewId);
    const sections = selectSections(db, source.id).filter((s) => s.key === query.key);
    if (!sections.length) throw errors.invalidArgument(`--section ${query.key}: không có trong bài / not in this review`);
    const blocks = sections.flatMap((s) => source.content.root.children.slice(s.blockStart, s.blockEnd)) as DocBlock[];
    const rolled = rollBlocks(blocks, { fromYear: source.year, toYear: query.toYear, reference: reference() });
    const accepted = settleMarks(doc(rolled.blocks), 'accept');
    return { review: { id: source.id, title: source.title, year: source.year }, toYear: query.toYear, blocks: accepted.root.children, changes: rolled.changes, notes: rolled.notes };
  }

  /** The stale-fact check of a saved review. */
  function check(reviewId: string): CheckFinding[] {
    const r = review(reviewId);
    const meeting = meetingDayOf(r.fields, r.content, r.year);
    return checkStaleFacts(r.content, { year: r.year, lang: r.lang, ...(meeting ? { asOf: meeting } : {}) }, reference());
  }

  /** Where a review's sections were reused. */
  function reuseOf(reviewId: string): ReuseCount[] {
    const bySection = new Map<string, ReuseCount>();
    for (const l of selectReuseOf(db, reviewId)) {
      const key = l.sourceSection;
      let entry = bySection.get(key);
      if (!entry) bySection.set(key, (entry = { reviewId, section: key || null, drafts: [] }));
      entry.drafts.push({ reviewId: l.draftId, title: l.title, year: l.year, blocks: l.blocks });
    }
    return [...bySection.values()];
  }

  return {
    similar, concordance, sectionAt, sectionVersions, rollInsert, rollSelection, rollSection, check, reuseOf,
    reuseCounts: () => Object.fromEntries(selectReuseCounts(db)),
    reference,
    /** Builds the similarity index now (e.g. when the app is idle after start). */
    warm: () => { similarity.current(); },
    rollText: (text: string, fromYear: number, toYear: number) => rollText(text, { fromYear, toYear, reference: reference() }),
    fold,
  };
}

export type ReuseService = ReturnType<typeof createReuseService>;
