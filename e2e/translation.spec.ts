// Issue 12 end to end (browser mode): a Vietnamese draft that reuses 2023 sentences gets its English
// version from the sample library's 2023 pair; the user takes the fuzzy match of a changed sentence
// from the translation panel, and the English version exports to Word with it.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { test, expect } from './fixtures.ts';
import { createReview } from './actions.ts';
import { invoke } from './invoke.ts';
import type { SegmentView } from '../electron/shared/tm.ts';
import type { ReviewMeta } from '../electron/shared/review.ts';

test.use({ withSamples: true });

const EXACT_VI = 'Điều này càng có ý nghĩa đặc biệt trong bối cảnh ASEAN chịu tác động mạnh từ rất nhiều biến động phức tạp, khó lường của môi trường quốc tế và khu vực.';
const EXACT_EN = 'This is especially meaningful in the context of ASEAN being strongly affected by many complex and unpredictable fluctuations in the international and regional environment.';
// The 2023 attendance sentence with a few words changed ("ban," dropped, "Hội nghị" → "cuộc họp").
const FUZZY_VI = 'Khoảng 80 đại biểu đại diện các bộ, ngành đã tham gia cuộc họp.';
const FUZZY_EN = 'Nearly 80 delegates representing ministries/departments/sectors attended the Conference.';

test('create the English version of a Vietnamese review, accept a fuzzy match, export', async ({ app, page }) => {
  await expect(page.getByTestId('review-row')).toHaveCount(6); // the sample library (five articles and the 2025 sample report), with the 2023 pair linked
  const viId = await createReview(page, 'Thông cáo báo chí 2024', { year: '2024', text: `${EXACT_VI}\n${FUZZY_VI}` });

  await page.getByTestId('toggle-translation').click();
  const panel = page.getByTestId('tm-panel');
  await expect(panel).toBeVisible();
  await panel.getByTestId('tm-create-version').click();
  await expect(page.getByTestId('toast-success')).toContainText(/1 câu trùng khớp, 1 câu gần đúng, 0 câu cần dịch/);
  // The new English review is open: a different id, linked to the Vietnamese one, pre-filled.
  await expect(page.getByTestId('editor-screen')).not.toHaveAttribute('data-review-id', viId);
  const enId = (await page.getByTestId('editor-screen').getAttribute('data-review-id'))!;
  const editor = page.getByTestId('editor');
  await expect(editor.locator('p').nth(0)).toHaveText(EXACT_EN);
  await expect(editor.locator('p').nth(1)).toHaveText(FUZZY_EN);

  // The translation panel on the fuzzy sentence: its score, the source and what differs from the memory.
  await page.getByTestId('toggle-translation').click();
  await editor.locator('p').nth(1).click();
  const segment = panel.getByTestId('tm-segment');
  await expect(segment.getByTestId('tm-score')).toHaveText('80 %');
  await expect(segment).toHaveAttribute('data-status', 'pending');
  await expect(segment).toContainText(FUZZY_VI);
  await expect(segment.getByTestId('tm-diff').locator('del')).toHaveText(['ban', 'Hội nghị']);
  await expect(segment.getByTestId('tm-diff').locator('ins')).toHaveText(['cuộc họp']);
  await expect(panel.getByTestId('tm-match').first()).toContainText(FUZZY_EN);
  // The pending fuzzy sentence is marked in the text (a CSS highlight over exactly its words).
  await expect.poll(() => page.evaluate(() => [...(CSS.highlights.get('tm-fuzzy') ?? [])].map((r) => r.toString()))).toEqual([FUZZY_EN]);
  await page.screenshot({ path: test.info().outputPath('translation-panel.png') });

  // Take the match: the sentence is (re)written from the memory and the choice is recorded.
  await panel.getByTestId('tm-use-match').first().click();
  await expect(segment).toHaveAttribute('data-status', 'accepted');
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('tm-fuzzy')?.size ?? 0)).toBe(0);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  const segments = await invoke<SegmentView[]>(page, 'tm:segments', { reviewId: enId });
  expect(segments.map((s) => [s.kind, s.status])).toEqual([['exact', 'accepted'], ['fuzzy', 'accepted']]);

  // The glossary check of the English version runs from the panel.
  await panel.getByTestId('tm-run-check').click();
  await expect(panel.getByTestId('tm-check-clean')).toBeVisible();

  // Export the English version to Word; the file holds the pre-filled and the accepted sentences.
  const out = join(mkdtempSync(join(tmpdir(), 'rd-tm-export-')), 'english.docx');
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await app.answer({ pickExport: [out] });
  await dialog.getByTestId('export-docx').click();
  await expect(page.getByTestId('export-done')).toContainText(out);
  const body = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
  expect(body).toContain(EXACT_EN);
  expect(body).toContain(FUZZY_EN.replace('/', '/'));
  expect(body).not.toContain('Khoảng 80');
});

