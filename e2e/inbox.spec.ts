// The ministries' contributions (issue 14) in the Chromium app over the real services: contribution
// files from five ministries (one under its pre-2025 name, one sent twice) are dropped on the panel →
// the ministry of each is confirmed → the board shows who sent what → a ministry's paragraph goes into
// the caret's section of the draft → its provenance shows on the block, and the board counts it merged.
import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { launchChromiumApp, type ChromiumApp } from '../scripts/chromium-app.ts';
import { makeContributions } from '../electron/inbox/testing/contributions.ts';
import { chooseBlankPage } from './actions.ts';
import { answerSavePicker, savedByPicker } from './save-picker.ts';
import { createRequire } from 'node:module';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core (WCAG 2.1 AA and best practice) over the panel: the rule ids and elements of any violation. */
async function axePanel(page: Page): Promise<string[]> {
  await page.waitForTimeout(250);
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } };
    const result = await w.axe.run('[data-testid="inbox-panel"]', { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
}

test.skip(process.env.E2E_MODE === 'electron', 'drops are staged by the Chromium app');

let dataDir: string;
let work: string;
let running: ChromiumApp;

test.beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rd-inbox-'));
  work = mkdtempSync(join(tmpdir(), 'rd-inbox-work-'));
  running = await launchChromiumApp({ dataDir, headless: true, samples: false, viewport: { width: 1400, height: 900 }, downloadsDir: join(work, 'Downloads') });
});

test.afterEach(async () => {
  await running.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

/** A 2026 draft with two sections typed as a user does (Ctrl+Alt+1 makes a "I." heading). */
async function draftWithSections(page: Page): Promise<void> {
  await page.getByTestId('new-review').click();
  await chooseBlankPage(page);
  await page.getByTestId('new-review-title').fill('Báo cáo tổng kết hợp tác ASEAN năm 2026');
  await page.getByTestId('new-review-year').fill('2026');
  await page.getByTestId('new-review-create').click();
  const editor = page.getByTestId('editor');
  await editor.click();
  await page.keyboard.press('Control+Alt+1');
  await page.keyboard.type('I. KẾT QUẢ HỢP TÁC ASEAN NĂM 2026');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Alt+0');
  await page.keyboard.type('Năm 2026, hợp tác ASEAN đạt nhiều kết quả.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Alt+1');
  await page.keyboard.type('II. PHƯƠNG HƯỚNG NĂM 2027');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Alt+0');
  await page.keyboard.type('Năm 2027, Việt Nam tiếp tục tham gia tích cực.');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
}

async function dropFiles(page: Page, testId: string, files: { name: string; data: string }[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    }
    return dt;
  }, files);
  await page.getByTestId(testId).dispatchEvent('dragover', { dataTransfer });
  await page.getByTestId(testId).dispatchEvent('drop', { dataTransfer });
}

