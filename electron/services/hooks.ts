// Listeners that keep derived data (sections, search index) in step with the reviews table.
// They run synchronously inside the writing transaction, so derived data never lags or half-commits.
import type { Review } from '../shared/review.ts';

export interface ReviewHooks {
  /** After a review's content or metadata was written (created, saved, imported, restored). */
  changed: ((review: Review) => void)[];
  /** After reviews were removed for good (trash emptied). */
  purged: ((ids: string[]) => void)[];
}

export function createHooks(): ReviewHooks {
  return { changed: [], purged: [] };
}
