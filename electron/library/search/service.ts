// Search and sections over the library: what the IPC handlers and the CLI call.
import type { Db } from '../../store/db.ts';
import { withTransaction } from '../../store/db.ts';
import { selectReviewMeta } from '../../store/reviews.ts';
import { selectSections, updateSectionKey } from '../../store/sections.ts';
import { selectSearchRows, setSectionOfBlocks } from '../../store/search.ts';
import type { SearchHit, SearchQuery } from '../../shared/library.ts';
import type { Lang, ReviewKind } from '../../shared/review.ts';
import type { Section, SectionKey } from '../../shared/sections.ts';
import { errors } from '../../shared/errors.ts';
import { parseQuery, toMatchExpression } from './query.ts';
import { snippet } from './snippet.ts';
import { sectionNotFound } from './errors.ts';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

export function searchLibrary(db: Db, query: SearchQuery): SearchHit[] {
  const parsed = parseQuery(query.q);
  const match = toMatchExpression(parsed);
  if (!match) return [];
  const limit = Math.min(Math.max(1, query.limit ?? DEFAULT_LIMIT), MAX_LIMIT);
  const rows = selectSearchRows(db, match, query, limit);
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
