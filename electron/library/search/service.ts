// Search and sections over the library: what the IPC handlers and the CLI call.
import type { Db } from '../../store/db.ts';
import { withTransaction } from '../../store/db.ts';
import { selectReviewMeta } from '../../store/reviews.ts';
import { selectSections, updateSectionKey } from '../../store/sections.ts';
import { selectSearchRows, selectTermDocCount, setSectionOfBlocks } from '../../store/search.ts';
import type { SearchHit, SearchQuery } from '../../shared/library.ts';
import type { Lang, ReviewKind } from '../../shared/review.ts';
import type { Section, SectionKey } from '../../shared/sections.ts';
import { errors } from '../../shared/errors.ts';
import { parseQuery, toMatchExpression, type ParsedQuery } from './query.ts';
import { snippet } from './snippet.ts';
import { sectionNotFound } from './errors.ts';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

/**
 * Ranking every match with bm25 costs about 0.5 µs per matching block; above this many (a word that is in
 * most paragraphs, like "bộ" or "các"), search takes the most recently written matches instead and ranks
 * those, so a common word never stalls the search box. Tuned with bench/search.bench.ts.
 */
export const RANK_ALL_MAX = 15_000;

/** An upper bound of the number of matching blocks: every phrase must match, so the rarest term bounds it. */
export function matchBound(db: Db, query: ParsedQuery): number {
  let bound = Infinity;
  for (const phrase of query.phrases) {
    phrase.terms.forEach((term, i) => {
      bound = Math.min(bound, selectTermDocCount(db, term, phrase.prefix && i === phrase.terms.length - 1));
    });
  }
  return bound;
}

export function searchLibrary(db: Db, query: SearchQuery, options: { rankAllMax?: number } = {}): SearchHit[] {
  const parsed = parseQuery(query.q);
  const match = toMatchExpression(parsed);
  if (!match) return [];
  const limit = Math.min(Math.max(1, query.limit ?? DEFAULT_LIMIT), MAX_LIMIT);
  const order = matchBound(db, parsed) <= (options.rankAllMax ?? RANK_ALL_MAX) ? 'rank' : 'recent';
  const rows = selectSearchRows(db, match, query, limit, order);
  if (order === 'recent') rows.sort((a, b) => a.rank - b.rank);
  return rows.map((row) => ({
    reviewId: row.reviewId,
    title: row.title,
    year: row.year,
    lang: row.lang as Lang,
    kind: row.kind as ReviewKind,
    section: row.section as SectionKey | null,
    blockIndex: row.blockIndex,
    snippet: snippet(row.text, parsed),
    rank: row.rank,
  }));
}

export function listSections(db: Db, reviewId: string): Section[] {
  if (!selectReviewMeta(db, reviewId)) throw errors.reviewNotFound(reviewId);
  return selectSections(db, reviewId);
}

/** The user's correction: kept across re-saves (sections/corrections.ts) and applied to the search rows. */
export function setSectionKey(db: Db, reviewId: string, ordinal: number, key: SectionKey): Section[] {
  return withTransaction(db, () => {
    const sections = listSections(db, reviewId);
    const section = sections.find((s) => s.ordinal === ordinal);
    if (!section || !updateSectionKey(db, reviewId, ordinal, key)) throw sectionNotFound(ordinal);
    setSectionOfBlocks(db, reviewId, section.blockStart, section.blockEnd, key);
    return selectSections(db, reviewId);
  });
}
