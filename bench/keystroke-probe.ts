// What the typing benchmarks (and scripts/dev/profile-typing.ts) measure in the page: keydown → the first
// animation frame after it, and where the caret is put before typing.
import type { Page } from 'playwright-core';

type ProbeWindow = { __lat: number[] };

/** Starts recording, for every keydown (or only `key`), the time to the next animation frame. */
export async function installKeystrokeProbe(page: Page, key?: string): Promise<void> {
  await page.evaluate((only) => {
    const w = window as unknown as ProbeWindow;
    w.__lat = [];
    document.addEventListener('keydown', (event) => {
      if (only && event.key !== only) return;
      const start = performance.now();
      requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - start), 0));
    }, true);
  }, key ?? null);
}

/** The latencies recorded since the probe was installed or the caret last placed, without the first
 *  `skipFirst` (warm-up) ones, sorted. */
export async function keystrokeLatencies(page: Page, skipFirst = 0): Promise<number[]> {
  return (await page.evaluate(() => (window as unknown as ProbeWindow).__lat)).slice(skipFirst).sort((a, b) => a - b);
}

/**
 * Puts the caret at the end of the first, middle or last paragraph of the editor, scrolled into the
 * middle of the view, with the editor focused; clears the latencies recorded so far.
 */
export async function caretInParagraph(page: Page, where: 'start' | 'middle' | 'end'): Promise<void> {
  await page.evaluate(async (position) => {
    const root = document.querySelector<HTMLElement>('[data-testid="editor"]')!;
    const blocks = [...root.children].filter((el) => el.tagName === 'P');
    const target = position === 'start' ? blocks[0]! : position === 'end' ? blocks[blocks.length - 1]! : blocks[Math.floor(blocks.length / 2)]!;
    target.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.selectNodeContents(target);
    range.collapse(false);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    root.focus();
    // The editor takes the new caret with the next frame (a long review displays the blocks around it then).
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    (window as unknown as Partial<ProbeWindow>).__lat = [];
  }, where);
}

/**
 * The page's main-thread CPU time (thread time: what other processes' load does not add to) from each
 * `key` keydown to the frame after it, from a Chromium trace taken while `act` runs: the tasks
 * overlapping each window. Wall-clock latency on a shared two-core machine also counts the time the
 * thread waited for a core; this says what the app itself cost. Sorted, without the first window.
 */
export async function keystrokeThreadCpu(page: Page, key: string | null, act: () => Promise<void>): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate((only) => document.addEventListener('keydown', (event) => {
    if (only && event.key !== only) return;
    performance.mark('rd-key');
    requestAnimationFrame(() => setTimeout(() => performance.mark('rd-frame'), 0));
  }, true), key);
  type TraceEvent = { name: string; ph: string; dur?: number; tdur?: number; tid: number; ts: number };
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => { events.push(...(e.value as unknown as TraceEvent[])); });
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  try {
    await act();
  } finally {
    const traced = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await traced;
    await cdp.detach();
  }
  const marks = events.filter((e) => e.name === 'rd-key' || e.name === 'rd-frame').sort((a, b) => a.ts - b.ts);
  const cpu: number[] = [];
  for (let i = 0; i + 1 < marks.length; i++) {
    if (marks[i]!.name !== 'rd-key' || marks[i + 1]!.name !== 'rd-frame') continue;
    const from = marks[i]!.ts; const to = marks[i + 1]!.ts; const tid = marks[i]!.tid;
    cpu.push(events.filter((e) => e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && e.dur && e.ts <= to && e.ts + e.dur >= from)
      .reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000);
  }
  return cpu.slice(1).sort((a, b) => a - b);
}
