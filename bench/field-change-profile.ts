// drafting (issue 10): where the time of a field change goes. Same document as field-change.bench.ts;
// records a Chromium trace (devtools.timeline) and a JS CPU profile over a few changes and prints the
// top self-time functions and the main-thread event totals per change. Build unminified first for names:
//   RD_NO_MINIFY=1 npm run build   (or plain npm run build: names are then minified)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, probeModes } from '../e2e/mode.ts';
import { openBrowserApp } from '../e2e/bridge.ts';
import { headlessDialogs } from '../electron/services/ports.ts';
import { createServices } from '../electron/services/index.ts';
import { doc, paragraph, text } from '../electron/shared/doc-build.ts';
import type { DocField } from '../electron/shared/doc.ts';

const OCCURRENCES = 500;
const RUNS = Number(process.env.RD_PROFILE_RUNS ?? 8);
// RD_PROFILE_WAIT: pause after each change (the benchmark's is 120 ms); RD_PROFILE_JS=0: no JS sampling
// (the sampler itself adds a third to the JS time); RD_PROFILE_SLOW: list what ran in windows above it (ms);
// RD_PROFILE_CYCLE=1: the main thread's tasks over whole change cycles (catch-up, autosave, panel) and one
// cycle's timeline; RD_PROFILE_CSS, RD_PROFILE_TOP: see below. Windows are written to
// $TMPDIR/field-change.windows.json beside the CPU profile, to study the profile inside them.
const WAIT = Number(process.env.RD_PROFILE_WAIT ?? 300);
const JS = process.env.RD_PROFILE_JS !== '0';
const SLOW = Number(process.env.RD_PROFILE_SLOW ?? Infinity);
const probe = probeModes();
if (!probe.chromium) throw new Error(probe.chromiumWhyNot ?? 'no chromium');
const field = (value: string): DocField => ({ type: 'field', version: 1, name: 'year', text: value, confirmed: true, format: 0, style: '', mode: 'token', detail: 0 });
const dataDir = mkdtempSync(join(tmpdir(), 'rd-field-prof-'));
const seed = createServices({ dataDir, mode: 'cli' });
const blocks = Array.from({ length: OCCURRENCES / 2 }, (_, i) => paragraph([
  text(`Đoạn ${i + 1}: trong năm `), field('2026'), text(', các bộ, ngành tiếp tục triển khai Kết luận 59-KL/TW; đến cuối năm '), field('2026'), text(' hoàn thành các nhiệm vụ đề ra.'),
]));
const id = seed.reviews.create({ title: 'Field bench', year: 2026, lang: 'vi', content: doc(blocks) }).id;
seed.settings.set({ lastOpenReviewId: id });
seed.close();

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
const browser = await chromium.launch({ executablePath: probe.chromium, args: [...CHROMIUM_FLAGS, '--disable-gpu-vsync', '--disable-frame-rate-limit'], headless: true });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const app = await openBrowserApp(page, dataDir, headlessDialogs, false);
  await page.getByTestId('editor').waitFor();
  await page.getByTestId('toggle-fields').click();
  const input = page.locator('[data-testid="field-row"][data-field="year"] [data-testid="field-value"]');
  await input.waitFor();
  // RD_PROFILE_CSS: extra CSS for an experiment (e.g. chips without decoration).
  if (process.env.RD_PROFILE_CSS) await page.addStyleTag({ content: process.env.RD_PROFILE_CSS });
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    document.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      performance.mark('rd-enter');
      requestAnimationFrame(() => setTimeout(() => performance.mark('rd-frame'), 0));
    }, true);
  });
  const cdp = await page.context().newCDPSession(page);
  if (JS) await cdp.send('Profiler.enable');
  if (JS) await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  const events: { name: string; ph: string; dur?: number; tdur?: number; tid: number; pid: number; ts: number; args?: unknown }[] = [];
  // "Layout(92 dirty) 2.5", "FunctionCall@step:16046": an event's name with what says what it ran.
  const label = (e: (typeof events)[number]): string => {
    const args = e.args as { data?: { functionName?: string; type?: string; lineNumber?: number }; beginData?: { dirtyObjects?: number } } | undefined;
    const d = args?.data;
    return `${e.name}${d?.type ? ':' + d.type : ''}${d?.lineNumber !== undefined ? `@${d.functionName ?? ''}:${d.lineNumber}` : ''}${args?.beginData?.dirtyObjects !== undefined ? `(${args.beginData.dirtyObjects} dirty)` : ''}`;
  };
  cdp.on('Tracing.dataCollected', (e) => { events.push(...(e.value as unknown as typeof events)); });
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  if (JS) await cdp.send('Profiler.start');
  for (let i = 0; i < RUNS; i++) {
    await input.fill(String(2027 + (i % 2)));
    await input.press('Enter');
    await page.waitForTimeout(WAIT);
  }
  type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };
  const { profile } = JS ? await cdp.send('Profiler.stop') as { profile: Profile } : { profile: { nodes: [], samples: [], timeDeltas: [], startTime: 0 } as Profile };
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.end');
  await done;
  writeFileSync(join(tmpdir(), 'field-change.cpuprofile'), JSON.stringify(profile));
  // self time per function
  const self = new Map<number, number>();
  profile.samples.forEach((s, i) => self.set(s, (self.get(s) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byName = new Map<string, number>();
  for (const n of profile.nodes) {
    const t = self.get(n.id) ?? 0;
    if (!t) continue;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    byName.set(key, (byName.get(key) ?? 0) + t);
  }
  console.log('JS self time per change (ms):');
  for (const [k, v] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${(v / 1000 / RUNS).toFixed(2)}  ${k}`);
  const totals = new Map<string, number>();
  for (const e of events) if (e.ph === 'X' && e.dur) totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur);
  console.log('trace events per change (ms, inclusive):');
  for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${(v / 1000 / RUNS).toFixed(2)}  ${k}`);
  // The Enter → frame windows: what ran on the main thread inside each.
  const marks = events.filter((e) => e.name === 'rd-enter' || e.name === 'rd-frame').sort((a, b) => a.ts - b.ts);
  const main = marks[0]?.tid;
  const inWindow = new Map<string, number>();
  const inWindowCpu = new Map<string, number>();
  let windows = 0;
  const tasks: { wall: number; cpu: number }[] = [];
  for (let i = 0; i + 1 < marks.length; i++) {
    if (marks[i]!.name !== 'rd-enter' || marks[i + 1]!.name !== 'rd-frame') continue;
    windows++;
    const a = marks[i]!.ts; const b = marks[i + 1]!.ts;
    // The main thread's tasks overlapping the window (the Enter's own task starts before its mark).
    let taskWall = 0; let taskCpu = 0;
    for (const e of events) {
      if (e.tid !== main || e.ph !== 'X' || e.name !== 'RunTask' || !e.dur || e.ts > b || e.ts + e.dur < a) continue;
      taskWall += e.dur; taskCpu += e.tdur ?? 0;
    }
    tasks.push({ wall: (b - a) / 1000, cpu: taskCpu / 1000 });
    console.log(`window ${windows}: ${((b - a) / 1000).toFixed(1)} ms; main-thread tasks ${(taskWall / 1000).toFixed(1)} ms wall, ${(taskCpu / 1000).toFixed(1)} ms thread CPU`);
    if ((b - a) / 1000 > SLOW) {
      // Each task in the window with what it ran (its largest top-level events).
      for (const task of events) {
        if (task.tid !== main || task.ph !== 'X' || task.name !== 'RunTask' || !task.dur || task.ts > b || task.ts + task.dur < a) continue;
        const inner = events.filter((e) => e.tid === main && e.ph === 'X' && e.name !== 'RunTask' && e.dur && e.dur > 200 && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!)
          .map((e) => `${label(e)} ${(e.dur! / 1000).toFixed(1)}`);
        console.log(`   task +${((task.ts - a) / 1000).toFixed(1)} ${(task.dur / 1000).toFixed(1)} ms (cpu ${((task.tdur ?? 0) / 1000).toFixed(1)}): ${inner.slice(0, 8).join(', ')}`);
      }
    }
    for (const e of events) {
      if (e.tid !== main || e.ph !== 'X' || !e.dur || e.ts < a || e.ts > b) continue;
      inWindow.set(e.name, (inWindow.get(e.name) ?? 0) + e.dur);
      // Thread CPU time (tdur): what the work costs with the machine's load taken out.
      inWindowCpu.set(e.name, (inWindowCpu.get(e.name) ?? 0) + (e.tdur ?? 0));
      if (windows <= 2 && e.dur > 500 && e.name !== 'RunTask') console.log(`   +${((e.ts - a) / 1000).toFixed(1)} ${e.name} ${(e.dur / 1000).toFixed(2)} ${JSON.stringify(e.args).slice(0, 160)}`);
    }
  }
  // JS inside the windows: inclusive time per function (profile timestamps share the trace clock).
  const spans: [number, number][] = [];
  for (let i = 0; i + 1 < marks.length; i++) if (marks[i]!.name === 'rd-enter' && marks[i + 1]!.name === 'rd-frame') spans.push([marks[i]!.ts, marks[i + 1]!.ts]);
  writeFileSync(join(tmpdir(), 'field-change.windows.json'), JSON.stringify(spans));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const nodeById = new Map(profile.nodes.map((n) => [n.id, n]));
  const incl = new Map<string, number>();
  let t = profile.startTime;
  profile.samples.forEach((s, i) => {
    t += profile.timeDeltas[i] ?? 0;
    if (!spans.some(([a, b]) => t >= a && t <= b)) return;
    const dt = profile.timeDeltas[i + 1] ?? 50;
    const seen = new Set<string>();
    for (let id: number | undefined = s; id !== undefined; id = parent.get(id)) {
      const n = nodeById.get(id)!;
      const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + dt);
    }
  });
  console.log('JS inclusive inside windows, per change (ms):');
  for (const [k, v] of [...incl].sort((x, y) => y[1] - x[1]).slice(0, Number(process.env.RD_PROFILE_TOP ?? 60))) console.log(`  ${(v / 1000 / spans.length).toFixed(2)}  ${k}`);
  // The whole cycle (Enter to the next Enter): the main thread's tasks by what they ran, per change.
  if (process.env.RD_PROFILE_CYCLE) {
    const enters = marks.filter((e) => e.name === 'rd-enter').map((e) => e.ts);
    const from = enters[1] ?? 0; const to = enters.at(-1) ?? 0; const cycles = Math.max(1, enters.length - 2);
    const kinds = new Map<string, { wall: number; cpu: number; n: number }>();
    for (const task of events) {
      if (task.tid !== main || task.ph !== 'X' || task.name !== 'RunTask' || !task.dur || task.ts < from || task.ts > to) continue;
      const inner = events.filter((e) => e.tid === main && e.ph === 'X' && e.name !== 'RunTask' && e.dur && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!).sort((x, y) => y.dur! - x.dur!)[0];
      const kind = inner ? label(inner) : '(empty)';
      const k = kinds.get(kind) ?? { wall: 0, cpu: 0, n: 0 };
      k.wall += task.dur; k.cpu += task.tdur ?? 0; k.n++;
      kinds.set(kind, k);
    }
    // One cycle's timeline (the third change): every task above 0.3 ms, from its Enter.
    for (const task of events) {
      if (task.tid !== main || task.ph !== 'X' || task.name !== 'RunTask' || !task.dur || task.dur < 300 || task.ts < enters[2]! || task.ts > enters[3]!) continue;
      const inner = events.filter((e) => e.tid === main && e.ph === 'X' && e.name !== 'RunTask' && e.dur && e.dur > 100 && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!).slice(0, 6)
        .map((e) => `${label(e)} ${(e.dur! / 1000).toFixed(1)}`);
      console.log(`  +${((task.ts - enters[2]!) / 1000).toFixed(1)} ${(task.dur / 1000).toFixed(1)} ms (cpu ${((task.tdur ?? 0) / 1000).toFixed(1)}): ${inner.join(', ')}`);
    }
    console.log(`main-thread tasks per change cycle (${cycles} cycles; ms wall / ms CPU / count):`);
    for (const [k, v] of [...kinds].sort((x, y) => y[1].cpu - x[1].cpu).slice(0, 25)) console.log(`  ${(v.wall / 1000 / cycles).toFixed(2)} / ${(v.cpu / 1000 / cycles).toFixed(2)} / ${(v.n / cycles).toFixed(1)}  ${k}`);
  }
  const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? NaN;
  console.log(`median over ${tasks.length} changes (first left out): Enter → frame ${med(tasks.slice(1).map((t) => t.wall)).toFixed(1)} ms, main-thread CPU ${med(tasks.slice(1).map((t) => t.cpu)).toFixed(1)} ms; load ${loadavg()[0]!.toFixed(1)}`);
  console.log('inside Enter → frame, per change (ms wall / ms thread CPU):');
  for (const [k, v] of [...inWindow].sort((x, y) => y[1] - x[1]).slice(0, 20)) console.log(`  ${(v / 1000 / windows).toFixed(2)} / ${((inWindowCpu.get(k) ?? 0) / 1000 / windows).toFixed(2)}  ${k}`);
  await app.close();
} finally {
  await browser.close();
  rmSync(dataDir, { recursive: true, force: true });
}
