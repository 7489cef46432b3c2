// reuse (issue 11): how many drafts reused each review, for the library list (from reuse_links, kept
// in step with the drafts' content on every save). Re-read when the list changes.
import { useEffect, useState } from 'react';
import { api } from '../../api/index.ts';

export function useReuseCounts(listKey: unknown): Record<string, number> {
  const [counts, setCounts] = useState<Record<string, number>>({});
  useEffect(() => {
    let live = true;
    api.reuse.counts({}).then((c) => { if (live) setCounts(c); }).catch(() => undefined);
    return () => { live = false; };
  }, [listKey]);
  return counts;
}
