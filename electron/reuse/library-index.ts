// The similarity index over the library's paragraphs, kept in step with the reviews lazily: a write
// marks the review dirty (hooks.changed, inside the save, costs nothing), and the next query re-reads
// only the dirty reviews' rows from the search index. Built on first use.
import type { Db } from '../store/db.ts';
import { selectLibraryParagraphs, type LibraryParagraphRow } from '../store/reuse.ts';
import type { ParagraphRef } from '../shared/reuse.ts';
import type { Lang, ReviewKind } from '../shared/review.ts';
import type { SectionKey } from '../shared/sections.ts';
import { SimilarityIndex } from './similarity/index.ts';

/** Blocks shorter than this many characters (headings, "Nơi nhận") are not worth matching. */
const MIN_CHARS = 25;

/** Newest year first, then by review and place (plain comparisons: this sorts thousands of occurrences). */
export function byNewest(a: ParagraphRef, b: ParagraphRef): number {
  return b.year - a.year || (a.reviewId < b.reviewId ? -1 : a.reviewId > b.reviewId ? 1 : 0) || a.blockIndex - b.blockIndex;
}

function refOf(row: LibraryParagraphRow): ParagraphRef {
  return {
    reviewId: row.reviewId, title: row.title, year: row.year, lang: row.lang as Lang, kind: row.kind as ReviewKind,
    section: row.section as SectionKey | null, blockIndex: row.blockIndex,
  };
}

export class LibrarySimilarity {
  private index: SimilarityIndex<ParagraphRef> | null = null;
  private byReview = new Map<string, string[]>();
  private dirty = new Set<string>();

  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  /** A review was written or removed: re-read on the next query. */
  touch(reviewId: string): void {
    if (this.index) this.dirty.add(reviewId);
  }

  private addRows(index: SimilarityIndex<ParagraphRef>, rows: readonly LibraryParagraphRow[]): void {
    for (const row of rows) {
      if (row.text.length < MIN_CHARS) continue;
      const id = `${row.reviewId}#${row.blockIndex}`;
      index.add(id, row.text, refOf(row));
      const list = this.byReview.get(row.reviewId);
      if (list) list.push(id);
      else this.byReview.set(row.reviewId, [id]);
    }
  }

  /** The index, built or brought up to date. */
  current(): SimilarityIndex<ParagraphRef> {
    if (!this.index) {
      this.index = new SimilarityIndex<ParagraphRef>(byNewest);
      this.addRows(this.index, selectLibraryParagraphs(this.db));
      this.dirty.clear();
    }
    for (const reviewId of this.dirty) {
      for (const id of this.byReview.get(reviewId) ?? []) this.index.remove(id);
      this.byReview.delete(reviewId);
      this.addRows(this.index, selectLibraryParagraphs(this.db, reviewId));
    }
    this.dirty.clear();
    return this.index;
  }
}
