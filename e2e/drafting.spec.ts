// drafting (issue 10): the New review dialog builds the 2026 draft on the 2025 sample article; a field
// edited in the panel changes everywhere; checklist statuses survive a reload; the export has no field
// syntax and no status chips.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { test, expect } from './fixtures.ts';
import { invoke } from './invoke.ts';

test.use({ withSamples: true });

test('New review for 2026 from the 2025 article: structure, years, Chairs, checklist; fields panel; statuses kept; clean export', async ({ app, page }) => {
  await expect(page.getByTestId('review-row').first()).toBeVisible();
  await page.getByTestId('new-review').click();
  const dialog = page.getByTestId('new-review-dialog');
  await dialog.getByTestId('new-review-year').fill('2026');
  await dialog.getByTestId('new-review-lang').selectOption('vi');
  await dialog.getByTestId('new-review-kind').selectOption('report');
  await expect(dialog.getByTestId('new-review-template')).toHaveValue('annual-report.vi');
  // The build-on default: last year's review of the same language (the 2025 article).
  const from = dialog.getByTestId('new-review-from');
  await expect(from).not.toHaveValue('none');
  await expect(from.locator('option:checked')).toContainText('2025');
  await dialog.getByTestId('new-review-create').click();

  const editor = page.getByTestId('editor');
  await expect(editor).toContainText('PHƯƠNG HƯỚNG NĂM 2027');
  await expect(page.getByTestId('review-title')).toHaveValue('Báo cáo tổng kết tình hình hợp tác ASEAN và sự tham gia của Việt Nam năm 2026, phương hướng năm 2027');
  await expect(editor.locator('.rd-field[data-field="chair"]').first()).toHaveText('Phi-líp-pin');
  await expect(editor.locator('.rd-field[data-field="nextChair"]').first()).toHaveText('Singapore');
  await expect(editor.locator('.rd-field[data-field="nextChairTheme"]').first()).toHaveAttribute('data-state', 'empty');
  const items = page.getByTestId('carry-item');
  expect(await items.count()).toBeGreaterThanOrEqual(8);
  await expect(items.first()).toContainText('Tiếp tục phát huy vai trò thành viên chủ động');
  await page.screenshot({ path: 'test-results/drafting-new-2026.png' });

  // Fields panel: the meeting date, empty in 2 places, set once.
  await page.getByTestId('toggle-fields').click();
  const row = page.getByTestId('field-row').filter({ has: page.locator('[data-field="meetingDate"]') }).or(page.locator('[data-testid="field-row"][data-field="meetingDate"]')).first();
  await expect(row).toHaveAttribute('data-state', 'empty');
  await row.getByTestId('field-value').fill('9/12/2026');
  await row.getByTestId('field-value').press('Enter');
  const dates = editor.locator('.rd-field[data-field="meetingDate"]');
  const n = await dates.count();
  expect(n).toBeGreaterThanOrEqual(1);
  for (let i = 0; i < n; i++) await expect(dates.nth(i)).toHaveText('9/12/2026');
  await expect(row).toHaveAttribute('data-state', 'filled');
  // The same for a field used many times: the year.
  const yearRow = page.locator('[data-testid="field-row"][data-field="year"]');
  await yearRow.getByTestId('field-value').fill('2026');
  await page.screenshot({ path: 'test-results/drafting-fields-panel.png' });

  // Checklist: a status and a result.
  await items.first().getByTestId('carry-status-done').click();
  await items.first().getByTestId('carry-result').fill('Đã chủ trì thành công nhiều hội nghị.');
  await items.nth(1).getByTestId('carry-status-in-progress').click(); // leaves the result line: it is written
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await items.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/drafting-checklist.png' });
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  const id = await page.getByTestId('editor-screen').getAttribute('data-review-id');

  // Check panel: the carried items without status are listed, and a jump works.
  await page.getByTestId('toggle-check').click();
  await expect(page.getByTestId('check-item').filter({ hasText: 'Chưa đánh giá kết quả' }).first()).toBeVisible();
  await expect(page.getByTestId('check-item').filter({ hasText: 'Ngày họp' })).toHaveCount(0);

  await page.reload();
  await expect(page.getByTestId('editor')).toContainText('PHƯƠNG HƯỚNG NĂM 2027');
  const again = page.getByTestId('carry-item');
  await expect(again.first()).toHaveAttribute('data-status', 'done');
  await expect(again.first().getByTestId('carry-result')).toHaveValue('Đã chủ trì thành công nhiều hội nghị.');
  await expect(again.nth(1)).toHaveAttribute('data-status', 'in-progress');
  await expect(page.locator('.rd-field[data-field="meetingDate"]').first()).toHaveText('9/12/2026');

  // Export: the empty fields are listed first; the file has values, items and results, no syntax, no chips.
  const out = join(mkdtempSync(join(tmpdir(), 'rd-drafting-')), 'bao-cao-2026.docx');
  await page.getByTestId('open-export').click();
  const exportDialog = page.getByTestId('export-dialog');
  await expect(exportDialog.getByTestId('export-empty-fields')).toContainText('Số đại biểu');
  await expect(exportDialog.getByTestId('export-signingAuthority')).toHaveValue(/KT\. BỘ TRƯỞNG/);
  await app.answer({ pickExport: [out] });
  await exportDialog.getByTestId('export-docx').click();
  await expect(page.getByTestId('export-done')).toContainText(out);
  const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
  const text = xml.replace(/<[^>]+>/g, '');
  expect(text).toContain('9/12/2026');
  expect(text).toContain('Phi-líp-pin');
  expect(text).toContain('Tiếp tục phát huy vai trò thành viên chủ động');
  expect(text).toContain('Đã chủ trì thành công nhiều hội nghị.');
  expect(text).not.toMatch(/\{\{|\}\}|\{#/);
  for (const chip of ['Đã thực hiện', 'Đang thực hiện', 'Chưa thực hiện', 'Chưa đánh giá']) expect(text).not.toContain(chip);

  // The stored draft says the same as the screen.
  const findings = await invoke<{ kind: string }[]>(page, 'drafting:check', { reviewId: id });
  expect(findings.some((f) => f.kind === 'empty-field')).toBe(true);
});

test('the reference-data screen refuses a value that does not fit and marks the user’s own', async ({ page }) => {
  await page.getByTestId('nav-reference').click();
  const view = page.getByTestId('reference-view');
  // A date that does not exist: refused next to the field, and the stored date is as before.
  await view.getByTestId('ref-kind-summits').click();
  const summit = view.locator('[data-testid="ref-row"][data-key="49"]');
  await summit.getByTestId('ref-edit-open').click();
  const summitForm = view.getByTestId('ref-edit');
  await summitForm.getByTestId('ref-input-date').fill('2026-13');
  await summitForm.getByTestId('ref-edit-save').click();
  await expect(summitForm.getByTestId('ref-error-date')).toContainText('có thật');
  await summitForm.getByTestId('ref-edit-cancel').click();
  await expect(summit.locator('[data-field="date"]')).toContainText('2026-11');
  // A Chair that is not a member state (the form's country list cannot offer one) is refused at the edge, by field.
  const refused = await invoke<{ ok: boolean; refusals?: { field: string; reason: { vi: string } }[] }>(page, 'reference:setEntry', { kind: 'chairs', mode: 'edit', key: '2027', values: { chair: 'FR' } });
  expect(refused.ok).toBe(false);
  expect(refused.refusals?.map((r) => r.field)).toEqual(['chair']);
  expect(refused.refusals?.[0]?.reason.vi).toContain('không phải là nước thành viên ASEAN');

  await view.getByTestId('ref-kind-chairs').click();
  await expect(view.locator('[data-testid="ref-row"][data-key="2027"]')).toBeVisible();
  const row = view.locator('[data-testid="ref-row"][data-key="2027"]');
  await expect(row.locator('[data-field="chair"]')).toContainText('Singapore');
  await row.getByTestId('ref-edit-open').click();
  const form = view.getByTestId('ref-edit');
  await form.getByTestId('ref-input-themeEn').fill('ASEAN at 60');
  await form.getByTestId('ref-edit-save').click();
  await expect(row.getByTestId('ref-yours')).toBeVisible();
  await expect(row).toContainText('ASEAN at 60');
  await page.screenshot({ path: 'test-results/drafting-reference.png' });
  await page.getByTestId('nav-templates').click();
  await expect(page.getByTestId('template-item')).toHaveCount(6);
});

test.describe('typing beside a field chip', () => {
  test.use({ withSamples: false });

  for (const path of ['unikey', 'ime'] as const) {
    test(`Vietnamese typed right after a chip (${path}) goes into the text beside it; the field keeps its value`, async ({ app }) => {
      let page = app.page();
      await page.waitForFunction(() => 'rdTransport' in window);
      const field = { type: 'field', version: 1, name: 'chair', text: 'Phi-líp-pin', confirmed: true, format: 0, style: '', mode: 'token', detail: 0 };
      const content = { root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children: [
        { type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', textFormat: 0, textStyle: '', children: [
          { type: 'text', version: 1, text: 'Chủ tịch ', format: 0, style: '', mode: 'normal', detail: 0 }, field,
          { type: 'text', version: 1, text: ' năm 2026.', format: 0, style: '', mode: 'normal', detail: 0 },
        ] },
      ] } };
      const meta = await invoke<{ id: string }>(page, 'reviews:create', { title: 'Chip', year: 2026, lang: 'vi' });
      await invoke(page, 'reviews:save', { id: meta.id, content, reason: 'manual' });
      await invoke(page, 'settings:set', { lastOpenReviewId: meta.id });
      page = await app.restart();
      await page.evaluate(() => { (window as unknown as { __rdTestHooks: boolean }).__rdTestHooks = true; window.dispatchEvent(new Event('rd:test-hooks')); });
      const chip = page.locator('.rd-field[data-field="chair"]');
      await expect(chip).toHaveText('Phi-líp-pin');
      // A click into the text, then the caret put exactly after the chip's last letter (a click "just after"
      // may land on either side of the following space).
      await page.getByTestId('editor').click();
      await page.evaluate(() => {
        const text = document.querySelector('.rd-field[data-field="chair"]')!.firstChild!;
        getSelection()!.setBaseAndExtent(text, text.textContent!.length, text, text.textContent!.length);
      });
      await page.waitForTimeout(100);
      if (path === 'unikey') {
        for (const [shown, next] of [['', ' V'], [' V', ' Vi'], [' Vi', ' Vie'], [' Vie', ' Viê'], [' Viê', ' Viêt'], [' Viêt', ' Việt']] as const) {
          let common = 0;
          while (common < shown.length && shown[common] === next[common]) common++;
          for (let k = common; k < shown.length; k++) await page.keyboard.press('Backspace');
          await page.keyboard.insertText(next.slice(common));
        }
      } else {
        // The space is a plain key; the word is composed then committed (ibus/fcitx/macOS).
        await page.keyboard.insertText(' ');
        const cdp = await page.context().newCDPSession(page);
        for (const step of ['V', 'Vi', 'Vie', 'Viê', 'Viêt', 'Việt']) await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
        await cdp.send('Input.insertText', { text: 'Việt' });
      }
      await expect(page.getByTestId('editor')).toContainText('Chủ tịch Phi-líp-pin Việt năm 2026.');
      await expect(chip).toHaveText('Phi-líp-pin');
      const state = await page.evaluate(() => (window as unknown as { __rdEditorState(): { root: { children: { children: { type: string; text?: string }[] }[] } } }).__rdEditorState());
      const inl = state.root.children[0]!.children;
      expect(inl.filter((n) => n.type === 'field').map((n) => n.text)).toEqual(['Phi-líp-pin']);
      expect(inl.map((n) => n.text ?? '').join('')).toBe('Chủ tịch Phi-líp-pin Việt năm 2026.');
    });
  }
});