test('drop five ministries\' files → confirm → board → insert a paragraph into the caret\'s section → provenance shown', async () => {
  const { page } = running;
  await draftWithSections(page);
  const made = makeContributions(join(work, 'files'));
  await page.getByTestId('toggle-inbox').click();
  const panel = page.getByTestId('inbox-panel');
  await expect(panel.getByTestId('inbox-row')).toHaveCount(16); // the current ministries, without Foreign Affairs itself

  // The deadline, then the request letter: a Decree 30 công văn to all of them; they are asked today.
  // Dates are written day first, whatever the system's language: "25/11" takes the review's year.
  await panel.getByTestId('inbox-deadline').fill('25/11');
  await panel.getByTestId('inbox-deadline').press('Enter');
  await expect(panel.getByTestId('inbox-deadline')).toHaveValue('25/11/2026');
  await expect(panel.getByTestId('inbox-counts')).toContainText(/Còn \d+ ngày đến hạn|Đã quá hạn \d+ ngày/);
  // A date that cannot be read is said so, and nothing is stored.
  await panel.getByTestId('inbox-meeting').fill('31/11/2026');
  await panel.getByTestId('inbox-meeting').press('Enter');
  await expect(panel.getByTestId('inbox-meeting')).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByRole('alert')).toContainText('Không đọc được ngày “31/11/2026”');
  // The meeting date is the review's own: Properties shows the one typed here, and the letter names it.
  await panel.getByTestId('inbox-meeting').fill('ngày 10 tháng 12');
  await panel.getByTestId('inbox-meeting').press('Tab');
  await expect(panel.getByTestId('inbox-meeting')).toHaveValue('10/12/2026');
  await expect(panel.getByTestId('inbox-meeting')).toHaveAttribute('aria-invalid', 'false');
  await expect.poll(() => running.app.services.reviews.list().find((r) => r.year === 2026)?.fields.meetingDate).toBe('2026-12-10');
  await answerSavePicker(page);
  await panel.getByTestId('inbox-letter-request').click();
  await expect(page.getByTestId('inbox-letter-done')).toContainText('16');
  const letter = await JSZip.loadAsync(await savedByPicker(page, 'Cong-van-de-nghi-dong-gop.docx'));
  const letterXml = await letter.file('word/document.xml')!.async('string');
  expect(letterXml).toContain('V/v đề nghị đóng góp');
  expect(letterXml).toContain('- Bộ Quốc phòng;');
  expect(letterXml).toContain('trước ngày 25/11/2026');
  expect(letterXml).toContain('dự kiến tổ chức ngày 10/12/2026');
  await expect(panel.locator('[data-testid="inbox-row"][data-ministry="mod"]')).toHaveAttribute('data-state', /asked|late/);

  await dropFiles(page, 'inbox-drop', made.map((m) => ({ name: basename(m.file), data: readFileSync(m.file).toString('base64') })));
  const confirm = panel.getByTestId('inbox-confirm');
  await expect(confirm.getByTestId('inbox-confirm-file')).toHaveCount(6);
  // The pre-2025 name is proposed as today's ministry, and says so.
  const planning = confirm.locator('[data-testid="inbox-confirm-file"][data-file="bao-cao-dau-tu.docx"]');
  await expect(planning.getByTestId('inbox-confirm-ministry')).toHaveValue('mof');
  await expect(planning.getByTestId('inbox-confirm-former')).toContainText('Bộ Kế hoạch và Đầu tư');
  await expect(confirm.locator('[data-file="Bo_Y_te_gop_y.docx"]').getByTestId('inbox-confirm-evidence')).toContainText('Bo_Y_te_gop_y.docx');
  await page.screenshot({ path: test.info().outputPath('confirm.png') });
  expect(await axePanel(page), 'axe: confirmation list').toEqual([]);
  await confirm.getByTestId('inbox-confirm-file-all').click();
  await expect(confirm).toHaveCount(0);

  const row = (key: string) => panel.locator(`[data-testid="inbox-row"][data-ministry="${key}"]`);
  for (const key of ['moit', 'mof', 'moh', 'sbv', 'moet']) await expect(row(key)).toHaveAttribute('data-state', 'received');
  await expect(row('moit').getByTestId('inbox-received')).toContainText('cong-van-1234.docx · 20/11/2026');
  await expect(row('moet').getByTestId('inbox-version')).toContainText('2');
  await expect(row('mod')).toHaveAttribute('data-state', /asked|late/);
  // The second version says what changed.
  await row('moet').getByTestId('inbox-show-changes').click();
  await expect(row('moet').locator('[data-testid="inbox-change"][data-kind="changed"]')).toContainText('lần thứ 13');
  await expect(row('moet').locator('[data-testid="inbox-change"][data-kind="added"]')).toContainText('AUN');
  // The file can be read in full from its row.
  await row('moit').getByTestId('inbox-read-file').click();
  await expect(row('moit').getByTestId('inbox-reading')).toContainText('ATIGA');
  await page.screenshot({ path: test.info().outputPath('board.png') });
  expect(await axePanel(page), 'axe: board').toEqual([]);

  // The caret in "II. PHƯƠNG HƯỚNG" of the draft: the merge tab shows what each ministry sent for it.
  const editor = page.getByTestId('editor');
  await editor.getByText('Năm 2027, Việt Nam tiếp tục tham gia tích cực.').click();
  await page.keyboard.press('End');
  await panel.getByTestId('inbox-tab-merge').click();
  await expect(panel.getByTestId('inbox-merge-section')).toHaveValue('orientations');
  await expect(panel.getByTestId('inbox-merge-part')).toHaveCount(5);
  const trade = panel.locator('[data-testid="inbox-merge-part"][data-ministry="moit"]');
  await expect(trade.getByTestId('inbox-merge-paragraph').first()).toContainText('DEFA');
  await expect(panel.getByTestId('inbox-unused-item')).toHaveCount(5);
  expect(await axePanel(page), 'axe: merge tab').toEqual([]);
  await trade.getByTestId('inbox-merge-insert').first().click();

  const inserted = editor.locator('.rd-reused', { hasText: 'DEFA' });
  await expect(inserted).toHaveAttribute('title', 'Nguồn: Bộ Công Thương, 20/11/2026');
  await expect(trade.getByTestId('inbox-merge-used')).toHaveCount(1);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  // Saved with the draft: the board counts Industry and Trade merged, and it is no longer unused.
  await expect(panel.getByTestId('inbox-unused-item')).toHaveCount(4);
  await panel.getByTestId('inbox-tab-board').click();
  await expect(row('moit')).toHaveAttribute('data-state', 'merged');
  await expect(row('moit').getByTestId('inbox-used')).toContainText('1/');
  await page.screenshot({ path: test.info().outputPath('merged.png') });
  const saved = running.app.services.reviews.list().find((r) => r.year === 2026)!;
  const blocks = running.app.services.reviews.get(saved.id).content.root.children as { $?: { provenance?: { title: string } } }[];
  expect(blocks.some((b) => b.$?.provenance?.title === 'Bộ Công Thương, 20/11/2026')).toBe(true);
});

