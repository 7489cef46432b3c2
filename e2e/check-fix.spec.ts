// The check panel's proposals, the way a drafter meets them: last year's long report imported from a file
// for the 2026 review still names the pre-2025 ministries and last year's Chair. The check lists them;
// a click on a finding scrolls to it and paints just its words; "Sửa cả 2 chỗ" puts the current name
// in both places as one undo step (the toast's Undo and Ctrl+Z give them back); the saved review holds
// the change.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';

const OLD_MINISTRY = 'Bộ Lao động - Thương binh và Xã hội';

function longReport(): string {
  const filler = (i: number) => `Trong lĩnh vực thứ ${i}, các bộ, ngành đã phối hợp chặt chẽ, triển khai hiệu quả các chương trình hợp tác, góp phần củng cố vai trò của Việt Nam trong các cơ chế của Hiệp hội.`;
  return [
    '# Báo cáo tổng kết tình hình hợp tác ASEAN năm 2026 và phương hướng năm 2027',
    '',
    ...Array.from({ length: 30 }, (_, i) => [filler(i + 1), '']).flat(),
    `Về văn hóa - xã hội, ${OLD_MINISTRY} đã chủ trì nhiều hoạt động về an sinh xã hội.`,
    '',
    'Năm 2026, Việt Nam tích cực ủng hộ Chủ tịch Malaysia trong năm ASEAN 2026.',
    '',
    ...Array.from({ length: 30 }, (_, i) => [filler(i + 31), '']).flat(),
    `Trong năm tới, ${OLD_MINISTRY} tiếp tục theo dõi việc thực hiện các cam kết.`,
    '',
  ].join('\n');
}

/** The text the check's jump paints (CSS Custom Highlight 'rd-target'), or '' when nothing is painted. */
async function painted(page: Page): Promise<string> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const h = registry.get('rd-target');
    return h ? [...h].map((r) => r.toString()).join('|') : '';
  });
}

test('the check proposes the current ministry name and this year\'s Chair; applying them is one undo step each and is saved', async ({ app, page }) => {
  const file = join(mkdtempSync(join(tmpdir(), 'rd-check-fix-')), 'bao-cao-2026.md');
  writeFileSync(file, longReport());
  await app.answer({ pickImport: [[file]] });
  await page.getByTestId('import-files').click();
  await expect(page.getByTestId('import-panel')).toHaveAttribute('data-state', 'finished', { timeout: 30_000 });
  await page.getByTestId('import-close').click();
  await page.getByTestId('review-row').filter({ hasText: 'năm 2026' }).first().click();
  const editor = page.getByTestId('editor');
  await expect(editor).toContainText('Chủ tịch Malaysia');

  await page.getByTestId('toggle-check').click();
  const panel = page.getByTestId('check-panel');
  const ministry = panel.locator('[data-testid=check-item][data-kind=ministry]');
  await expect(ministry).toHaveCount(2);
  const chair = panel.locator('[data-testid=check-item][data-kind=chair]');
  await expect(chair).toHaveCount(1);
  await expect(chair.getByTestId('check-apply')).toHaveText('Sửa thành “Phi-líp-pin”');

  // The second ministry finding is far down the document: the jump scrolls there and paints its words only.
  await ministry.nth(1).locator('.check-jump').click();
  await expect.poll(() => painted(page)).toBe(OLD_MINISTRY);
  const target = editor.locator('p', { hasText: 'Trong năm tới' });
  await expect(target).toBeInViewport();
  await expect(target).not.toHaveClass(/rd-flash/u); // the words, not the whole block
  await expect(ministry.nth(1).locator('.check-jump')).toBeFocused(); // the focus stays in the panel
  await page.screenshot({ path: test.info().outputPath('jump.png') });

  // Change both places at once.
  await expect(ministry.first().getByTestId('check-apply-all')).toHaveText('Sửa cả 2 chỗ');
  await ministry.first().getByTestId('check-apply-all').click();
  await expect(page.getByTestId('check-fixed')).toContainText(`Đã sửa 2 chỗ: ${OLD_MINISTRY} → Bộ Nội vụ`);
  await expect(editor).not.toContainText(OLD_MINISTRY);
  await expect(editor).toContainText('Về văn hóa - xã hội, Bộ Nội vụ đã chủ trì');
  await expect(editor).toContainText('Trong năm tới, Bộ Nội vụ tiếp tục');
  await expect(ministry).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('applied.png') });

  // The toast's Undo gives both back in one step.
  await page.getByTestId('check-fix-undo').click();
  await expect(editor.getByText(OLD_MINISTRY, { exact: false })).toHaveCount(2);
  await expect(ministry).toHaveCount(2);

  // One place only, then the Chair; Ctrl+Z in the text undoes the Chair and leaves the ministry.
  await ministry.first().getByTestId('check-apply').press('Enter'); // by keyboard: the focus stays in the list
  await expect(ministry).toHaveCount(1);
  await expect(panel.locator('.check-jump:focus')).toHaveCount(1);
  await chair.getByTestId('check-apply').click();
  await expect(editor).toContainText('ủng hộ Chủ tịch Phi-líp-pin trong năm ASEAN 2026');
  await expect(chair).toHaveCount(0);
  await editor.locator('p', { hasText: 'ủng hộ Chủ tịch' }).click();
  await page.keyboard.press('Control+z');
  await expect(editor).toContainText('ủng hộ Chủ tịch Malaysia');
  await expect(editor).toContainText('Về văn hóa - xã hội, Bộ Nội vụ đã chủ trì');
  await page.keyboard.press('Control+y');
  await expect(editor).toContainText('ủng hộ Chủ tịch Phi-líp-pin');

  // Saved: the library's copy (what opens next time and what is exported) has the changes.
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  page = await app.restart(); // the app reopens the review it was showing
  await expect(page.getByTestId('editor')).toContainText('Về văn hóa - xã hội, Bộ Nội vụ đã chủ trì');
  await expect(page.getByTestId('editor')).toContainText('ủng hộ Chủ tịch Phi-líp-pin');
  await expect(page.getByTestId('editor')).toContainText(`Trong năm tới, ${OLD_MINISTRY}`);
});