test('a press release with no review to build on: the title\'s "[…]" blanks are listed by the check, fill from the Fields panel, and a click selects the rest in the title box', async ({ page }) => {
  await page.getByTestId('new-review').click();
  const dialog = page.getByTestId('new-review-dialog');
  await dialog.getByTestId('new-review-kind').selectOption('press');
  await dialog.getByTestId('new-review-from').selectOption('none');
  await dialog.getByTestId('new-review-create').click();
  const title = page.getByTestId('review-title');
  await expect(title).toHaveValue('[Chức vụ người chủ trì] [Người chủ trì] chủ trì Cuộc họp liên ngành tổng kết hợp tác ASEAN năm 2026');

  await page.getByTestId('toggle-check').click();
  const blanks = page.getByTestId('check-item').filter({ hasText: 'Tiêu đề còn chỗ trống' });
  await expect(blanks).toHaveCount(2);
  // The chair's name filled in the text (Fields panel): the title takes it when the draft is saved.
  await page.getByTestId('toggle-fields').click();
  const name = page.locator('[data-testid="field-row"][data-field="chairingOfficial"] [data-testid="field-value"]');
  await name.fill('Đặng Hoàng Giang');
  await name.press('Enter');
  await expect(title).toHaveValue('[Chức vụ người chủ trì] Đặng Hoàng Giang chủ trì Cuộc họp liên ngành tổng kết hợp tác ASEAN năm 2026');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  // The check's finding for the other blank selects it in the title box: typing replaces it.
  await page.getByTestId('toggle-check').click();
  await expect(blanks).toHaveCount(1);
  await blanks.locator('.check-jump').click();
  await expect(title).toBeFocused();
  await page.keyboard.type('Thứ trưởng Bộ Ngoại giao');
  await page.keyboard.press('Enter');
  await expect(title).toHaveValue('Thứ trưởng Bộ Ngoại giao Đặng Hoàng Giang chủ trì Cuộc họp liên ngành tổng kết hợp tác ASEAN năm 2026');
  await expect(blanks).toHaveCount(0);
  await expect(page.getByTestId('editor')).toBeFocused();
});

