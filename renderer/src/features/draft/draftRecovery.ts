// The recovery slot: typing that could not be saved (disk full, database locked, review changed
// elsewhere) is never dropped when the user leaves the review, reloads it or closes the window.
// Like Word's AutoRecover, the draft is kept per review in the window's localStorage and offered back
// (Recover / Discard banner) the next time that review is opened. Free of React so it is tested in Node.
// When the storage refuses the draft (quota: a very long review), it is kept in memory for this window.
import type { DocState } from '../../../../electron/shared/doc.ts';

export interface KeptDraft {
  reviewId: string;
  content: DocState;
  /** When the draft was put aside (ISO). */
  keptAt: string;
}

/** The subset of the Web Storage API the slot needs (localStorage in the app, a fake in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface DraftRecovery {
  /** Keeps `content` as the unsaved draft of the review, replacing an older one. */
  keep(reviewId: string, content: DocState, now?: Date): void;
  /** The kept draft of the review, or null. */
  read(reviewId: string): KeptDraft | null;
  /** Forgets the kept draft (recovered into the editor, or discarded by the user). */
  drop(reviewId: string): void;
}

const keyOf = (reviewId: string) => `rd:unsaved-draft:${reviewId}`;

function isDocState(value: unknown): value is DocState {
  const root = (value as { root?: { type?: unknown; children?: unknown } } | null)?.root;
  return !!root && root.type === 'root' && Array.isArray(root.children);
}

function parse(reviewId: string, raw: string): KeptDraft | null {
  try {
    const value = JSON.parse(raw) as Partial<KeptDraft>;
    if (value.reviewId !== reviewId || typeof value.keptAt !== 'string' || !isDocState(value.content)) return null;
    return { reviewId, content: value.content, keptAt: value.keptAt };
  } catch {
    return null;
  }
}

export function createDraftRecovery(store: KeyValueStore | null): DraftRecovery {
  /** Drafts the store refused (or every draft, without a store): they live as long as the window. */
  const memory = new Map<string, KeptDraft>();
  return {
    keep(reviewId, content, now = new Date()) {
      const draft: KeptDraft = { reviewId, content, keptAt: now.toISOString() };
      memory.delete(reviewId);
      try {
        if (!store) throw new Error('no storage');
        store.setItem(keyOf(reviewId), JSON.stringify(draft));
      } catch (error) {
        console.error('[draft] the unsaved draft is kept in memory only', error);
        try { store?.removeItem(keyOf(reviewId)); } catch { /* an older copy must not win over this one */ }
        memory.set(reviewId, draft);
      }
    },
    read(reviewId) {
      const inMemory = memory.get(reviewId);
      if (inMemory) return inMemory;
      let raw: string | null = null;
      try { raw = store?.getItem(keyOf(reviewId)) ?? null; } catch { raw = null; }
      return raw === null ? null : parse(reviewId, raw);
    },
    drop(reviewId) {
      memory.delete(reviewId);
      try { store?.removeItem(keyOf(reviewId)); } catch { /* nothing to drop */ }
    },
  };
}

function windowStorage(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled
  }
}

/** The app's slot (one per window). */
export const draftRecovery: DraftRecovery = createDraftRecovery(windowStorage());
