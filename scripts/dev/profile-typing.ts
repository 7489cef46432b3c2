// Dev tool: profiles typing on a 3,000-paragraph review in Chromium (browser-mode bridge, built renderer;
// `RD_NO_MINIFY=1 npm run build` first for readable names). Writes outDir/cpu.cpuprofile and
// outDir/trace.json (open them in Chrome's DevTools) and prints latency and the hottest functions.
// Usage: node scripts/dev/profile-typing.ts [outDir]. Environment, all optional:
//   KEYS=150  keystrokes;  WHERE=start|middle|end  the paragraph typed in;  BENCH_PARAGRAPHS=3000
//   PANEL=<test id>  a button to press first (e.g. toggle-reuse);  OPEN=1  profile opening the review instead
//   CATS=<trace categories>;  QUIET=1  latency only;  NOPROF=1  the trace only, without the sampling profiler
//   INIT / EXP / STATS  page scripts: before the app loads / before typing / printed after typing (experiments)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, probeModes } from '../../e2e/mode.ts';
import { openBrowserApp } from '../../e2e/bridge.ts';
import { headlessDialogs } from '../../electron/services/ports.ts';
import { createServices } from '../../electron/services/index.ts';
import { bigReview } from '../../bench/fixtures.ts';
import { caretInParagraph, installKeystrokeProbe, keystrokeLatencies } from '../../bench/keystroke-probe.ts';

const outDir = process.argv[2] ?? '/tmp/prof';
const probe = probeModes();
const dataDir = mkdtempSync(join(tmpdir(), 'rd-prof-'));
const seed = createServices({ dataDir, mode: 'cli' });
const PARAGRAPHS = Number(process.env.BENCH_PARAGRAPHS ?? 3000);
seed.reviews.create({ title: 'Typing bench', year: 2025, lang: 'vi', content: bigReview(PARAGRAPHS) });
seed.close();
const browser = await chromium.launch({ executablePath: probe.chromium!, args: [...CHROMIUM_FLAGS, '--disable-gpu-vsync', '--disable-frame-rate-limit'], headless: true });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  if (process.env.INIT) await page.addInitScript(process.env.INIT);
  const app = await openBrowserApp(page, dataDir, headlessDialogs, false);
  await page.getByTestId('review-open').first().click();
  await page.getByTestId('editor').waitFor();
  await page.waitForFunction((n) => (document.querySelector('[data-testid="editor"]')?.childElementCount ?? 0) >= n, PARAGRAPHS);
  if (process.env.OPEN) { // profile opening the review instead: library → click → first editable frame
    await page.getByTestId('back-to-library').click();
    await page.getByTestId('review-open').first().waitFor();
    await page.waitForTimeout(1000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await browser.startTracing(page, { path: join(outDir, 'trace.json'), categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
    await cdp.send('Profiler.start');
    const ms = await page.evaluate(() => new Promise<number>((resolve) => {
      const t0 = performance.now();
      const tick = () => {
        const root = document.querySelector<HTMLElement>('[data-testid="editor"][contenteditable="true"]');
        if (root && root.childElementCount > 0) return resolve(performance.now() - t0);
        requestAnimationFrame(tick);
      };
      document.querySelector<HTMLElement>('[data-testid="review-open"]')!.click();
      requestAnimationFrame(tick);
    }));
    const { profile } = await cdp.send('Profiler.stop');
    await browser.stopTracing();
    writeFileSync(join(outDir, 'open.cpuprofile'), JSON.stringify(profile));
    console.log('open-to-editable ms', ms);
    await app.close();
    process.exit(0);
  }
  if (process.env.PANEL) await page.getByTestId(process.env.PANEL).click();
  if (process.env.EXP) await page.evaluate(process.env.EXP);
  await page.waitForTimeout(1500);
  await installKeystrokeProbe(page);
  await caretInParagraph(page, (process.env.WHERE ?? 'middle') as 'start' | 'middle' | 'end');
  const cdp = await page.context().newCDPSession(page);
  const profiling = !process.env.NOPROF; // NOPROF=1: the trace only (no sampling profiler's overhead)
  if (profiling) await cdp.send('Profiler.enable');
  if (profiling) await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await browser.startTracing(page, { path: join(outDir, 'trace.json'), categories: (process.env.CATS ?? 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing').split(',') });
  if (profiling) await cdp.send('Profiler.start');
  const text = 'Tăng cường hợp tác ASEAN năm 2026 ';
  for (let i = 0; i < Number(process.env.KEYS ?? 150); i++) { await page.keyboard.type(text[i % text.length]!); await page.waitForTimeout(8); }
  type CpuProfile = { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; hitCount?: number; children?: number[] }[]; samples: number[]; timeDeltas: number[] };
  const { profile } = profiling ? await cdp.send('Profiler.stop') as { profile: CpuProfile } : { profile: { nodes: [], samples: [], timeDeltas: [] } as CpuProfile };
  await browser.stopTracing();
  if (process.env.STATS) console.log(JSON.stringify(await page.evaluate(process.env.STATS)).slice(0, 3000));
  const lat = await keystrokeLatencies(page);
  writeFileSync(join(outDir, 'cpu.cpuprofile'), JSON.stringify(profile));
  // self time per function
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFn = new Map<string, number>();
  for (const node of profile.nodes) {
    const key = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}:${node.callFrame.columnNumber}`;
    byFn.set(key, (byFn.get(key) ?? 0) + (self.get(node.id) ?? 0) / 1000);
  }
  if (process.env.QUIET) { console.log('latency p50', lat[Math.floor(lat.length / 2)], 'p95', lat[Math.floor(lat.length * 0.95)], 'n', lat.length); await app.close(); process.exit(0); }
  const top = [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 40);
  console.log('latency p50', lat[Math.floor(lat.length / 2)], 'p95', lat[Math.floor(lat.length * 0.95)], 'n', lat.length);
  for (const [k, v] of top) console.log(v.toFixed(1).padStart(8), k);
  await app.close();
} finally {
  await browser.close();
  rmSync(dataDir, { recursive: true, force: true });
}
