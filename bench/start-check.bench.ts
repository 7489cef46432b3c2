// The desktop app's start on a large library: the integrity check (PRAGMA quick_check) it runs before the
// library opens reads the whole file. Measured here, in Node (Electron's own start cannot run on this
// machine): how long the check takes, and how long it holds the main process's thread, on the main
// thread (as before) and in the worker the app now starts as its main process starts (main.ts,
// diagnoseLibrary), while Electron gets ready. A 1 ms timer on the main thread records the
// longest gap between its ticks during each. Library size: BENCH_START_REVIEWS reviews of 300 paragraphs.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices, DB_FILE } from '../electron/services/index.ts';
import { withTransaction } from '../electron/store/db.ts';
import { diagnoseLibrary } from '../electron/backup/recover.ts';
import { checkDatabaseFile } from '../electron/backup/backups.ts';
import { bigReview, percentile, round } from './fixtures.ts';

const REVIEWS = Number(process.env.BENCH_START_REVIEWS ?? 300);
const RUNS = 5;

const dataDir = mkdtempSync(join(tmpdir(), 'rd-start-check-'));
try {
  const seed = createServices({ dataDir, mode: 'cli' });
  withTransaction(seed.db, () => {
    for (let i = 0; i < REVIEWS; i++) seed.reviews.create({ title: `Báo cáo ${i + 1}`, year: 2000 + (i % 26), lang: 'vi', content: bigReview(300, i + 1) });
  });
  seed.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  seed.close();
  const libraryMB = statSync(join(dataDir, DB_FILE)).size / 2 ** 20;

  /** Runs check while a 1 ms timer ticks on this thread: its wall time and the longest gap between ticks. */
  async function timed(check: () => Promise<unknown> | unknown): Promise<{ wallMs: number; longestGapMs: number }> {
    let last = performance.now();
    let longestGap = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    last = performance.now();
    longestGap = 0;
    const start = performance.now();
    const verdict = await check();
    const wallMs = performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 5));
    clearInterval(ticker);
    if ((verdict as { state?: string }).state !== 'ok') throw new Error(`the library was not found sound: ${JSON.stringify(verdict)}`);
    return { wallMs, longestGapMs: Math.max(longestGap, performance.now() - last) };
  }

  const onMainThread: { wallMs: number; longestGapMs: number }[] = [];
  const inWorker: { wallMs: number; longestGapMs: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    // What the start did before: the same check, on this thread (it throws on a damaged file).
    onMainThread.push(await timed(() => { checkDatabaseFile(join(dataDir, DB_FILE)); return { state: 'ok' }; }));
    inWorker.push(await timed(() => diagnoseLibrary(dataDir, DB_FILE)));
  }
  const summary = (runs: { wallMs: number; longestGapMs: number }[]) => ({
    checkMs: round(percentile(runs.map((r) => r.wallMs).sort((a, b) => a - b), 50)),
    mainThreadBlockedMs: round(percentile(runs.map((r) => r.longestGapMs).sort((a, b) => a - b), 50)),
  });
  console.log(JSON.stringify({
    libraryMB: round(libraryMB),
    reviews: REVIEWS,
    runs: RUNS,
    onMainThread: summary(onMainThread),
    inWorker: summary(inWorker),
    loadAverage: round(loadavg()[0]!),
  }));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
