// Wiring the library index to the reviews service: every write re-detects sections and re-indexes the
// review inside the same transaction; emptying the trash drops the rows (cascade does too; this is explicit).
// Backfill happens HERE, at start, not in migration 004: reviews that are missing from library_index (a
// library created before 004, rows written around the service) or were indexed by an older detector are
// indexed in one transaction. Trashed reviews stay indexed; the search query leaves them out, so a
// restore brings them back without re-indexing.
import type { Db } from '../../store/db.ts';
import { withTransaction } from '../../store/db.ts';
import { selectReview } from '../../store/reviews.ts';
import { deleteReviewIndex, selectUnindexedReviewIds } from '../../store/search.ts';
import type { ReviewHooks } from '../../services/hooks.ts';
import { DETECTOR_VERSION, indexReview } from './index-review.ts';

export interface IndexableServices { db: Db; hooks: ReviewHooks }

/** Indexes every review not yet indexed by the current detector; returns how many. */
export function backfillLibraryIndex(db: Db): number {
  const ids = selectUnindexedReviewIds(db, DETECTOR_VERSION);
  if (!ids.length) return 0;
  withTransaction(db, () => {
    for (const id of ids) {
      const review = selectReview(db, id);
      if (review) indexReview(db, review);
    }
  });
  return ids.length;
}

export function attachLibraryIndex(services: IndexableServices): void {
  const { db, hooks } = services;
  hooks.changed.push((review) => { indexReview(db, review); });
  hooks.purged.push((ids) => { for (const id of ids) deleteReviewIndex(db, id); });
  backfillLibraryIndex(db);
}
