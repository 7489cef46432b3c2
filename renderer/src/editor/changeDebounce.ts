// A debounce with a maximum wait, free of Lexical and the DOM (tested in plain Node, also driven by the
// crash test's simulated typist). `touch()` on every change: `onStart` runs on the first change of a
// batch (the status turns "Chưa lưu" at once), `onFire` runs `waitMs` after the last change, or
// `maxWaitMs` after the batch's first one during continuous typing, so a held key or a long IME burst
// still reaches the autosaver regularly instead of never.
/** The editor hands its state over this long after typing pauses... */
export const CHANGE_DEBOUNCE_MS = 150;
/**
 * ...and at least this often during continuous typing. The autosaver pulls the content itself when a
 * save is due (every ~500 ms, see autosaver.ts), so this is a backstop: serializing a 200-page review
 * costs several ms, and doing it more often than saves need would only slow typing down.
 */
export const CHANGE_MAX_WAIT_MS = 1000;

export interface MaxWaitDebounceOptions {
  waitMs: number;
  maxWaitMs: number;
  onStart(): void;
  onFire(): void;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface MaxWaitDebounce {
  /** A change happened. */
  touch(): void;
  /** Runs onFire now if a batch is open (Ctrl+S, leaving, unmount). */
  flush(): void;
  /** Forgets the open batch without firing. */
  cancel(): void;
  readonly pending: boolean;
}

export function createMaxWaitDebounce(options: MaxWaitDebounceOptions): MaxWaitDebounce {
  const now = options.now ?? (() => performance.now());
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let timer: unknown = null;
  let batchStartedAt = 0;

  const fire = () => {
    if (timer === null) return;
    clearTimer(timer);
    timer = null;
    options.onFire();
  };

  return {
    touch() {
      const t = now();
      if (timer === null) {
        batchStartedAt = t;
        options.onStart();
      } else {
        clearTimer(timer);
      }
      const wait = Math.max(0, Math.min(options.waitMs, batchStartedAt + options.maxWaitMs - t));
      timer = setTimer(fire, wait);
    },
    flush: fire,
    cancel() {
      if (timer !== null) clearTimer(timer);
      timer = null;
    },
    get pending() {
      return timer !== null;
    },
  };
}
