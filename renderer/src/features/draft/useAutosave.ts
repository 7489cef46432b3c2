// React glue for the Autosaver: one per open review, status as state, flush on blur / page hide /
// before unload, and a ref to the newest content (for the history diff and export).
import { useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../../api/index.ts';
import type { DocState } from '../../../../electron/shared/doc.ts';
import { Autosaver, type SaveStatus } from './autosaver.ts';

/** Savers of the open reviews, so the shell can write pending typing before the window closes. */
const activeSavers = new Set<Autosaver>();

/** Called by the Electron main (before closing the window) and the test bridge (before a restart). */
export async function flushPendingSaves(): Promise<void> {
  await Promise.all([...activeSavers].map((saver) => saver.flush()));
}
window.rdFlushPendingSaves = flushPendingSaves;

declare global {
  interface Window {
    rdFlushPendingSaves?: () => Promise<void>;
  }
}

export function useAutosave(reviewId: string, loadedUpdatedAt: string | null, onSaved: (updatedAt: string) => void) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved', at: null });
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const [saver, setSaver] = useState<Autosaver | null>(null);
  const ready = loadedUpdatedAt !== null;
  const initialUpdatedAt = useRef(loadedUpdatedAt);
  initialUpdatedAt.current = loadedUpdatedAt;

  // One saver per opened review; reloads of the same review go through saver.reset().
  useEffect(() => {
    if (!ready || initialUpdatedAt.current === null) return;
    const created = new Autosaver(initialUpdatedAt.current, {
      save: (content, reason, expectedUpdatedAt) => api.reviews.save({ id: reviewId, content, reason, expectedUpdatedAt }),
      isStale: (error) => error instanceof ApiError && error.code === 'stale-save',
      onStatus: (next) => {
        setStatus(next);
        if (next.kind === 'saved' && next.at) onSavedRef.current(next.at);
      },
    });
    activeSavers.add(created);
    setSaver(created);
    setStatus(created.status);
    const flush = () => { if (created.hasPending) void created.flush(); };
    const onVisibility = () => { if (document.visibilityState === 'hidden') flush(); };
    window.addEventListener('blur', flush);
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('blur', flush);
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      // Leaving the review (or the screen): write what is pending, then stop reporting.
      void created.flush().finally(() => { created.dispose(); activeSavers.delete(created); });
      setSaver(null);
    };
  }, [reviewId, ready]);

  return { saver, status };
}

export function changeHandler(saver: Autosaver | null, latest: { current: DocState | null }) {
  return (state: DocState) => {
    latest.current = state;
    saver?.change(state);
  };
}
