// library (issue 15): the library list as a sparse model — the year groups' counts and the rows seen so
// far, by flat position — filled a window at a time through library:page. Nothing here is O(reviews):
// a visit (refreshKey) re-reads only the rows on screen, and scrolling asks for the blocks that come
// into view. A position to reveal (the review that was opened, a new copy) rides on the next refresh.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/index.ts';
import { takeFirstPage, takeFirstPageNow } from '../../app/bootRequests.ts';
import type { LibraryListFilter, LibraryPage, LibraryRow, YearCount } from '../../../../electron/shared/library-page.ts';

import { BLOCK } from './block.ts';

export { BLOCK };
/** At most this many blocks per request (the contract's limit is 500 rows). */
const MAX_BLOCKS = 5;

export interface LibraryModel {
  /** Live reviews in the library (filters aside); null until the first answer. */
  total: number | null;
  years: YearCount[];
  /** The rows known, by flat position in the (filtered) list. */
  rows: ReadonlyMap<number, LibraryRow>;
  /** Counts refresh answers (not block loads): what changed after a visit or an action is in. */
  refreshed: number;
}

/** A row to bring into view (and focus), once its position is known. */
export interface Reveal {
  index: number;
  focus: boolean;
  nonce: number;
}

const EMPTY: LibraryModel = { total: null, years: [], rows: new Map(), refreshed: 0 };

/** Blocks [first, last] covering flat rows [from, to). */
export function blocksFor(from: number, to: number): { first: number; last: number } {
  const first = Math.max(0, Math.floor(from / BLOCK));
  return { first, last: Math.max(first, Math.floor(Math.max(from, to - 1) / BLOCK)) };
}

/** The known rows after an answer: a refresh replaces them all, a block load adds its rows. */
export function mergePage(previous: ReadonlyMap<number, LibraryRow>, page: Pick<LibraryPage, 'offset' | 'rows'>, fresh: boolean): Map<number, LibraryRow> {
  const rows = fresh ? new Map<number, LibraryRow>() : new Map(previous);
  page.rows.forEach((row, i) => rows.set(page.offset + i, row));
  return rows;
}

export function useLibraryPages(options: { filters: LibraryListFilter; refreshKey: number; onError: (error: unknown) => void }) {
  const { filters, refreshKey, onError } = options;
  // The app's first rows may be in already (bootRequests.ts): the first render draws them.
  const [boot] = useState(() => takeFirstPageNow(filters, 0, BLOCK));
  const [model, setModel] = useState<LibraryModel>(() => (boot
    ? { total: boot.total, years: boot.years, rows: mergePage(new Map(), boot, true), refreshed: 1 } : EMPTY));
  const booted = useRef(boot !== null);
  const [reveal, setReveal] = useState<Reveal | null>(null);
  /** The rows the list shows now (flat [from, to)): a refresh re-reads these. */
  const wanted = useRef({ from: 0, to: BLOCK });
  /** Bumped by each refresh: answers to older requests are dropped. */
  const generation = useRef(0);
  /** Blocks asked for or loaded in this generation. */
  const blocks = useRef(new Set<number>(boot ? [0] : []));
  /** The list's effects run before this hook's (children first): until the first refresh is asked,
   *  what it shows is only noted (the refresh reads it), not asked for twice. */
  const started = useRef(false);
  const locate = useRef<{ id: string; focus: boolean } | null>(null);
  const filtersRef = useRef(filters);
  filtersRef.current = filters;
  const filtersKey = JSON.stringify(filters);

  const request = useCallback((first: number, last: number, fresh: boolean) => {
    const gen = generation.current;
    const wantedLocate = fresh ? locate.current : null;
    if (fresh) locate.current = null;
    for (let b = first; b <= last; b++) blocks.current.add(b);
    const offset = first * BLOCK;
    const limit = (last - first + 1) * BLOCK;
    // The app's first rows were asked for before React started (bootRequests.ts).
    const asked = (fresh ? takeFirstPage(filtersRef.current, offset, limit, wantedLocate !== null) : null)
      ?? api.library.page({ filters: filtersRef.current, offset, limit, ...(wantedLocate && { locate: wantedLocate.id }) });
    asked.then((page) => {
      if (gen !== generation.current) return;
      setModel((current) => ({
        total: page.total,
        years: page.years,
        rows: mergePage(current.rows, page, fresh),
        refreshed: current.refreshed + (fresh ? 1 : 0),
      }));
      if (wantedLocate && page.located !== null) setReveal((r) => ({ index: page.located!, focus: wantedLocate.focus, nonce: (r?.nonce ?? 0) + 1 }));
    }).catch((error: unknown) => {
      if (gen !== generation.current) return;
      for (let b = first; b <= last; b++) blocks.current.delete(b);
      if (fresh) setModel((current) => ({ ...current, total: current.total ?? 0, refreshed: current.refreshed + 1 }));
      onError(error);
    });
  }, [onError]);

  // A visit, an action or other filters: re-read the rows in view (the others are fetched when shown).
  useEffect(() => {
    started.current = true;
    if (booted.current) {
      // Mounted with the first rows: nothing to re-read yet.
      booted.current = false;
      return;
    }
    generation.current += 1;
    blocks.current = new Set();
    const { first, last } = blocksFor(wanted.current.from, wanted.current.to);
    request(first, Math.min(last, first + MAX_BLOCKS - 1), true);
  }, [refreshKey, filtersKey, request]);

  /** The list shows rows [from, to): load the blocks not asked for yet. */
  const showing = useCallback((from: number, to: number) => {
    wanted.current = { from, to };
    if (!started.current) return;
    const { first, last } = blocksFor(from, to);
    let start: number | null = null;
    for (let b = first; b <= last + 1; b++) {
      const missing = b <= last && !blocks.current.has(b);
      if (missing && start === null) start = b;
      if (start !== null && (!missing || b - start === MAX_BLOCKS)) {
        request(start, b - 1, false);
        start = missing ? b : null;
      }
    }
  }, [request]);

  /** Reveal review `id` after the next refresh (its position may change with it). */
  const locateOnRefresh = useCallback((id: string, focus: boolean) => { locate.current = { id, focus }; }, []);

  /** Type-ahead over the whole (filtered) list, answered by the main side. */
  const find = useCallback(async (prefix: string, from: number) => (await api.library.find({ filters: filtersRef.current, prefix, from })).index, []);

  return { model, reveal, showing, locateOnRefresh, find };
}
