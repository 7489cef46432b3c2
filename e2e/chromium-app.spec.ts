// The Chromium app exactly as `npm start` opens it where Electron is not installed
// (scripts/chromium-app.ts: its flags, its profile in the data folder, its pickers and path grants),
// not the e2e bridge whose dialogs a test answers. Chromium's file and folder pickers are answered as a
// person would, through the file chooser; only the save picker's native window, which no automation can
// drive, is replaced by a file the page's own File System Access code writes (in the origin's private
// file system); the other export takes the download route the app uses where that picker is missing.
import { test, expect, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { launchChromiumApp, chromiumAppFlags, type ChromiumApp } from '../scripts/chromium-app.ts';
import { createServices } from '../electron/services/index.ts';
import { docText } from '../electron/shared/doc-build.ts';
import { chooseBlankPage } from './actions.ts';
import { answerSavePicker, savedByPicker } from './save-picker.ts';

const SEEDS = resolve(import.meta.dirname, '..', 'data', 'samples');

test.skip(process.env.E2E_MODE === 'electron', 'the Chromium app is what runs where Electron does not');

let dataDir: string;
let work: string;
let running: ChromiumApp;

test.beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rd-chromium-app-'));
  work = mkdtempSync(join(tmpdir(), 'rd-chromium-work-'));
  running = await launchChromiumApp({ dataDir, headless: true, samples: false, viewport: { width: 1280, height: 800 }, downloadsDir: join(work, 'Downloads') });
});

