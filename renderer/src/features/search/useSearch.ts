// Debounced search with stale-response protection: only the answer to the newest query is shown,
// and nothing runs on the UI thread while the user types (the query waits DEBOUNCE_MS of quiet).
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/index.ts';
import type { SearchHit } from '../../../../electron/shared/library.ts';
import type { SearchFilters } from './filters.ts';

export const DEBOUNCE_MS = 200;

export type { SearchFilters };

export interface SearchState {
  hits: SearchHit[];
  /** The query the hits answer (may lag behind the box while typing). */
  answered: string;
  loading: boolean;
  error: unknown;
}

export function useSearch(q: string, filters: SearchFilters): SearchState {
  const [state, setState] = useState<SearchState>({ hits: [], answered: '', loading: false, error: null });
  const seq = useRef(0);
  const filterKey = JSON.stringify(filters);

  useEffect(() => {
    const query = q.trim();
    const mine = ++seq.current;
    if (!query) {
      setState({ hits: [], answered: '', loading: false, error: null });
      return;
    }
    setState((current) => ({ ...current, loading: true }));
    const timer = setTimeout(() => {
      const parsed = JSON.parse(filterKey) as SearchFilters;
      api.search.query({ q: query, ...parsed, limit: 100 })
        .then((hits) => { if (mine === seq.current) setState({ hits, answered: query, loading: false, error: null }); })
        .catch((error: unknown) => { if (mine === seq.current) setState({ hits: [], answered: query, loading: false, error }); });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [q, filterKey]);

  return state;
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
