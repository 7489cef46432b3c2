// drafting (issue 10): a new draft from a 200-page previous review (≈ 3,000 blocks, its orientations
// section 60 paragraphs long), through the service the app and the CLI use: templates and reference data
// read from disk, the previous review's sections, the draft built, stored and indexed. Target < 300 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createServices } from '../electron/services/index.ts';
import { heading, paragraph, doc } from '../electron/shared/doc-build.ts';
import { bigReview, percentile, round } from './fixtures.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'rd-bench-new-'));
const services = createServices({ dataDir, mode: 'cli' });
try {
  const body = bigReview(3000).root.children;
  const orientations = [
    heading(1, 'III. PHƯƠNG HƯỚNG NĂM 2026'),
    ...Array.from({ length: 60 }, (_, i) => paragraph(`Tiếp tục triển khai nhiệm vụ số ${i + 1} của năm 2026, đẩy mạnh hợp tác trong lĩnh vực ${i + 1}; tăng cường phối hợp giữa các bộ, ngành, nâng cao hiệu quả tham gia.`)),
  ];
  const content = doc([...body, ...orientations]);
  const prev = services.reviews.create({ title: 'Báo cáo tổng kết năm 2025 (200 trang)', year: 2025, lang: 'vi', kind: 'report', status: 'final', content });
  const samples: number[] = [];
  let carried = 0;
  for (let i = 0; i < 12; i++) {
    const t0 = performance.now();
    const r = services.drafting.newReview({ year: 2026, lang: 'vi', kind: 'report', from: prev.id });
    samples.push(performance.now() - t0);
    carried = r.carried;
  }
  const warm = samples.slice(2).sort((a, b) => a - b);
  console.log(JSON.stringify({
    previousBlocks: content.root.children.length,
    carriedItems: carried,
    firstMs: round(samples[0]!),
    p50Ms: round(percentile(warm, 50)),
    p95Ms: round(percentile(warm, 95)),
    maxMs: round(warm.at(-1)!),
    targetMs: 300,
    pass: percentile(warm, 95) < 300,
  }));
} finally {
  services.close();
  rmSync(dataDir, { recursive: true, force: true });
}
