// Smoke test of the packaged app (CI, after electron-builder): starts the unpacked build from release/
// on a library prepared here, connects over Chromium's remote debugging port (the fuses turn Node's
// inspector off, so Playwright's _electron cannot attach), opens the review and exports it to .docx.
//   node scripts/smoke-packaged.ts
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServices } from '../electron/services/index.ts';
import { doc, paragraph } from '../electron/shared/doc-build.ts';

const root = resolve(import.meta.dirname, '..');
const CANDIDATES: Record<string, string> = {
  linux: 'release/linux-unpacked/review-desk',
  win32: 'release/win-unpacked/Review Desk.exe',
  darwin: `release/mac${process.arch === 'arm64' ? '-arm64' : ''}/Review Desk.app/Contents/MacOS/Review Desk`,
};
const executable = join(root, CANDIDATES[process.platform] ?? '');
if (!existsSync(executable)) throw new Error(`no packaged app at ${executable}: run npx electron-builder --dir first`);

const dataDir = mkdtempSync(join(tmpdir(), 'rd-smoke-'));
const services = createServices({ dataDir, mode: 'cli' });
const seeded = services.reviews.create({ title: 'Báo cáo tổng kết hợp tác ASEAN 2026', year: 2026, lang: 'vi', content: doc([paragraph('I. TÌNH HÌNH'), paragraph('Hội nghị Cấp cao ASEAN lần thứ 48.')]) });
services.close();
const exportPath = join(dataDir, 'smoke export.docx');

const port = 9333;
const app = spawn(executable, [`--data-dir=${dataDir}`, '--no-samples', `--remote-debugging-port=${port}`], {
  env: { ...process.env, REVIEW_DESK_E2E: '1', REVIEW_DESK_E2E_DIALOGS: JSON.stringify({ pickExport: [exportPath] }) },
  stdio: 'inherit',
});
try {
  let browser = null;
  for (let i = 0; i < 60 && !browser; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`).catch(() => null);
  }
  if (!browser) throw new Error('the packaged app did not open a debuggable window within 60 s');
  let page = null;
  for (let i = 0; i < 30 && !page; i++) {
    page = browser.contexts().flatMap((c) => c.pages()).find((p) => p.url().startsWith('app://review-desk/')) ?? null;
    if (!page) await new Promise((r) => setTimeout(r, 500));
  }
  if (!page) throw new Error('no window on app://review-desk');
  await page.waitForFunction(() => document.querySelector('#root')?.children.length);
  const result = await page.evaluate(async ({ id }) => {
    const t = (window as unknown as { rdTransport: { invoke(c: string, a: unknown): Promise<{ ok: boolean; value?: unknown; error?: unknown }> } }).rdTransport;
    const must = async (channel: string, arg: unknown) => {
      const r = await t.invoke(channel, arg);
      if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
      return r.value;
    };
    const list = await must('reviews:list', {}) as { id: string }[];
    const review = await must('reviews:get', { id }) as { title: string };
    const settings = await must('export:settings', { reviewId: id });
    const path = await must('dialog:pickExport', { defaultName: 'smoke.docx', ext: 'docx' }) as string;
    const exported = await must('export:docx', { reviewId: id, settings, path }) as { bytes: number };
    return { listed: list.length, title: review.title, bytes: exported.bytes };
  }, { id: seeded.id });
  if (result.listed !== 1 || !result.title.includes('ASEAN')) throw new Error(`unexpected library: ${JSON.stringify(result)}`);
  const bytes = readFileSync(exportPath);
  if (bytes.subarray(0, 2).toString() !== 'PK' || bytes.length !== result.bytes) throw new Error('the export is not a .docx');
  console.log(`[smoke] packaged app started, opened "${result.title}", exported ${result.bytes} bytes`);
  await browser.close();
} finally {
  app.kill();
}