test("the English press release after the Vietnamese report starts from its meeting facts; a date changed in one is listed and set back in one click", async ({ page }) => {
  const fieldInput = (name: string) => page.locator(`[data-testid="field-row"][data-field="${name}"] [data-testid="field-value"]`);
  await page.getByTestId('new-review').click();
  await page.getByTestId('new-review-dialog').getByTestId('new-review-create').click();
  await page.getByTestId('toggle-fields').click();
  for (const [name, value] of [['meetingDate', '9/12/2026'], ['delegates', '60']] as const) {
    await fieldInput(name).fill(value);
    await fieldInput(name).press('Enter');
  }
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await page.getByTestId('back-to-library').click();

  await page.getByTestId('new-review').click();
  const dialog = page.getByTestId('new-review-dialog');
  await dialog.getByTestId('new-review-lang').selectOption('en');
  await dialog.getByTestId('new-review-kind').selectOption('press');
  // The dialog says where this meeting's facts come from.
  await expect(dialog.getByTestId('new-review-same-meeting')).toContainText('Ngày họp, Số đại biểu, Người chủ trì, Chức vụ người chủ trì lấy từ “Báo cáo tổng kết tình hình hợp tác ASEAN');
  await expect(dialog.getByTestId('new-review-same-meeting')).toContainText('(cùng cuộc họp năm 2026)');
  await dialog.getByTestId('new-review-create').click();
  const editor = page.getByTestId('editor');
  await expect(editor.locator('.rd-field[data-field="meetingDate"]').first()).toHaveText('9 December 2026');
  await expect(editor.locator('.rd-field[data-field="delegates"]').first()).toHaveText('60');

  await page.getByTestId('toggle-fields').click();
  await fieldInput('meetingDate').fill('10 December 2026');
  await fieldInput('meetingDate').press('Enter');
  await page.getByTestId('toggle-check').click();
  const mismatch = page.locator('[data-testid="check-item"][data-kind="meeting-mismatch"]');
  await expect(mismatch).toHaveCount(1);
  await expect(mismatch).toContainText('“9 December 2026”');
  await mismatch.getByTestId('check-apply-field').click();
  await expect(editor.locator('.rd-field[data-field="meetingDate"]').first()).toHaveText('9 December 2026');
  await expect(mismatch).toHaveCount(0);
  await expect(page.getByTestId('check-fixed')).toContainText('Đã đặt “Ngày họp” là “9 December 2026”');
  // Undo from the toast puts the other date back, as Ctrl+Z would.
  await page.getByTestId('check-fix-undo').click();
  await expect(editor.locator('.rd-field[data-field="meetingDate"]').first()).toHaveText('10 December 2026');
});
