// The trash a page at a time (library:trashPage): the first PAGE reviews, more on request, reloaded when
// refreshKey changes (as many rows as were shown), and the keyboard focus kept on the list when a row
// disappears (restored, deleted for good). At 10,000 reviews in the trash, reading all of them was one
// multi-megabyte message and a long render.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { api } from '../../api/index.ts';
import type { ReviewMeta } from '../../../../electron/shared/review.ts';
import { focusLost, focusRowAfterRemoval } from '../../app/focus.ts';

export const TRASH_PAGE = 100;
/** The most a reload asks for at once (the channel's limit). */
const RELOAD_MAX = 1000;

export interface TrashRows {
  /** Reviews in the trash. */
  total: number;
  /** The first rows of the trash, most recently trashed first. */
  rows: ReviewMeta[];
}

export function useTrashPages(options: {
  refreshKey: number;
  onError: (error: unknown) => void;
  listRef: RefObject<HTMLElement | null>;
  rowSelector: string;
}) {
  const { refreshKey, onError, listRef, rowSelector } = options;
  const [trash, setTrash] = useState<TrashRows | null>(null);
  /** How many rows a reload reads again (grows with "show more"). */
  const shown = useRef(TRASH_PAGE);
  /** Index of a row just removed: once the list is reloaded, focus goes to the row now in its place. */
  const removedAt = useRef<number | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  /** The first row a "show more" brought: it gets the focus once drawn (the button may be gone then). */
  const focusAfterMore = useRef<number | null>(null);

  useEffect(() => {
    let live = true;
    api.library.trashPage({ offset: 0, limit: Math.min(RELOAD_MAX, Math.max(TRASH_PAGE, shown.current)) })
      .then((page) => { if (live) setTrash({ total: page.total, rows: page.rows }); })
      .catch((error: unknown) => { if (live) { setTrash({ total: 0, rows: [] }); onError(error); } });
    return () => { live = false; };
  }, [refreshKey, onError]);

  /** Reads the next page; the focus goes to its first row once it is drawn. */
  const showMore = useCallback(async (): Promise<void> => {
    if (!trash || trash.rows.length >= trash.total) return;
    const offset = trash.rows.length;
    setLoadingMore(true);
    try {
      const page = await api.library.trashPage({ offset, limit: TRASH_PAGE });
      shown.current = offset + page.rows.length;
      if (page.rows.length > 0) focusAfterMore.current = offset;
      // Rows already shown (the trash changed in between) are not shown twice.
      setTrash((current) => {
        if (!current) return current;
        const have = new Set(current.rows.map((r) => r.id));
        return { total: page.total, rows: current.rows.concat(page.rows.filter((r) => !have.has(r.id))) };
      });
    } catch (error) {
      onError(error);
    } finally {
      setLoadingMore(false);
    }
  }, [trash, onError]);

  useEffect(() => {
    if (focusAfterMore.current !== null && trash !== null) {
      const first = listRef.current?.querySelectorAll<HTMLElement>(rowSelector)[focusAfterMore.current];
      focusAfterMore.current = null;
      first?.querySelector<HTMLElement>('button')?.focus();
    }
    if (removedAt.current === null || trash === null) return;
    const index = removedAt.current;
    removedAt.current = null;
    if (focusLost()) focusRowAfterRemoval(listRef.current, rowSelector, index);
  }, [trash, listRef, rowSelector]);

  return { trash, removedAt, showMore, loadingMore };
}
