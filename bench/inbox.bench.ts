// The ministries' contributions (issue 14) at scale: 25 contributors, 25 contribution files of about
// 20 pages each (500 pages in all), real Word files written by python-docx.
// - import: the 25 files filed under a review (read, parsed off the main thread, ministry detected,
//   split into sections, stored), target < 10 s;
// - board: what opening the panel asks the main side for (the board, and its JSON as it crosses IPC),
//   target < 200 ms; the merge panel's section query over the 500 pages beside it.
// Wall time and the calling thread's CPU time (the machine is shared). Prints one JSON object.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createServices } from '../electron/services/index.ts';
import { doc, heading, paragraph } from '../electron/shared/doc-build.ts';
import type { DocBlock } from '../electron/shared/doc.ts';
import { makeContributions } from '../electron/inbox/testing/contributions.ts';
import { percentile, round } from './fixtures.ts';

const FILES = Number(process.env.BENCH_FILES ?? 25);
const PAGES = Number(process.env.BENCH_PAGES ?? 20);
const RUNS = 20;
const dir = mkdtempSync(join(tmpdir(), 'rd-bench-inbox-'));
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const sorted = (a: number[]) => [...a].sort((x, y) => x - y);
const stats = (a: number[]) => ({ n: a.length, p50: round(percentile(sorted(a), 50)), p95: round(percentile(sorted(a), 95)), max: round(Math.max(...a)) });

try {
  const made = makeContributions(join(dir, 'files'), { count: FILES, pages: PAGES });
  const services = createServices({ dataDir: join(dir, 'lib'), mode: 'cli' });
  const draft = services.reviews.create({
    title: 'Báo cáo tổng kết hợp tác ASEAN năm 2026', year: 2026, lang: 'vi', kind: 'report',
    content: doc([heading(1, 'I. KẾT QUẢ HỢP TÁC ASEAN NĂM 2026'), paragraph('Năm 2026 …'), heading(1, 'II. PHƯƠNG HƯỚNG NĂM 2027'), paragraph('Năm 2027 …')]),
  });
  // 16 ministries are told by their header; the other files come from agencies the user adds by name.
  services.inbox.board(draft.id);
  const files = made.map((m, i) => {
    if (i < 16) return { path: m.file };
    const name = `Sở Ngoại vụ số ${i}`;
    services.inbox.addContributor(draft.id, name, true);
    return { path: m.file, ministry: name };
  });

  const w0 = performance.now(); const c0 = cpuMs();
  const outcomes = await services.inbox.add(draft.id, files);
  const importWall = performance.now() - w0; const importCpu = cpuMs() - c0;
  const filed = outcomes.filter((o) => o.status === 'filed').length;
  if (filed !== FILES) throw new Error(`filed ${filed} of ${FILES}: ${JSON.stringify(outcomes.filter((o) => o.status !== 'filed').slice(0, 2))}`);
  const blocks = (services.db.prepare('SELECT sum(blocks) AS n FROM inbox_contributions').get() as { n: number }).n;

  // The draft uses some of it: a paragraph from each contribution in its orientations.
  const inserted: DocBlock[] = [];
  for (const part of services.inbox.section(draft.id, 'orientations')) {
    inserted.push(...services.inbox.insert(part.contribution.id, part.paragraphs[0]!.blockIndex, part.paragraphs[0]!.blockIndex + 1).blocks);
  }
  services.reviews.save(draft.id, doc([...services.reviews.get(draft.id).content.root.children as DocBlock[], ...inserted]), 'manual');

  // The first opening, before anything is cached on the main side.
  const k0 = performance.now(); const kc = cpuMs();
  services.inbox.board(draft.id);
  const coldBoard = { wallMs: round(performance.now() - k0), cpuMs: round(cpuMs() - kc) };
  const boardWall: number[] = []; const boardCpu: number[] = []; let bytes = 0;
  const sectionWall: number[] = []; const sectionCpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const b0 = performance.now(); const bc = cpuMs();
    bytes = JSON.stringify(services.inbox.board(draft.id)).length;
    boardWall.push(performance.now() - b0); boardCpu.push(cpuMs() - bc);
    const s0 = performance.now(); const sc = cpuMs();
    services.inbox.section(draft.id, i % 2 ? 'orientations' : 'asean-results');
    sectionWall.push(performance.now() - s0); sectionCpu.push(cpuMs() - sc);
  }
  const board = services.inbox.board(draft.id);
  services.close();
  console.log(JSON.stringify({
    files: FILES, pagesEach: PAGES, pages: FILES * PAGES, contributors: board.rows.length, blocks,
    import: { wallMs: round(importWall), cpuMs: round(importCpu), perFileMs: round(importWall / FILES), targetMs: 10_000, met: importWall < 10_000 },
    board: { cold: coldBoard, wall: stats(boardWall), cpu: stats(boardCpu), jsonBytes: bytes, merged: board.counts.merged, targetMs: 200, metWallP50: percentile(sorted(boardWall), 50) < 200, metCpuP95: percentile(sorted(boardCpu), 95) < 200 },
    mergeSection: { wall: stats(sectionWall), cpu: stats(sectionCpu) },
  }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