test('the glossary check of an English version lists terms against the glossary and jumps to them', async ({ page }) => {
  await expect(page.getByTestId('review-row')).toHaveCount(6);
  // The 2023 Vietnamese sample: its English version is all 100 % matches from the 2023 English,
  // which says "the central role of ASEAN" where the glossary has "centrality" for "vai trò trung tâm".
  const reviews = await invoke<ReviewMeta[]>(page, 'reviews:list', {});
  const vi2023 = reviews.find((r) => r.year === 2023 && r.lang === 'vi')!;
  await page.locator(`[data-testid="review-row"][data-review-id="${vi2023.id}"]`).getByTestId('review-open').click();
  await page.getByTestId('toggle-translation').click();
  const panel = page.getByTestId('tm-panel');
  await panel.getByTestId('tm-create-version').click();
  await expect(page.getByTestId('toast-success')).toContainText(/21 câu trùng khớp/);
  await page.getByTestId('toggle-translation').click();
  await panel.getByTestId('tm-run-check').click();
  const finding = panel.getByTestId('tm-finding').filter({ hasText: 'Vai trò trung tâm' }).first();
  await expect(finding).toContainText('“centrality”');
  await finding.getByTestId('tm-finding-jump').click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toContain('the central role of ASEAN');
  // The same findings are in the shared check panel.
  await page.getByTestId('toggle-check').click();
  await expect(page.locator('[data-testid="check-item"][data-kind="glossary-term"]').first()).toBeVisible();
});

test("the English version of a press release made from its template: the sibling template's title, the chips' values in English", async ({ page }) => {
  await page.getByTestId('new-review').click();
  await page.getByTestId('new-review-kind').selectOption('press');
  await expect(page.getByTestId('new-review-template')).toHaveValue('press-release.vi');
  await page.getByTestId('new-review-create').click();
  const editor = page.getByTestId('editor');
  await expect(editor.locator('.rd-field[data-field="chair"]').first()).toHaveText('Phi-líp-pin');
  await page.getByTestId('toggle-translation').click();
  await page.getByTestId('tm-panel').getByTestId('tm-create-version').click();
  await expect(page.getByTestId('toast-success')).toContainText('Đã tạo bản dịch');
  await expect(page.getByTestId('editor-screen').locator('.lang-badge.lang-en')).toBeVisible();
  await expect(editor.locator('.rd-field[data-field="chair"]').first()).toHaveText('the Philippines');
  await expect(editor.locator('.rd-field[data-field="summits"]').first()).toHaveText('48th and 49th');
  await expect(editor.locator('.rd-field[data-field="chairingOfficial"]').first()).toHaveText('Dang Hoang Giang');
  const id = (await page.getByTestId('editor-screen').getAttribute('data-review-id'))!;
  const meta = await invoke<ReviewMeta>(page, 'reviews:get', { id });
  expect(meta.title).toBe('Deputy Minister of Foreign Affairs Dang Hoang Giang chairs the inter-sectoral meeting reviewing ASEAN cooperation in 2026');
  expect(meta.fields).toMatchObject({ chairName: 'Dang Hoang Giang', chairTitle: 'Deputy Minister of Foreign Affairs' });
});
