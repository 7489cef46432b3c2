// Reuse (issue 11) in a real browser over the real services: insert last year's orientations into a
// 2026 draft → every automatic change is a mark → reject one, accept all → export; then export pending
// marks as Word tracked changes and read them back.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { test, expect } from './fixtures.ts';
import { createReview } from './actions.ts';
import type { Page } from '@playwright/test';
import type { DocParagraph, DocState } from '../electron/shared/doc.ts';

test.use({ withSamples: true });

/** The 2025 press article of the sample library (seed 002). */
const ARTICLE_2025 = 'Cuộc họp liên ngành tổng kết tình hình hợp tác';

test('insert the 2025 orientations into a 2026 draft, review the marks, accept all, export', async ({ app, page }) => {
  await createReview(page, 'Báo cáo tổng kết năm 2026', { year: '2026', text: 'Phương hướng năm tới.' });
  await page.getByTestId('toggle-reuse').click();
  const panel = page.getByTestId('reuse-panel');
  await panel.getByTestId('reuse-section').selectOption('orientations');
  const v2025 = panel.locator('[data-testid="reuse-version"][data-year="2025"]', { hasText: ARTICLE_2025 }).first();
  await expect(v2025).toBeVisible();
  await v2025.getByTestId('reuse-insert-section').click();

  const editor = page.getByTestId('editor');
  const marks = editor.locator('.rd-roll-mark');
  await expect(marks.first()).toBeVisible();
  const count = await marks.count();
  expect(count).toBeGreaterThanOrEqual(2);
  await expect(editor).toContainText('đến năm 2030');
  await expect(editor).toContainText('Tầm nhìn Cộng đồng ASEAN 2045');
  // Hovering a reused block shows its source.
  await expect(editor.locator('.rd-reused').first()).toHaveAttribute('title', /2025/);

  await panel.getByTestId('reuse-tab-marks').click();
  await expect(panel.getByTestId('mark-item')).toHaveCount(count);
  await page.screenshot({ path: test.info().outputPath('marks.png') });
  // Reject the first: the original word comes back as plain text.
  const first = panel.getByTestId('mark-item').first();
  await expect(first).toContainText('2026');
  await first.getByTestId('mark-reject').click();
  await expect(panel.getByTestId('mark-item')).toHaveCount(count - 1);
  await expect(editor).toContainText('hợp tác ASEAN năm 2026');
  // Accept the rest from the keyboard, in the text: Ctrl+Alt+Shift+A.
  await editor.click();
  await page.keyboard.press('Control+Alt+Shift+A');
  await expect(marks).toHaveCount(0);
  await expect(panel.getByTestId('marks-none')).toBeVisible();
  await expect(editor).toContainText('Diễn đàn Tương lai ASEAN 2027');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  const out = join(mkdtempSync(join(tmpdir(), 'rd-reuse-')), 'clean.docx');
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-marks-choice')).toHaveCount(0);
  await app.answer({ pickExport: [out] });
  await dialog.getByTestId('export-docx').click();
  await expect(page.getByTestId('export-done')).toBeVisible();
  const body = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
  expect(body).toContain('Diễn đàn Tương lai ASEAN 2027');
  expect(body).not.toContain('<w:ins ');

  // The library shows that the 2025 article has been reused once.
  await page.getByTestId('back-to-library').click();
  const source = page.locator('[data-testid="review-row"]', { hasText: ARTICLE_2025 }).first();
  await expect(source.getByTestId('review-reuse-count')).toContainText('1');
});

