// Library grouping: reviews by year, newest year first; within a year the most recently updated first.
import type { ReviewMeta } from '../../../../electron/shared/review.ts';

export function groupByYear<T extends Pick<ReviewMeta, 'year' | 'updatedAt'>>(reviews: readonly T[]): { year: number; reviews: T[] }[] {
  const byYear = new Map<number, T[]>();
  for (const review of reviews) {
    const list = byYear.get(review.year) ?? [];
    list.push(review);
    byYear.set(review.year, list);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => b - a)
    // ISO timestamps compare as plain strings; localeCompare cost ~100 ms on 10,000 reviews.
    .map(([year, list]) => ({ year, reviews: list.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)) }));
}
