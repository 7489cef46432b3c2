// The draft's save loop, free of React and of the DOM so it can be tested in plain Node.
// Rules: the status turns dirty on the first keystroke (markDirty, before the editor hands over the
// content); a change is saved at most `delayMs` after the last change, and at most `maxWaitMs` after the
// earliest keystroke not yet written, so continuous typing is saved about every `maxWaitMs`; saves never overlap; a failed save keeps the draft in memory and is
// retried on the next change or flush; a stale save (another writer) stops autosaving until reload.
// Every write to the open review goes through here (run()), so the expected updatedAt stays exact.
// Another write (rename, restore) never runs over a draft that could not be saved: run() and
// ensureSaved() throw UnsavedDraftError instead, and the caller decides (see draftRecovery.ts).
import type { DocState } from '../../../../electron/shared/doc.ts';

/**
 * Thrown by run() and ensureSaved() when typed content is still unsaved after trying to write it
 * (the last save failed, or the review was changed elsewhere). `cause` is the save's own error, if any.
 */
export class UnsavedDraftError extends Error {
  readonly code = 'unsaved-draft';
  constructor(cause: unknown) {
    super('The draft could not be saved, so the next write was not made.', { cause });
    this.name = 'UnsavedDraftError';
  }
}

export function isUnsavedDraftError(error: unknown): error is UnsavedDraftError {
  return error instanceof UnsavedDraftError;
}

export type SaveReason = 'autosave' | 'manual';

export type SaveStatus =
  | { kind: 'saved'; at: string | null }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'error'; error: unknown }
  | { kind: 'stale'; error: unknown };

