// A virtual clock for tests of the save loop (debounce, autosaver): timers run in time order as the
// clock advances, with promise jobs settled between them, so async saves finish "instantly" or after
// a simulated duration. Used only by tests, and by nothing that ships.
export class VirtualClock {
  private time = 0;
  private nextId = 0;
  private readonly pending = new Map<number, { at: number; fn: () => void }>();

  now(): number {
    return this.time;
  }

  timers(): { now: () => number; setTimer: (fn: () => void, ms: number) => unknown; clearTimer: (handle: unknown) => void } {
    return {
      now: () => this.time,
      setTimer: (fn, ms) => {
        const id = this.nextId++;
        this.pending.set(id, { at: this.time + Math.max(0, ms), fn });
        return id;
      },
      clearTimer: (handle) => { this.pending.delete(handle as number); },
    };
  }

  /** A promise that resolves `ms` later on this clock (a simulated save's duration). */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => { this.timers().setTimer(resolve, ms); });
  }

  /** Moves time forward by `ms`, running every timer that falls due, in order. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      await settle();
      let next: [number, { at: number; fn: () => void }] | null = null;
      for (const entry of this.pending) if (entry[1].at <= end && (next === null || entry[1].at < next[1].at)) next = entry;
      if (next === null) break;
      this.pending.delete(next[0]);
      this.time = next[1].at;
      next[1].fn();
    }
    this.time = end;
    await settle();
  }
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}
