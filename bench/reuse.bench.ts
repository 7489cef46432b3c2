// Reuse (issue 11) at scale: 1,000 generated reviews (BENCH_BLOCKS top-level blocks each, default 120 ≈
// 8 pages; the seed sentences recombined, so paragraphs overlap heavily, the hard case for fuzzy
// matching). Measures:
// - similar paragraphs: index build (first query), then p50/p95 over 200 queries (library paragraphs
//   with a few words changed, and fresh text). Target p95 < 50 ms.
// - concordance: p50/p95 over 200 phrases of 1–4 words from the seeds. Target p95 < 30 ms.
// - the stale-fact check of a 200-page draft (3,000 blocks): cold (nothing remembered), again after a
//   save (block findings remembered by text), and through the service (reads and parses the saved
//   review). Target < 200 ms. It runs on the main side, never on the typing path.
// - the similarity index catching up after an autosave of a 3,000-paragraph review.
// Prints one JSON object.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createServices } from '../electron/services/index.ts';
import { REVIEW_KINDS } from '../electron/shared/review.ts';
import { blockText, doc, paragraph } from '../electron/shared/doc-build.ts';
import { checkStaleFacts } from '../electron/reuse/check/stale-facts.ts';
import { bigReview, percentile, round, seedSentences } from './fixtures.ts';

const REVIEWS = Number(process.env.BENCH_REVIEWS ?? 1000);
const BLOCKS = Number(process.env.BENCH_BLOCKS ?? 120);
const QUERIES = 200;

const dir = mkdtempSync(join(tmpdir(), 'rd-bench-reuse-'));
const sorted = (a: number[]) => [...a].sort((x, y) => x - y);
// CPU time of the calling thread, besides wall time: on a shared, overloaded machine the wall clock
// measures the other processes; CPU time is close to what the same work takes on an idle machine.
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const cpu: Record<string, number[]> = { similar: [], concordance: [], checkCold: [], checkAfterSave: [], checkService: [] };
const stats = (a: number[]) => ({ n: a.length, p50: round(percentile(sorted(a), 50)), p95: round(percentile(sorted(a), 95)), max: round(Math.max(...a)) });
let n = 11;
const rand = (k: number) => Math.floor(((n = (n * 1103515245 + 12345) % 2147483648) / 2147483648) * k);

