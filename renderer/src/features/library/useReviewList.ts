// The reviews of the library or of the trash, reloaded when refreshKey changes, and the keyboard focus
// kept on the list when a row disappears (moved to the trash, restored, deleted for good).
import { useEffect, useRef, useState, type RefObject } from 'react';
import { api } from '../../api/index.ts';
import type { ReviewMeta } from '../../../../electron/shared/review.ts';
import { focusLost, focusRowAfterRemoval } from '../../app/focus.ts';

export function useReviewList(options: {
  trash: boolean;
  refreshKey: number;
  onError: (error: unknown) => void;
  listRef: RefObject<HTMLElement | null>;
  rowSelector: string;
}) {
  const { trash, refreshKey, onError, listRef, rowSelector } = options;
  const [reviews, setReviews] = useState<ReviewMeta[] | null>(null);
  /** Index of a row just removed: once the list is reloaded, focus goes to the row now in its place. */
  const removedAt = useRef<number | null>(null);

  useEffect(() => {
    let live = true;
    api.reviews.list({ trash })
      .then((list) => { if (live) setReviews(list); })
      .catch((error: unknown) => { if (live) { setReviews([]); onError(error); } });
    return () => { live = false; };
  }, [trash, refreshKey, onError]);

  useEffect(() => {
    if (removedAt.current === null || reviews === null) return;
    const index = removedAt.current;
    removedAt.current = null;
    if (focusLost()) focusRowAfterRemoval(listRef.current, rowSelector, index);
  }, [reviews, listRef, rowSelector]);

  return { reviews, removedAt };
}
