// Debounced search with stale-response protection: only the answer to the newest query is shown,
// and nothing runs on the UI thread while the user types (the query waits DEBOUNCE_MS of quiet) —
// except when the query ends a word (a space or punctuation after it) or Enter is pressed: then it
// runs at once. Results come PAGE_SIZE at a time: one more hit than shown is asked for, so the panel
// can say there are more, and "show more" asks for the next page (up to the contract's MAX_HITS).
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/index.ts';
import type { SearchHit } from '../../../../electron/shared/library.ts';
import type { SearchFilters } from './filters.ts';
import { endsWord, MAX_HITS, PAGE_SIZE, requestLimit } from './searchPaging.ts';

export { MAX_HITS, PAGE_SIZE };

export const DEBOUNCE_MS = 200;
export type { SearchFilters };

export interface SearchState {
  hits: SearchHit[];
  /** The query the hits answer (may lag behind the box while typing). */
  answered: string;
  loading: boolean;
  error: unknown;
  /** More hits exist than are shown (`showMore` fetches them while under MAX_HITS). */
  more: boolean;
  /** Whether showMore can fetch more (false at MAX_HITS: the query must be narrowed). */
  canShowMore: boolean;
  showMore(): void;
}

export function useSearch(q: string, filters: SearchFilters, options: { submitted?: number } = {}): Omit<SearchState, 'showMore'> & { showMore(): void } {
  const [state, setState] = useState<Omit<SearchState, 'showMore' | 'canShowMore'>>({ hits: [], answered: '', loading: false, error: null, more: false });
  const [shown, setShown] = useState(PAGE_SIZE);
  const seq = useRef(0);
  const filterKey = JSON.stringify(filters);
  const query = q.trim();
  const last = useRef({ query: '', filterKey: '' });
  // A new query or new filters start again from the first page.
  if (last.current.query !== query || last.current.filterKey !== filterKey) {
    last.current = { query, filterKey };
    if (shown !== PAGE_SIZE) setShown(PAGE_SIZE);
  }
  const immediate = endsWord(q);
  /** The last Enter seen: a new one runs the query at once. */
  const seenSubmit = useRef(options.submitted ?? 0);

  useEffect(() => {
    const mine = ++seq.current;
    if (!query) {
      setState({ hits: [], answered: '', loading: false, error: null, more: false });
      return;
    }
    setState((current) => ({ ...current, loading: true }));
    const run = () => {
      const parsed = JSON.parse(filterKey) as SearchFilters;
      api.search.query({ q: query, ...parsed, limit: requestLimit(shown) })
        .then((hits) => {
          if (mine !== seq.current) return;
          const more = hits.length > shown || hits.length >= MAX_HITS;
          setState({ hits: hits.slice(0, shown), answered: query, loading: false, error: null, more });
        })
        .catch((error: unknown) => { if (mine === seq.current) setState({ hits: [], answered: query, loading: false, error, more: false }); });
    };
    // Paging, a finished word and Enter run at once; typing in the middle of a word waits for a pause.
    const paging = state.answered === query && shown > PAGE_SIZE;
    const submitted = (options.submitted ?? 0) !== seenSubmit.current;
    seenSubmit.current = options.submitted ?? 0;
    if (immediate || paging || submitted) { run(); return; }
    const timer = setTimeout(run, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, filterKey, shown, immediate, options.submitted]);

  return {
    ...state,
    canShowMore: state.more && shown < MAX_HITS,
    showMore: () => setShown((n) => Math.min(MAX_HITS, n + PAGE_SIZE)),
  };
}

/** Hits grouped by review, in rank order of each review's best hit. */
export function groupHits(hits: readonly SearchHit[]): { reviewId: string; first: SearchHit; hits: SearchHit[] }[] {
  const groups = new Map<string, { reviewId: string; first: SearchHit; hits: SearchHit[] }>();
  for (const hit of hits) {
    const group = groups.get(hit.reviewId);
    if (group) group.hits.push(hit);
    else groups.set(hit.reviewId, { reviewId: hit.reviewId, first: hit, hits: [hit] });
  }
  return [...groups.values()];
}
