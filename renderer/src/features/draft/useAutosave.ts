// React glue for the Autosaver: one per open review, status as state, flush on blur / page hide /
// before unload. A draft that cannot be saved is never dropped: it goes to the recovery slot
// (draftRecovery.ts) when a save fails and when the review is left or the window closes with it unsaved.
import { useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../../api/index.ts';
import { flushLiveEditors } from '../../editor/ReviewEditor.tsx';
import { pullLiveEditorChanges } from '../../editor/liveEditors.ts';
import { docJsonText } from '../../editor/incrementalExport.ts';
import { Autosaver, type SaveReason, type SaveStatus } from './autosaver.ts';
import { blockSplice } from './blockSplice.ts';
import type { DocState } from '../../../../electron/shared/doc.ts';
import type { ReviewMeta } from '../../../../electron/shared/review.ts';
import { draftRecovery } from './draftRecovery.ts';

/** Savers of the open reviews (with their review id), so the shell can write pending typing before the window closes. */
const activeSavers = new Map<Autosaver, string>();

/** Puts a draft that is still unsaved aside; returns whether there was one. */
function keepIfUnsaved(saver: Autosaver, reviewId: string): boolean {
  const content = saver.pendingContent;
  if (content === null) return false;
  draftRecovery.keep(reviewId, content);
  return true;
}

/**
 * Called by the Electron main (before closing the window) and the test bridge (before a restart):
 * the editors hand over what is still in their debounce, the savers write it, and whatever could not
 * be written is kept in the recovery slot.
 */
export async function flushPendingSaves(): Promise<void> {
  flushLiveEditors();
  const savers = [...activeSavers];
  await Promise.all(savers.map(([saver]) => saver.flush()));
  for (const [saver, reviewId] of savers) keepIfUnsaved(saver, reviewId);
}
window.rdFlushPendingSaves = flushPendingSaves;

declare global {
  interface Window {
    rdFlushPendingSaves?: () => Promise<void>;
  }
}

export interface AutosaveCallbacks {
  /** A save succeeded: the review's new updatedAt. */
  onSaved(updatedAt: string): void;
  /** What a save returned: the review's metadata as stored (a save may set the meeting date typed in
   *  the document's chip). */
  onSavedMeta?(meta: ReviewMeta): void;
  /** The review was left (or closed) with a draft that could not be saved: it is in the recovery slot. */
  onLeftUnsaved(): void;
}

export function useAutosave(reviewId: string, loadedUpdatedAt: string | null, callbacks: AutosaveCallbacks) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved', at: null });
  const callbacksRef = useRef(callbacks);
  callbacksRef.current = callbacks;

  const [saver, setSaver] = useState<Autosaver | null>(null);
  /** Takes the editor's serialization of the review as opened (ReviewEditor's onBaseline). */
  const [baseline, setBaseline] = useState<(content: DocState) => void>(() => () => undefined);
  const ready = loadedUpdatedAt !== null;
  const initialUpdatedAt = useRef(loadedUpdatedAt);
  initialUpdatedAt.current = loadedUpdatedAt;

  // One saver per opened review; reloads of the same review go through saver.reset().
  useEffect(() => {
    if (!ready || initialUpdatedAt.current === null) return;
    /** Whether this saver put a draft in the recovery slot (so its own later success may clear it). */
    let keptBySaver = false;
    /** What the last save of this saver wrote, and the updatedAt it got: the base of the next splice.
     *  Before the first save: the editor's serialization of the review as loaded (baseline), with the
     *  updatedAt it was loaded at (a reload or restore changes that, and the splice is not tried then). */
    let lastSaved: { content: DocState; updatedAt: string } | null = null;
    const loadedAt = initialUpdatedAt.current;
    const save = async (content: DocState, reason: SaveReason, expectedUpdatedAt: string): Promise<ReviewMeta> => {
      // Typing: only the blocks changed since this saver's last save (blockSplice.ts). If the store
      // refuses the splice (its content is not that save's any more), the whole content is saved, which
      // also reports a real conflict with another writer.
      const splice = reason === 'autosave' && lastSaved?.updatedAt === expectedUpdatedAt ? blockSplice(lastSaved.content, content) : null;
      let meta: ReviewMeta | null = null;
      if (splice) {
        meta = await api.reviews.saveBlocks({ id: reviewId, baseUpdatedAt: expectedUpdatedAt, ...splice, blocks: JSON.stringify(splice.blocks) })
          .catch(() => null);
      }
      // As JSON text: the editor keeps its blocks' texts between saves (incrementalExport.ts).
      meta ??= await api.reviews.save({ id: reviewId, content: docJsonText(content), reason, expectedUpdatedAt });
      lastSaved = { content, updatedAt: meta.updatedAt };
      callbacksRef.current.onSavedMeta?.(meta);
      return meta;
    };
    const created: Autosaver = new Autosaver(initialUpdatedAt.current, {
      save,
      isStale: (error) => error instanceof ApiError && error.code === 'stale-save',
      // A save is due while typing goes on: the editor hands over its current content right now.
      pull: () => pullLiveEditorChanges(),
      onStatus: (next) => {
        // The same status again (dirty → dirty while typing) is no change: no re-render of the screen.
        setStatus((current) => (current.kind === next.kind && (next.kind === 'dirty' || next.kind === 'saving') ? current : next));
        // Keep the draft aside as soon as a save fails, so even a crash of the window cannot lose it.
        if (next.kind === 'error' || next.kind === 'stale') keptBySaver = keepIfUnsaved(created, reviewId) || keptBySaver;
        if (next.kind === 'saved') {
          // A save went through (`at` set): the kept draft is in the store now. A reset (`at` null, the
          // review reloaded) hands the kept draft to the recovery banner instead: it stays.
          if (next.at !== null && keptBySaver) draftRecovery.drop(reviewId);
          keptBySaver = false;
        }
        if (next.kind === 'saved' && next.at) callbacksRef.current.onSaved(next.at);
      },
    });
    activeSavers.set(created, reviewId);
    setSaver(created);
    setBaseline(() => (content: DocState) => {
      if (lastSaved === null && created.baseUpdatedAt === loadedAt) lastSaved = { content, updatedAt: loadedAt };
    });
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
      // Leaving the review (or the screen): the editor hands over its last keystrokes (it unmounts after
      // this cleanup), the saver writes them, and a draft that could not be written is kept for recovery.
      flushLiveEditors();
      void created.flush().finally(() => {
        if (keepIfUnsaved(created, reviewId)) callbacksRef.current.onLeftUnsaved();
        created.dispose();
        activeSavers.delete(created);
      });
      setSaver(null);
    };
  }, [reviewId, ready]);

  return { saver, status, baseline };
}