export interface AutosaverOptions {
  save(content: DocState, reason: SaveReason, expectedUpdatedAt: string): Promise<{ updatedAt: string }>;
  onStatus(status: SaveStatus): void;
  isStale(error: unknown): boolean;
  /**
   * Asks the editor to hand over what it holds now (synchronously, through change()): called when a
   * save is due during continuous typing, so the editor serializes once per save instead of on a timer.
   */
  pull?(): void;
  delayMs?: number;
  maxWaitMs?: number;
  /** Injected for tests; defaults to the global clock and timers. */
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export class Autosaver {
  private readonly options: AutosaverOptions;
  private readonly delayMs: number;
  private readonly maxWaitMs: number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;
  private readonly now: () => number;
  private updatedAt: string;
  private pending: DocState | null = null;
  private pendingReason: SaveReason = 'autosave';
  private timer: unknown = null;
  /** When the earliest keystroke not in a save that has started was typed (null: none). */
  private dirtySince: number | null = null;
  /** When the editor's open batch (typed, not handed over by change() yet) began (null: none). */
  private batchSince: number | null = null;
  /** The chain every write joins, so writes never overlap and run in order. */
  private queue: Promise<unknown> = Promise.resolve();
  private stale = false;
  private disposed = false;
  private lastStatus: SaveStatus;

  constructor(updatedAt: string, options: AutosaverOptions) {
    this.options = options;
    this.updatedAt = updatedAt;
    // The budget is "in the database at most 1 s after a keystroke", also during continuous typing:
    // the editor reports changes 150 ms after typing pauses; a save starts 400 ms after the last report
    // or 500 ms after the earliest unsaved keystroke (pulling the editor's content then, if typing goes
    // on), whichever is first; serializing and saving a 200-page review takes 100–250 ms.
    this.delayMs = options.delayMs ?? 400;
    this.maxWaitMs = options.maxWaitMs ?? 500;
    this.now = options.now ?? (() => Date.now());
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    this.lastStatus = { kind: 'saved', at: null };
  }

  get status(): SaveStatus {
    return this.lastStatus;
  }

  get hasPending(): boolean {
    return this.pending !== null;
  }

  /** The draft not written yet (null when everything is saved): what a recovery slot keeps. */
  get pendingContent(): DocState | null {
    return this.pending;
  }

  /** The updatedAt the next save will expect. */
  get baseUpdatedAt(): string {
    return this.updatedAt;
  }

  /** Whether anything typed is not in the store yet (pending here, or still in the editor's debounce). */
  get isDirty(): boolean {
    return this.pending !== null || this.dirtySince !== null;
  }

  /**
   * A keystroke began a new batch in the editor (its content follows through change()): the status
   * turns dirty now, and the max wait counts from here.
   */
  markDirty(): void {
    if (this.disposed) return;
    const at = this.now();
    if (this.batchSince === null) this.batchSince = at;
    if (this.dirtySince === null) this.dirtySince = at;
    if (this.stale) return;
    // The max wait runs from the first keystroke, even before the editor reports the content.
    if (this.timer === null && this.options.pull) this.schedule();
    if (this.lastStatus.kind === 'error' || this.lastStatus.kind === 'saving' || this.lastStatus.kind === 'dirty') return;
    this.setStatus({ kind: 'dirty' });
  }

  /** The batch marked dirty turned out to hold no change (the editor's first report of the loaded text). */
  discardDirtyMark(): void {
    this.batchSince = null;
    if (this.pending !== null) return;
    this.dirtySince = null;
    if (this.lastStatus.kind === 'dirty') this.setStatus({ kind: 'saved', at: null });
  }

  /** The editor reported new content. */
  change(content: DocState): void {
    if (this.disposed) return;
    const at = this.now();
    if (this.dirtySince === null) this.dirtySince = this.batchSince ?? at;
    this.batchSince = null;
    this.pending = content;
    if (this.stale) return; // keep the draft, but do not fight the other writer
    this.setStatus({ kind: 'dirty' });
    this.schedule();
  }

  /** Save whatever is pending now (blur, leaving the review, retry). Resolves when written or failed. */
  flush(): Promise<void> {
    this.cancelTimer();
    return this.enqueue(() => this.writePending());
  }

  /**
   * Ctrl+S: writes `content` (the editor's current state) now as a 'manual' save, which always leaves a
   * version, even when nothing was pending. Resolves when written or failed (see status).
   */
  saveManual(content: DocState): Promise<void> {
    if (this.disposed) return Promise.resolve();
    if (this.dirtySince === null) this.dirtySince = this.batchSince ?? this.now();
    this.batchSince = null;
    this.pending = content;
    this.pendingReason = 'manual';
    this.cancelTimer();
    return this.enqueue(() => this.writePending());
  }

  /** Flushes, then throws UnsavedDraftError when a draft is still unsaved (before an export, say). */
  async ensureSaved(): Promise<void> {
    this.cancelTimer();
    await this.enqueue(() => this.writeAllPending());
    this.throwIfUnsaved();
  }

  /**
   * Runs another write to the open review (rename, metadata, restore) after any pending save, and
   * takes its new updatedAt as the base for the next save.
   */
  run<T extends { updatedAt: string }>(write: () => Promise<T>): Promise<T> {
    this.cancelTimer();
    return this.enqueue(async () => {
      await this.writeAllPending();
      // Never write over a draft that is not in the store: the caller must settle it first.
      this.throwIfUnsaved();
      const result = await write();
      this.updatedAt = result.updatedAt;
      return result;
    });
  }

  /** Resolves when every queued write has finished (succeeded or failed). */
  whenIdle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  /** After reloading the review from the store: forget the draft and the stale state. */
  reset(updatedAt: string): void {
    this.cancelTimer();
    this.pending = null;
    this.pendingReason = 'autosave';
    this.dirtySince = null;
    this.batchSince = null;
    this.stale = false;
    this.updatedAt = updatedAt;
    this.setStatus({ kind: 'saved', at: null });
  }

  dispose(): void {
    this.cancelTimer();
    this.disposed = true;
  }

  private throwIfUnsaved(): void {
    if (this.pending === null) return;
    const status = this.lastStatus;
    throw new UnsavedDraftError(status.kind === 'error' || status.kind === 'stale' ? status.error : undefined);
  }

  private schedule(): void {
    this.cancelTimer();
    const waited = this.now() - (this.dirtySince ?? this.now());
    // Content reported: save after a pause of delayMs; only a keystroke so far: at the max wait.
    const delay = Math.max(0, Math.min(this.pending !== null ? this.delayMs : this.maxWaitMs, this.maxWaitMs - waited));
    this.timer = this.setTimer(() => {
      this.timer = null;
      // Typing still going on: take the editor's current content (it calls change(), which would
      // schedule again: this save covers it).
      if (this.batchSince !== null) {
        this.options.pull?.();
        this.cancelTimer();
      }
      void this.enqueue(() => this.writePending());
    }, delay);
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Writes the pending draft, and then whatever was typed while it was being written, until a save fails. */
  private async writeAllPending(): Promise<void> {
    do await this.writePending();
    while (this.pending !== null && !this.stale && this.lastStatus.kind !== 'error' && !this.disposed);
  }

  private async writePending(): Promise<void> {
    if (this.pending === null || this.stale) return;
    const content = this.pending;
    const reason = this.pendingReason;
    const since = this.dirtySince;
    this.pending = null;
    this.pendingReason = 'autosave';
    // What is typed from now on is not in this save: the max wait counts from the editor's open batch.
    this.dirtySince = this.batchSince;
    if (this.dirtySince !== null && this.timer === null && this.options.pull) this.schedule();
    this.setStatus({ kind: 'saving' });
    try {
      const meta = await this.options.save(content, reason, this.updatedAt);
      this.updatedAt = meta.updatedAt;
      if (!this.isDirty) this.setStatus({ kind: 'saved', at: meta.updatedAt });
      else this.setStatus({ kind: 'dirty' });
    } catch (error) {
      // Never lose typing: put the draft back unless newer content already replaced it.
      if (this.pending === null) {
        this.pending = content;
        if (reason === 'manual') this.pendingReason = 'manual';
      }
      this.dirtySince = this.dirtySince === null ? since : Math.min(this.dirtySince, since ?? this.dirtySince);
      if (this.options.isStale(error)) {
        this.stale = true;
        this.setStatus({ kind: 'stale', error });
      } else {
        this.setStatus({ kind: 'error', error });
      }
    }
  }

  private setStatus(status: SaveStatus): void {
    this.lastStatus = status;
    if (!this.disposed) this.options.onStatus(status);
  }
}
