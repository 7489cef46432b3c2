// library (issue 15, lib2): the reviews a picker offers (New review's "build on", the translation panel's
// "link with"), asked of the main side (library:choices) with the user's filter words, at most `limit` of
// them, instead of every review's metadata (reviews:list: 10,000 metas and a 10,000-option select).
import { useEffect, useState } from 'react';
import { api } from '../../api/index.ts';
import { useToasts } from '../../app/toasts.tsx';
import type { ReviewChoices } from '../../../../electron/shared/library-page.ts';
import type { Lang, ReviewKind } from '../../../../electron/shared/review.ts';

export const PICKER_LIMIT = 200;

export function useReviewChoices(options: { lang?: Lang; kind?: ReviewKind; notLinkedTo?: string; refreshKey?: number; enabled?: boolean }) {
  const { lang, kind, notLinkedTo, refreshKey = 0, enabled = true } = options;
  const [query, setQuery] = useState('');
  const [choices, setChoices] = useState<ReviewChoices | null>(null);
  const toasts = useToasts();
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const words = query.normalize('NFC').trim();
    api.library.choices({
      limit: PICKER_LIMIT, ...(lang && { lang }), ...(kind && { kind }), ...(notLinkedTo !== undefined && { notLinkedTo }), ...(words && { query: words.slice(0, 200) }),
    })
      .then((found) => { if (live) setChoices(found); })
      // A failed question is said as such (the picker stays empty), not shown as "nothing matches".
      .catch((error: unknown) => { if (live) { setChoices({ total: 0, rows: [] }); toasts.error(error); } });
    return () => { live = false; };
  }, [lang, kind, notLinkedTo, query, refreshKey, enabled, toasts]);
  return { query, setQuery, choices };
}