test('exporting with pending marks asks; tracked changes carry the old and new words', async ({ app, page }) => {
  await createReview(page, 'Báo cáo 2026 (theo dõi thay đổi)', { year: '2026', text: 'Mở đầu.' });
  await page.getByTestId('toggle-reuse').click();
  const panel = page.getByTestId('reuse-panel');
  await panel.getByTestId('reuse-section').selectOption('orientations');
  await panel.locator('[data-testid="reuse-version"][data-year="2025"]', { hasText: ARTICLE_2025 }).first().getByTestId('reuse-insert-section').click();
  await expect(page.getByTestId('editor').locator('.rd-roll-mark').first()).toBeVisible();
  await expect(page.getByTestId('marks-count')).toBeVisible();
  // The similar-paragraphs and check panels over the same draft.
  await page.getByTestId('editor').locator('p').nth(1).click();
  await panel.getByTestId('reuse-tab-similar').click();
  await expect(panel.getByTestId('reuse-match').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('similar.png') });
  await page.getByTestId('toggle-check').click();
  await expect(page.getByTestId('check-item').first()).toBeVisible();
  await expect(page.locator('[data-testid="check-item"][data-kind="pending-mark"]').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('check.png') });

  const out = join(mkdtempSync(join(tmpdir(), 'rd-reuse-')), 'tracked.docx');
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-marks-choice')).toBeVisible();
  await dialog.getByTestId('export-docx').click();
  await expect(dialog.getByTestId('export-error')).toBeVisible(); // it asks before anything is written
  await dialog.getByTestId('export-marks-track').check();
  await app.answer({ pickExport: [out] });
  await dialog.getByTestId('export-docx').click();
  await expect(page.getByTestId('export-done')).toBeVisible();
  const body = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
  expect(body).toMatch(/<w:del [^>]*w:author="Review Desk[^"]*"[^>]*>.*?<w:delText[^>]*>2026<\/w:delText>/s);
  expect(body).toMatch(/<w:ins [^>]*w:author="Review Desk[^"]*"[^>]*>.*?<w:t[^>]*>2027<\/w:t>/s);
  // The draft keeps its marks (the reader in Word decides).
  await expect(page.getByTestId('editor').locator('.rd-roll-mark').first()).toBeVisible();
});

async function insertOrientations(page: Page): Promise<void> {
  await page.getByTestId('toggle-reuse').click();
  const panel = page.getByTestId('reuse-panel');
  await panel.getByTestId('reuse-section').selectOption('orientations');
  await panel.locator('[data-testid="reuse-version"][data-year="2025"]', { hasText: ARTICLE_2025 }).first().getByTestId('reuse-insert-section').click();
  await expect(page.getByTestId('editor').locator('.rd-roll-mark').first()).toBeVisible();
}

function editorState(page: Page): Promise<DocState> {
  return page.evaluate(() => {
    const w = window as unknown as { __rdTestHooks: boolean; __rdEditorState?: () => unknown };
    if (!w.__rdEditorState) { w.__rdTestHooks = true; window.dispatchEvent(new Event('rd:test-hooks')); }
    return w.__rdEditorState!() as DocState;
  });
}

test('typing right after a mark, by Unikey rewriting and by IME composition, goes into plain text and leaves the mark whole', async ({ page }) => {
  await createReview(page, 'Báo cáo 2026 (gõ cạnh thay đổi)', { year: '2026', text: 'Mở đầu.' });
  await insertOrientations(page);
  // The caret right after the first mark ("2027"), as a click at its end puts it.
  await page.evaluate(() => {
    const mark = document.querySelector('[data-testid="editor"] .rd-roll-mark')!;
    const text = [...mark.childNodes].find((n) => n.nodeType === Node.TEXT_NODE) ?? mark.firstChild!;
    const range = document.createRange();
    range.setStart(text, (text.textContent ?? '').length);
    range.collapse(true);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    (document.querySelector('[data-testid="editor"]') as HTMLElement).focus();
  });
  // Unikey/Telex "vieejt": V, Vi, Vie, Viê, Viêt, Việt — each change a Backspace and new letters.
  let shown = '';
  for (const next of [' V', ' Vi', ' Vie', ' Viê', ' Viêt', ' Việt']) {
    const a = Array.from(shown); const b = Array.from(next);
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    for (let k = common; k < a.length; k++) await page.keyboard.press('Backspace');
    if (b.slice(common).length) await page.keyboard.insertText(b.slice(common).join(''));
    shown = next;
  }
  // Then an IME composition of "Nam".
  const cdp = await page.context().newCDPSession(page);
  for (const step of [' N', ' Na', ' Nam']) await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  await cdp.send('Input.insertText', { text: ' Nam' });
  await expect.poll(async () => {
    const state = await editorState(page);
    const p = state.root.children.find((b) => b.type === 'paragraph' && b.children.some((c) => c.type === 'roll-mark')) as DocParagraph;
    const i = p.children.findIndex((c) => c.type === 'roll-mark');
    const mark = p.children[i]!;
    const after = p.children[i + 1]!;
    return [mark.type === 'roll-mark' ? mark.text : null, 'text' in after ? after.text.slice(0, 9) : null, after.type];
  }).toEqual(['2027', ' Việt Nam', 'text']);
});
