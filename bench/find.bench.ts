// Find and replace in the editor on a 200-page review (≈ 3,000 blocks): the matching the find bar runs on
// every query change (all matches over the document's text runs, exact and tone-insensitive, cold and
// with the fold cache warm), and "replace all" of "2025" as one Lexical update — in a headless Lexical
// editor with the app's nodes, so no browser is needed. Target: each under 50 ms (a keystroke's wait).
import { performance } from 'node:perf_hooks';
import { createHeadlessEditor } from '@lexical/headless';
import { EDITOR_NODES } from '../renderer/src/editor/nodes.ts';
import { $findInDocument, $replaceAll, FoldCache } from '../renderer/src/editor/find/documentFind.ts';
import type { FindOptions } from '../renderer/src/editor/find/findText.ts';
import { bigReview, percentile, round } from './fixtures.ts';

const PARAGRAPHS = Number(process.env.BENCH_PARAGRAPHS ?? 3000);
const editor = createHeadlessEditor({ namespace: 'bench', nodes: [...EDITOR_NODES], onError: (e) => { throw e; } });
editor.setEditorState(editor.parseEditorState(JSON.stringify(bigReview(PARAGRAPHS))));

const exact: FindOptions = { matchCase: false, wholeWord: false, ignoreTones: false };
const loose: FindOptions = { matchCase: false, wholeWord: true, ignoreTones: true };
const QUERIES = ['2025', 'hợp tác', 'ASEAN', 'Việt Nam', 'cộng đồng', 'phát triển bền vững', 'x'];

function time(run: () => unknown, times: number): { p50: number; p95: number; max: number; found: unknown } {
  const samples: number[] = [];
  let found: unknown;
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    found = run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), max: round(samples.at(-1)!), found };
}

const results: Record<string, unknown> = {};
for (const [name, options] of [['exact', exact], ['ignoreTonesWholeWord', loose]] as const) {
  const cold = time(() => editor.getEditorState().read(() => QUERIES.map((q) => $findInDocument(q, options).length)), 3);
  const cache = new FoldCache();
  const warm = time(() => editor.getEditorState().read(() => QUERIES.map((q) => $findInDocument(q, options, cache).length)), 10);
  results[name] = {
    perQueryColdMs: round(cold.p50 / QUERIES.length), perQueryWarmMs: round(warm.p50 / QUERIES.length),
    allQueriesWarm: { p50: warm.p50, p95: warm.p95, max: warm.max }, matches: Object.fromEntries(QUERIES.map((q, i) => [q, (warm.found as number[])[i]])),
  };
}
const matches = editor.getEditorState().read(() => $findInDocument('2025', exact));
const t0 = performance.now();
let replaced = 0;
editor.update(() => { replaced = $replaceAll(matches, '2026'); }, { discrete: true });
const replaceAllMs = performance.now() - t0;
const left = editor.getEditorState().read(() => $findInDocument('2025', exact).length);
if (left !== 0 || replaced !== matches.length) throw new Error(`replace all left ${left} of ${matches.length}`);
console.log(JSON.stringify({ paragraphs: PARAGRAPHS, ...results, replaceAll: { matches: replaced, ms: round(replaceAllMs) }, target: { perQueryMs: 50, replaceAllMs: 200 } }));
