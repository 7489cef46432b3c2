// Library search at scale: 1,000 generated reviews of ≈ 20 pages (≈ 300 top-level blocks) each, from the
// seed sentences. Measures index build time (the sections + FTS listener, summed over all reviews),
// search latency over ≥ 100 mixed queries (target p95 < 30 ms), database size, and the cost of
// re-indexing a 3,000-paragraph review on autosave. Prints one JSON object.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createServices, DB_FILE } from '../electron/services/index.ts';
import type { SearchQuery } from '../electron/shared/library.ts';
import { REVIEW_KINDS } from '../electron/shared/review.ts';
import { doc, paragraph } from '../electron/shared/doc-build.ts';
import { searchLibrary } from '../electron/library/search/service.ts';
import { fold } from '../electron/library/fold.ts';
import { bigReview, percentile, round, seedSentences } from './fixtures.ts';

const REVIEWS = Number(process.env.BENCH_REVIEWS ?? 1000);
const BLOCKS = 300;
const QUERIES = 120;

const dir = mkdtempSync(join(tmpdir(), 'rd-bench-search-'));
const sorted = (a: number[]) => [...a].sort((x, y) => x - y);
const stats = (a: number[]) => ({ p50: round(percentile(sorted(a), 50)), p95: round(percentile(sorted(a), 95)), max: round(Math.max(...a)) });

try {
  const services = createServices({ dataDir: dir, mode: 'cli' });
  // Time the index listener alone: a marker before it and a stopwatch after it.
  let started = 0;
  let indexMs = 0;
  const indexTimes: number[] = [];
  services.hooks.changed.unshift(() => { started = performance.now(); });
  services.hooks.changed.push(() => { const ms = performance.now() - started; indexMs += ms; indexTimes.push(ms); });

  const t0 = performance.now();
  for (let i = 0; i < REVIEWS; i++) {
    services.reviews.create({
      title: `Báo cáo tổng kết hợp tác ASEAN ${2010 + (i % 16)} (${i})`,
      year: 2010 + (i % 16),
      lang: i % 5 === 4 ? 'en' : 'vi',
      kind: REVIEW_KINDS[i % 3]!,
      content: bigReview(BLOCKS, i + 1),
    });
  }
  const buildMs = performance.now() - t0;
  const buildIndexMs = indexMs;
  const perReview = stats(indexTimes);
  const blocks = (services.db.prepare('SELECT count(*) AS n FROM search_blocks').get() as { n: number }).n;

  // Queries: fixed names/terms (folded and not), random 2–3-word runs from the seeds, quoted phrases, filters.
  const sentences = seedSentences();
  let n = 7;
  const rand = (k: number) => Math.floor(((n = (n * 1103515245 + 12345) % 2147483648) / 2147483648) * k);
  const queries: SearchQuery[] = [
    { q: 'dang hoang giang' }, { q: 'Đặng Hoàng Giang' }, { q: 'de an 161' }, { q: '"ket luan so 59"' }, { q: 'asean' },
    { q: 'timor leste', yearFrom: 2020 }, { q: 'ket noi', section: 'orientations' }, { q: 'phuong huong', lang: 'vi' },
    { q: 'connectivity resilience', lang: 'en' }, { q: 'quy che 142' }, { q: '"' }, { q: 'AND (' },
  ];
  while (queries.length < QUERIES) {
    const words = sentences[rand(sentences.length)]!.split(/\s+/u).filter((w) => /\p{L}{2,}/u.test(w));
    const len = 1 + rand(3);
    const at = rand(Math.max(1, words.length - len));
    let q = words.slice(at, at + len).join(' ');
    if (rand(2)) q = fold(q);
    if (rand(4) === 0) q = `"${q}"`;
    const query: SearchQuery = { q };
    if (rand(4) === 0) { query.yearFrom = 2015 + rand(5); query.yearTo = query.yearFrom + 3; }
    if (rand(6) === 0) query.section = (['asean-results', 'vn-participation', 'orientations', 'policy'] as const)[rand(4)];
    if (rand(8) === 0) query.lang = 'vi';
    queries.push(query);
  }
  for (const q of queries.slice(0, 10)) searchLibrary(services.db, q); // warm the page cache
  const times: number[] = [];
  const slowest: { q: string; ms: number; hits: number }[] = [];
  let hitsTotal = 0;
  for (const query of queries) {
    const s = performance.now();
    const hits = searchLibrary(services.db, { ...query, limit: 50 });
    const ms = performance.now() - s;
    times.push(ms);
    hitsTotal += hits.length;
    slowest.push({ q: JSON.stringify(query), ms: round(ms), hits: hits.length });
  }
  slowest.sort((a, b) => b.ms - a.ms);

  // Autosave of a 3,000-paragraph review: first index, then an edit in one paragraph, then an insertion at the top.
  const big = bigReview(3000, 99);
  indexTimes.length = 0;
  const bigId = services.reviews.create({ title: 'Báo cáo lớn', year: 2025, lang: 'vi', content: big }).id;
  const firstIndexMs = indexTimes[0]!;
  const editTimes: number[] = [];
  const insertTimes: number[] = [];
  const blocksNow = [...big.root.children];
  for (let i = 0; i < 10; i++) {
    blocksNow[1500 + i] = paragraph(`Đoạn sửa lần ${i}: Việt Nam tiếp tục tham gia tích cực.`);
    indexTimes.length = 0;
    services.reviews.save(bigId, doc(blocksNow), 'autosave');
    editTimes.push(indexTimes[0]!);
    blocksNow.unshift(paragraph(`Đoạn chèn đầu ${i}.`));
    indexTimes.length = 0;
    services.reviews.save(bigId, doc(blocksNow), 'autosave');
    insertTimes.push(indexTimes[0]!);
  }

  services.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  const sizeOf = (like: string) => (services.db.prepare('SELECT coalesce(sum(pgsize), 0) AS b FROM dbstat WHERE name LIKE ?').get(like) as { b: number }).b;
  const searchBytes = sizeOf('search_%') + sizeOf('sqlite_autoindex_search%');
  const sectionsBytes = sizeOf('sections%');
  services.close();

  console.log(JSON.stringify({
    reviews: REVIEWS,
    blocksIndexed: blocks,
    build: { totalMs: round(buildMs), indexMs: round(buildIndexMs), indexPerReviewMs: perReview },
    search: { queries: queries.length, ...stats(times), target95: 30, meanHits: round(hitsTotal / queries.length), slowest: slowest.slice(0, 5) },
    autosave3000: { firstIndexMs: round(firstIndexMs), editOneParagraphMs: stats(editTimes), insertAtTopMs: stats(insertTimes) },
    size: { dbBytes: statSync(join(dir, DB_FILE)).size, searchTablesBytes: searchBytes, sectionsBytes },
  }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
