// When the search runs at once, and how many hits it asks for (pure; used by useSearch.ts).
export const PAGE_SIZE = 100;
/** search:query's own limit (electron/ipc/contract.ts). */
export const MAX_HITS = 500;

/** A query that ends a word (a space or punctuation after it): the user finished typing it, no reason to wait. */
export function endsWord(q: string): boolean {
  return q.trim() !== '' && /[\s.,;:!?)\]"'”»]$/u.test(q);
}

/** How many hits to ask for to show `shown` of them and know whether there are more. */
export function requestLimit(shown: number): number {
  return Math.min(shown + 1, MAX_HITS);
}
