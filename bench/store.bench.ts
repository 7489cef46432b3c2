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
  // The autosave while the user types: one block changed (reviews:saveBlocks), sections and search rows
  // brought in step. Its CPU is the main process's, on the cores the typing needs too.
  const spliceTimes: number[] = [];
  let meta = services.reviews.save(id, content, 'manual');
  for (let i = 0; i < 40; i++) {
    const block = structuredClone(content.root.children[1500]!);
    if ('children' in block && block.children[0] && 'text' in block.children[0]) block.children[0].text += ` ${i}`;
    const t0 = performance.now();
    meta = services.reviews.saveBlocks(id, { baseUpdatedAt: meta.updatedAt, start: 1500, deleteCount: 1, blocks: [block], blockCount: content.root.children.length }, 'autosave');
    spliceTimes.push(performance.now() - t0);
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
    autosaveOneBlockMs: { p50: round(percentile(sorted(spliceTimes), 50)), p95: round(percentile(sorted(spliceTimes), 95)) },
    loadMs: { p50: round(percentile(sorted(loadTimes), 50)), p95: round(percentile(sorted(loadTimes), 95)), target: 300 },
    dbBytes: statSync(join(dir, DB_FILE)).size,
  }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