try {
  const services = createServices({ dataDir: dir, mode: 'cli' });
  const t0 = performance.now();
  const ids: string[] = [];
  for (let i = 0; i < REVIEWS; i++) {
    ids.push(services.reviews.create({
      title: `Báo cáo tổng kết hợp tác ASEAN ${2010 + (i % 16)} (${i})`,
      year: 2010 + (i % 16), lang: i % 5 === 4 ? 'en' : 'vi', kind: REVIEW_KINDS[i % 3]!,
      content: bigReview(BLOCKS, i + 1),
    }).id);
  }
  const libraryMs = performance.now() - t0;
  const blocks = (services.db.prepare('SELECT count(*) AS n FROM search_blocks').get() as { n: number }).n;

  // Queries: a library paragraph with 1–3 words replaced (what reuse is for), or fresh seed text.
  const sentences = seedSentences();
  const sample = services.db.prepare('SELECT text FROM search_blocks WHERE length(text) > 80 ORDER BY random() LIMIT ?').all(QUERIES) as { text: string }[];
  const queries = sample.map(({ text }, i) => {
    if (i % 4 === 3) return `${sentences[rand(sentences.length)]} ${sentences[rand(sentences.length)]}`;
    const words = text.split(' ');
    for (let k = 0, edits = 1 + rand(3); k < edits; k++) words[rand(words.length)] = ['hợp tác', 'năm 2026', 'Việt Nam', 'tích cực'][rand(4)]!;
    return words.join(' ');
  });

  const b0 = performance.now();
  services.reuse.warm();
  const indexBuildMs = performance.now() - b0;
  const similarTimes: number[] = [];
  let found = 0;
  for (const q of queries) {
    const s = performance.now();
    const c = cpuMs();
    const hits = services.reuse.similar({ text: q, excludeReviewId: ids[0] });
    cpu.similar!.push(cpuMs() - c);
    similarTimes.push(performance.now() - s);
    if (hits.length) found++;
  }

  const phrases = Array.from({ length: QUERIES }, () => {
    const words = sentences[rand(sentences.length)]!.split(/\s+/u).filter((w) => /\p{L}{2,}/u.test(w));
    const len = 1 + rand(4);
    const at = rand(Math.max(1, words.length - len));
    return words.slice(at, at + len).join(' ').replace(/[,.;:“”"()]/gu, '');
  });
  for (const p of phrases.slice(0, 10)) services.reuse.concordance({ phrase: p });
  const concordanceTimes: number[] = [];
  let lines = 0;
  for (const p of phrases) {
    const s = performance.now();
    const c = cpuMs();
    lines += services.reuse.concordance({ phrase: p }).length;
    cpu.concordance!.push(cpuMs() - c);
    concordanceTimes.push(performance.now() - s);
  }

  // The check of a 200-page draft, with some stale facts in it.
  const big = bigReview(3000, 7);
  big.root.children.push(paragraph('Bộ Lao động - Thương binh và Xã hội phối hợp; ủng hộ Chủ tịch Malaysia trong năm ASEAN 2026.'));
  const draftId = services.reviews.create({ title: 'Dự thảo 200 trang', year: 2026, lang: 'vi', kind: 'report', content: big }).id;
  const reference = services.reuse.reference();
  // Cold: a fresh copy of the reference has no remembered block findings and no compiled patterns.
  const coldTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const fresh = structuredClone(reference);
    const s = performance.now();
    const c = cpuMs();
    checkStaleFacts(big, { year: 2026, lang: 'vi' }, fresh);
    cpu.checkCold!.push(cpuMs() - c);
    coldTimes.push(performance.now() - s);
  }
  checkStaleFacts(big, { year: 2026, lang: 'vi' }, reference);
  const pureTimes: number[] = [];
  const serviceTimes: number[] = [];
  let findings = 0;
  for (let i = 0; i < 10; i++) {
    let s = performance.now();
    let c = cpuMs();
    findings = checkStaleFacts(big, { year: 2026, lang: 'vi' }, reference).length;
    cpu.checkAfterSave!.push(cpuMs() - c);
    pureTimes.push(performance.now() - s);
    s = performance.now();
    c = cpuMs();
    services.reuse.check(draftId);
    cpu.checkService!.push(cpuMs() - c);
    serviceTimes.push(performance.now() - s);
  }

  // An autosave of the big draft, then the next similar query (the index re-reads that one review).
  const edited = [...big.root.children];
  edited[1500] = paragraph('Đoạn sửa: Việt Nam tiếp tục tham gia tích cực, chủ động và có trách nhiệm.');
  services.reviews.save(draftId, doc(edited), 'autosave');
  const c0 = performance.now();
  services.reuse.similar({ text: blockText(edited[10]!) });
  const catchUpMs = performance.now() - c0;
  services.close();

  console.log(JSON.stringify({
    reviews: REVIEWS,
    blocksPerReview: BLOCKS,
    blocksIndexed: blocks,
    libraryBuildMs: round(libraryMs),
    similar: { indexBuildMs: round(indexBuildMs), ...stats(similarTimes), target95: 50, queriesWithMatches: found },
    concordance: { ...stats(concordanceTimes), target95: 30, meanLines: round(lines / phrases.length) },
    check200Pages: { blocks: big.root.children.length, pureColdMs: stats(coldTimes), pureAfterSaveMs: stats(pureTimes), serviceMs: stats(serviceTimes), target: 200, findings },
    similarAfterAutosave3000Ms: round(catchUpMs),
    cpuMs: Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, stats(v)])),
    loadAverage: (await import('node:os')).loadavg().map((x) => round(x)),
  }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
