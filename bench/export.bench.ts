// Export of a 200-page review (≈ 3,000 paragraphs of seed sentences, headings, lists, tables) to a
// Decree 30 .docx, in memory and through the service (atomic write to disk). Target (issue 5): < 1 s.
// One JSON object on the last stdout line (bench/run.ts).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createServices } from '../electron/services/index.ts';
import { exportDocx } from '../electron/docx/build.ts';
import { SAMPLE_SETTINGS, sampleReview } from '../electron/docx/testing/sample-review.ts';
import { bigReview, percentile, round } from './fixtures.ts';

const content = bigReview(3000);
const review = { ...sampleReview(), content };
const inMemory: number[] = [];
let bytes = 0;
for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  bytes = (await exportDocx(review, SAMPLE_SETTINGS)).length;
  inMemory.push(performance.now() - t0);
}

const dir = mkdtempSync(join(tmpdir(), 'rd-bench-export-'));
const toDisk: number[] = [];
try {
  const services = createServices({ dataDir: dir, mode: 'cli' });
  const id = services.reviews.create({ title: 'Báo cáo tổng kết 200 trang', year: 2025, lang: 'vi', content }).id;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await services.export.docx(id, SAMPLE_SETTINGS, join(dir, 'bench.docx'));
    toDisk.push(performance.now() - t0);
  }
  bytes = statSync(join(dir, 'bench.docx')).size;
  services.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const sortedMem = [...inMemory].sort((a, b) => a - b);
const sortedDisk = [...toDisk].sort((a, b) => a - b);
const result = {
  paragraphs: 3000,
  blocks: content.root.children.length,
  bytes,
  exportMedianMs: round(percentile(sortedMem, 50)),
  exportMaxMs: round(sortedMem.at(-1)!),
  serviceToDiskMedianMs: round(percentile(sortedDisk, 50)),
  targetMs: 1000,
  withinTarget: percentile(sortedDisk, 50) < 1000,
};
console.log(JSON.stringify(result));