test.afterEach(async () => {
  await running.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

async function writeDocx(path: string, title: string, body: string): Promise<void> {
  const doc = new Document({ sections: [{ children: [new Paragraph({ text: title, heading: HeadingLevel.TITLE }), new Paragraph(body)] }] });
  writeFileSync(path, await Packer.toBuffer(doc));
}

async function importPanelFinished(page: Page): Promise<void> {
  const panel = page.getByTestId('import-panel');
  await expect(panel).toHaveAttribute('data-state', 'finished', { timeout: 30_000 });
}

test('opens as an app window on its own profile, says which shell runs, and refuses paths the user did not pick', async () => {
  const { page } = running;
  const flags = chromiumAppFlags();
  expect(flags.some((f) => f.startsWith('--app='))).toBe(true);
  expect(flags).toContain('--lang=vi');
  expect(flags).toContain('--disable-features=Translate');
  expect(existsSync(join(dataDir, 'chromium-app', 'profile', 'Default', 'Preferences'))).toBe(true);
  expect(JSON.parse(readFileSync(join(dataDir, 'chromium-app', 'profile', 'Default', 'Preferences'), 'utf8')).translate.enabled).toBe(false);
  expect(await page.evaluate(() => [navigator.language, document.documentElement.lang, window.isSecureContext])).toEqual(['vi-VN', 'vi', true]);
  // Served by its own loopback server; nothing else is reachable, not even by a page of its own.
  expect(new URL(page.url()).origin).toBe(running.app.origin);
  expect(running.app.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const stray = await running.context.newPage();
  await expect(stray.goto('http://example.com/')).rejects.toThrow(/ERR_NAME_NOT_RESOLVED/);
  await stray.close();

  await page.getByTestId('open-about').click();
  await expect(page.getByTestId('about-front-end')).toHaveText('Chromium — chưa cài Electron');
  await expect(page.getByTestId('about-dialog')).not.toContainText('kiểm thử');
  await page.keyboard.press('Escape');

  // A page that was made to run foreign script still cannot name a file to read or overwrite.
  const outside = join(work, 'secret.txt');
  writeFileSync(outside, 'Hội nghị bí mật');
  const refused = await page.evaluate(async (path) => {
    const t = (window as unknown as { rdTransport: { invoke(c: string, a: unknown): Promise<{ ok: boolean; error?: { code: string } }> } }).rdTransport;
    return Promise.all([
      t.invoke('import:start', { paths: [path] }),
      t.invoke('files:take', { path }),
      t.invoke('export:docx', { reviewId: 'x', path: path.replace('secret.txt', 'out.docx'), settings: {} }),
      t.invoke('files:stage', { batch: 'b1', path: '../../escape.txt', data: btoa('x') }),
    ]);
  }, outside);
  expect(refused.slice(0, 2).map((r) => r.error?.code)).toEqual(['path-not-chosen', 'path-not-chosen']);
  expect(refused[2]!.ok).toBe(false);
  // "../.." is flattened into the staging folder, never outside it.
  expect(existsSync(join(dataDir, 'escape.txt'))).toBe(false);
  expect(existsSync(join(dataDir, 'chromium-app', 'escape.txt'))).toBe(false);
  expect(running.app.services.reviews.list()).toHaveLength(0);
});

test('imports a .docx and a folder through Chromium\'s pickers and a drop; the source is the name the user knew', async () => {
  const { page } = running;
  const docx = join(work, 'Báo cáo tổng kết ASEAN 2024.docx');
  await writeDocx(docx, 'Báo cáo tổng kết tình hình hợp tác ASEAN năm 2024', 'Năm 2024, Việt Nam tích cực tham gia hợp tác ASEAN.');

  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-files').click();
  await (await chooser).setFiles(docx);
  await importPanelFinished(page);
  await expect(page.locator('[data-testid=import-result][data-status=imported]')).toHaveCount(1);
  const row = page.getByTestId('review-row').filter({ hasText: 'năm 2024' });
  await expect(row).toBeVisible();
  await row.getByTestId('review-properties').click();
  await expect(page.getByTestId('meta-source')).toHaveValue('Báo cáo tổng kết ASEAN 2024.docx');
  await page.getByTestId('metadata-panel').getByRole('button', { name: /Đóng|Close/ }).first().click();

  // A folder: its importable files (in subfolders too) go in; a picture and a lock file are left out.
  const folder = join(work, 'Báo cáo cũ');
  mkdirSync(join(folder, '2023'), { recursive: true });
  const seeds = readdirSync(SEEDS);
  cpSync(join(SEEDS, seeds[0]!), join(folder, seeds[0]!));
  cpSync(join(SEEDS, seeds[2]!), join(folder, '2023', seeds[2]!));
  writeFileSync(join(folder, 'anh.png'), 'not a review');
  writeFileSync(join(folder, '~$khoa.docx'), 'lock');
  await page.getByTestId('import-close').click();
  const folderChooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-folder').click();
  await (await folderChooser).setFiles(folder);
  await importPanelFinished(page);
  await expect(page.locator('[data-testid=import-result][data-status=imported]')).toHaveCount(2);
  await expect(page.getByTestId('review-row')).toHaveCount(3);

  // A file dropped on the library takes the same way in.
  await page.getByTestId('import-close').click();
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'Thông cáo báo chí.txt', { type: 'text/plain' }));
    return dt;
  }, readFileSync(join(SEEDS, seeds[4]!), 'utf8'));
  await page.getByTestId('library-view').dispatchEvent('dragover', { dataTransfer });
  await page.getByTestId('library-view').dispatchEvent('drop', { dataTransfer });
  await importPanelFinished(page);
  await expect(page.getByTestId('review-row')).toHaveCount(4);
  const sources = running.app.services.reviews.list().map((r) => r.fields.source).sort();
  expect(sources).toContain('Báo cáo tổng kết ASEAN 2024.docx');
  expect(sources).toContain('Thông cáo báo chí.txt');
  expect(sources).toContain(seeds[2]);
});