test('a draft returned with two authors\' comments and tracked changes: shown on the words, accepted per ministry, the lost one listed', async () => {
  const { page } = running;
  await draftWithSections(page);
  const services = running.app.services;
  const review = services.reviews.list().find((r) => r.year === 2026)!;
  // Circulated as the app exports it, returned by Industry and Trade with two authors' revisions.
  const circulated = join(work, 'gui-lay-y-kien.docx');
  await services.export.docx(review.id, services.export.settingsFor(review.id), circulated);
  const { returnWithRevisions } = await import('../electron/inbox/testing/returned.ts');
  const back = join(work, 'BoCongThuong_gop_y.docx');
  writeFileSync(back, await returnWithRevisions(readFileSync(circulated), [
    { paragraph: 'Năm 2026, hợp tác ASEAN đạt nhiều kết quả.', pieces: ['Năm 2026, hợp tác ASEAN đạt ', { del: 'nhiều', author: 'Trần Thị Bình' }, { ins: 'những', author: 'Trần Thị Bình' }, ' kết quả', { ins: ' quan trọng', author: 'Lê Văn Cường' }, '.'] },
    { paragraph: 'Năm 2027, Việt Nam tiếp tục tham gia tích cực.', pieces: ['Năm 2027, Việt Nam tiếp tục tham gia ', { comment: 'Nêu rõ lĩnh vực ưu tiên.', on: 'tích cực', author: 'Lê Văn Cường' }, '.'] },
    { paragraph: 'II. PHƯƠNG HƯỚNG NĂM 2027', pieces: ['II. PHƯƠNG HƯỚNG ', { comment: 'Cân nhắc đổi tên mục.', on: 'NĂM 2027', author: 'Trần Thị Bình' }] },
  ]));
  // Since circulation the drafter retitled part II: that comment cannot be anchored.
  const heading2 = page.getByTestId('editor').getByText('II. PHƯƠNG HƯỚNG NĂM 2027');
  await heading2.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('II. ĐỊNH HƯỚNG HỢP TÁC');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  await page.getByTestId('toggle-inbox').click();
  const panel = page.getByTestId('inbox-panel');
  await panel.getByTestId('inbox-tab-comments').click();
  const chooser = page.waitForEvent('filechooser');
  await panel.getByTestId('inbox-import-returns').click();
  await (await chooser).setFiles(back);
  await expect(page.getByTestId('inbox-returns-imported')).toContainText('3 thay đổi');

  const editor = page.getByTestId('editor');
  await expect(editor.locator('.rd-review-deletion')).toHaveText('nhiều');
  await expect(editor.locator('.rd-review-insertion')).toHaveText(['những', ' quan trọng']);
  await expect(editor.locator('.rd-review-insertion').first()).toHaveAttribute('data-author', 'Trần Thị Bình (Bộ Công Thương)');
  await expect(editor.getByTestId('comment-mark')).toHaveText('tích cực');
  const group = panel.locator('[data-testid="inbox-comment-group"][data-ministry="Bộ Công Thương"]');
  await expect(group.getByTestId('inbox-review-item')).toHaveCount(4);
  await expect(panel.getByTestId('inbox-unanchored-item')).toContainText('Cân nhắc đổi tên mục.');
  await page.screenshot({ path: test.info().outputPath('returns.png') });
  expect(await axePanel(page), 'axe: comments tab').toEqual([]);

  await group.getByTestId('inbox-review-item').filter({ hasText: 'Nêu rõ' }).getByTestId('inbox-resolve').click();
  await expect(editor.getByTestId('comment-mark')).toHaveCount(0);
  await group.getByTestId('inbox-accept-all').click();
  await expect(editor.locator('.rd-review-change')).toHaveCount(0);
  await expect(editor).toContainText('Năm 2026, hợp tác ASEAN đạt những kết quả quan trọng.');
  await expect(panel.getByTestId('inbox-comments-none')).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  const saved = JSON.stringify(services.reviews.get(review.id).content);
  expect(saved).not.toContain('review-change');
  expect(saved).toContain('đạt những kết quả quan trọng.');
});
