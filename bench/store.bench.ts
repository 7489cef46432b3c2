// Database open + migrate; save and load of a 200-page review (≈ 3,000 paragraphs).
// Targets: open+migrate < 50 ms, load < 300 ms.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createServices, DB_FILE } from '../electron/services/index.ts';
import { openDb } from '../electron/store/db.ts';
import { bigReview, percentile, round } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'rd-bench-'));
try {
  const openTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const path = join(dir, `open-${i}.sqlite`);
    const t0 = performance.now();
    openDb(path).close();
    openTimes.push(performance.now() - t0);
  }
  const services = createServices({ dataDir: dir, mode: 'cli' });
  const content = bigReview(3000);
  const json = JSON.stringify(content);
  const id = services.reviews.create({ title: 'Bench', year: 2025, lang: 'vi' }).id;
  const saveTimes: number[] = [];
  const loadTimes: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    services.reviews.save(id, content, i % 5 === 0 ? 'manual' : 'autosave');
    saveTimes.push(performance.now() - t0);
    const t1 = performance.now();
    services.reviews.get(id);
    loadTimes.push(performance.now() - t1);
  }
  services.close();
  const reopen0 = performance.now();
  const again = createServices({ dataDir: dir, mode: 'cli' });
  const reopenMs = performance.now() - reopen0;
  again.close();
  const sorted = (a: number[]) => [...a].sort((x, y) => x - y);
  console.log(JSON.stringify({
    openMigrateMs: { p50: round(percentile(sorted(openTimes), 50)), max: round(Math.max(...openTimes)), target: 50 },
    reopenLibraryMs: round(reopenMs),
    review: { paragraphs: content.root.children.length, jsonBytes: json.length },
    saveMs: { p50: round(percentile(sorted(saveTimes), 50)), p95: round(percentile(sorted(saveTimes), 95)) },
    loadMs: { p50: round(percentile(sorted(loadTimes), 50)), p95: round(percentile(sorted(loadTimes), 95)), target: 300 },
    dbBytes: statSync(join(dir, DB_FILE)).size,
  }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