test('exports Word through the save picker and PDF as a download, and the files hold the review', async () => {
  const { page } = running;
  await page.getByTestId('new-review').click();
  await chooseBlankPage(page);
  await page.getByTestId('new-review-title').fill('Báo cáo xuất Chromium');
  await page.getByTestId('new-review-create').click();
  await page.getByTestId('editor').click();
  await page.keyboard.type('Năm 2025, Cộng đồng ASEAN tròn 10 năm.');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  await answerSavePicker(page);
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-number').fill('07/BC-BNG');
  await dialog.getByTestId('export-docx').click();
  await expect(page.getByTestId('export-done')).toContainText('Báo cáo xuất Chromium.docx');
  const zip = await JSZip.loadAsync(await savedByPicker(page, 'Báo cáo xuất Chromium.docx'));
  const body = await zip.file('word/document.xml')!.async('string');
  expect(body).toContain('Năm 2025, Cộng đồng ASEAN tròn 10 năm.');
  expect(body).toContain('07/BC-BNG');

  // Without the save picker the app downloads the file, which lands in the Downloads folder.
  await page.evaluate(() => { delete (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker; });
  await page.getByTestId('open-export').click();
  const download = page.waitForEvent('download');
  await dialog.getByTestId('export-pdf').click();
  await download;
  await expect(page.getByTestId('export-done')).toContainText('Báo cáo xuất Chromium.pdf');
  const pdf = join(work, 'Downloads', 'Báo cáo xuất Chromium.pdf');
  await expect.poll(() => existsSync(pdf), { timeout: 20_000 }).toBe(true);
  await expect.poll(() => readFileSync(pdf).subarray(0, 5).toString(), { timeout: 10_000 }).toBe('%PDF-');
  const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;
  expect(text.replace(/\s+/g, ' ')).toContain('Cộng đồng ASEAN tròn 10 năm');
  // Nothing of the export is left behind in the app's own folder.
  expect(existsSync(join(dataDir, 'chromium-app', 'exports')) ? readdirSync(join(dataDir, 'chromium-app', 'exports')) : []).toEqual([]);
});

test('empties the trash and restores a version after in-page confirmations', async () => {
  const { page, app } = running;
  await page.getByTestId('new-review').click();
  await chooseBlankPage(page);
  await page.getByTestId('new-review-title').fill('Báo cáo lịch sử Chromium');
  await page.getByTestId('new-review-create').click();
  const editor = page.getByTestId('editor');
  await editor.click();
  await page.keyboard.type('Hội nghị tổng kết năm 2025.');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText(/Đã lưu lúc/);
  await page.keyboard.type(' Thêm đoạn mới.');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText(/Đã lưu lúc/);

  await page.getByTestId('toggle-history').click();
  await page.getByTestId('history-item').nth(1).click();
  await page.getByTestId('restore-version').click();
  const confirm = page.getByTestId('confirm-modal');
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Huỷ' }).or(confirm.getByRole('button', { name: 'Hủy' })).click();
  await expect(confirm).toBeHidden();
  await expect(editor).toHaveText('Hội nghị tổng kết năm 2025. Thêm đoạn mới.');
  await page.getByTestId('restore-version').click();
  await confirm.locator('button[type=submit]').click();
  await expect(page.getByTestId('restore-done')).toBeVisible();
  await expect(editor).toHaveText('Hội nghị tổng kết năm 2025.');

  await page.getByTestId('nav-library').click();
  await page.getByTestId('review-row').first().getByTestId('review-delete').click();
  await expect(page.getByTestId('review-row')).toHaveCount(0);
  await page.getByTestId('nav-trash').click();
  await expect(page.getByTestId('trash-row')).toHaveCount(1);
  await page.getByTestId('empty-trash').click();
  await expect(confirm).toBeVisible();
  await confirm.locator('button[type=submit]').click();
  await expect(page.getByTestId('trash-row')).toHaveCount(0);
  expect(app.services.reviews.list(true)).toHaveLength(0);
});

test('the next start opens on the same origin, so what the window kept (a draft to offer back) is found again', async () => {
  const { page } = running;
  const origin = running.app.origin;
  await page.evaluate(() => localStorage.setItem('rd-test-kept', 'còn đây'));
  await running.close();
  running = await launchChromiumApp({ dataDir, headless: true, samples: false, viewport: { width: 1280, height: 800 }, downloadsDir: join(work, 'Downloads') });
  expect(running.app.origin).toBe(origin);
  expect(await running.page.evaluate(() => localStorage.getItem('rd-test-kept'))).toBe('còn đây');
});

test('closing the window right after typing keeps the typing (the window waits for the save)', async () => {
  const { page, context } = running;
  await page.getByTestId('new-review').click();
  await chooseBlankPage(page);
  await page.getByTestId('new-review-title').fill('Đóng cửa sổ ngay');
  await page.getByTestId('new-review-create').click();
  await page.getByTestId('editor').click();
  await page.keyboard.type('Gõ xong là đóng cửa sổ');
  const closed = new Promise<void>((resolve) => context.on('close', () => resolve()));
  // What the window's close button does: run beforeunload, then close.
  await page.close({ runBeforeUnload: true });
  await closed;
  const services = createServices({ dataDir, mode: 'cli' });
  try {
    const [review] = services.reviews.list();
    expect(docText(services.reviews.get(review!.id).content)).toBe('Gõ xong là đóng cửa sổ');
  } finally {
    services.close();
  }
});
