// Reference data screen: whole-entry form. A user adds a Chair in one form (every field at once, labelled in
// the UI language), sees it in the table at once with the country's name, edits a theme and sees "của bạn",
// resets it, and reads the same screen in English; a bad year is refused next to the field, nothing saved.
import { test, expect } from './fixtures.ts';
import { invoke } from './invoke.ts';
import { axe, report } from './axe.ts';
import type { Reference } from '../electron/drafting/reference/build.ts';

const chairKeys = async (page: Parameters<typeof invoke>[0]) => (await invoke<Reference>(page, 'reference:list', {})).data.chairs.map((c) => c.key);

test('reference data: a new Chair in one form, shown at once; a bad year refused by its field; edit, yours, reset; English; delete and undo', async ({ app, page }) => {
  await page.getByTestId('nav-reference').click();
  const view = page.getByTestId('reference-view');
  await expect(view.locator('[data-testid="ref-row"][data-key="2026"]')).toBeVisible();
  const before = await chairKeys(page);

  // Localized labels and the country's name (not PH, not chair/themeEn).
  const y2026 = view.locator('[data-testid="ref-row"][data-key="2026"]');
  await expect(y2026.locator('[data-field="chair"]')).toHaveText('Nước Chủ tịch: Phi-líp-pin');
  await expect(y2026.locator('[data-field="chair"] .ref-text')).toHaveAttribute('title', 'PH');
  await expect(y2026.locator('[data-field="themeVi"]')).toContainText('Chủ đề (tiếng Việt): Cùng chèo lái tương lai chung');
  await expect(y2026.locator('[data-field="note"]')).toContainText('Ghi chú trong tệp dữ liệu');
  await expect(y2026).not.toContainText('themeEn');

  // The whole form at once: every field labelled, the year first and focused, no key box (the key is the year).
  const add = view.getByTestId('ref-add');
  await add.click();
  const form = view.getByTestId('ref-edit');
  await expect(form.getByLabel('Năm')).toBeFocused();
  for (const label of ['Nước Chủ tịch', 'Chủ đề (tiếng Anh)', 'Chủ đề (tiếng Việt)', 'Nguồn', 'Đã xác nhận', 'Ghi chú']) await expect(form.getByLabel(label)).toBeVisible();
  await expect(form.getByTestId('ref-input-key')).toHaveCount(0);
  await expect(form.getByLabel('Đã xác nhận')).toBeChecked();

  // A bad year: refused next to the year, in Vietnamese; what was typed stays; nothing is saved.
  await form.getByLabel('Năm').fill('1800');
  await form.getByLabel('Nước Chủ tịch').selectOption('ID');
  await form.getByLabel('Chủ đề (tiếng Việt)').fill('Một ASEAN vững mạnh');
  await form.getByTestId('ref-edit-save').click();
  await expect(form.getByTestId('ref-error-year')).toHaveText('phải là một năm (từ 1967 đến 2200)');
  await expect(form.getByTestId('ref-edit-error')).toContainText('Chưa lưu gì');
  await expect(form.getByLabel('Năm')).toBeFocused();
  await expect(form.getByLabel('Chủ đề (tiếng Việt)')).toHaveValue('Một ASEAN vững mạnh');
  expect(await chairKeys(page)).toEqual(before);
  await page.screenshot({ path: test.info().outputPath('reference-vi-refused.png') });

  // A year that is already listed: refused by the year too (edit that entry instead).
  await form.getByLabel('Năm').fill('2027');
  await form.getByTestId('ref-edit-save').click();
  await expect(form.getByTestId('ref-error-year')).toContainText('đã có mục “2027”');

  // The year fixed: one save, one toast in plain words, the entry in the table at once, focus back on Add.
  await form.getByLabel('Năm').fill('2031');
  await form.getByLabel('Chủ đề (tiếng Anh)').fill('A Resilient ASEAN');
  await form.getByTestId('ref-edit-save').click();
  await expect(page.getByTestId('ref-saved')).toContainText('Đã lưu Chủ tịch ASEAN năm 2031.');
  await expect(form).toHaveCount(0);
  await expect(add).toBeFocused();
  const y2031 = view.locator('[data-testid="ref-row"][data-key="2031"]');
  await expect(y2031).toBeInViewport(); // a new entry is at the end of the list: scrolled to
  await expect(y2031.locator('[data-field="chair"]')).toHaveText(/^Nước Chủ tịch: Indonesia/);
  await expect(y2031.locator('[data-field="themeVi"]')).toContainText('Chủ đề (tiếng Việt): Một ASEAN vững mạnh');
  await expect(y2031.locator('[data-field="themeEn"]')).toContainText('A Resilient ASEAN');
  await expect(y2031.locator('[data-field="source"]')).toHaveText('Bạn nhập');
  await expect(y2031).toContainText('Bạn thêm');
  expect(await chairKeys(page)).toEqual([...before, '2031']);
  await page.screenshot({ path: test.info().outputPath('reference-vi.png') });

  // Edit a bundled entry: the same form prefilled; only the changed theme becomes "của bạn"; ↺ gives it back.
  const y2027 = view.locator('[data-testid="ref-row"][data-key="2027"]');
  await y2027.getByTestId('ref-edit-open').click();
  const edit = view.getByTestId('ref-edit');
  await expect(edit.getByLabel('Nước Chủ tịch')).toHaveValue('SG');
  await expect(edit.getByLabel('Năm')).toHaveValue('2027');
  await expect(edit.getByLabel('Năm')).toHaveAttribute('readonly', '');
  await expect(edit.getByLabel('Nước Chủ tịch')).toBeFocused(); // the year is the key: read-only, skipped
  await edit.getByLabel('Chủ đề (tiếng Việt)').fill('ASEAN 60 năm');
  await edit.getByTestId('ref-edit-save').click();
  await expect(page.getByTestId('ref-saved')).toContainText('Đã lưu Chủ tịch ASEAN năm 2027.');
  await expect(y2027.locator('[data-field="themeVi"]')).toContainText('ASEAN 60 năm');
  await expect(y2027.getByTestId('ref-yours')).toHaveCount(1);
  await expect(y2027.locator('[data-field="themeVi"]').getByTestId('ref-yours')).toHaveText('của bạn');
  await expect(y2027.getByTestId('ref-edit-open')).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('reference-vi-yours.png') });
  await y2027.getByRole('button', { name: 'Bỏ giá trị của bạn ở trường “Chủ đề (tiếng Việt)”' }).click();
  await expect(y2027.getByTestId('ref-yours')).toHaveCount(0);
  await expect(y2027.locator('[data-field="themeVi"]')).toHaveText('Chủ đề (tiếng Việt): —');

  // Esc cancels and gives the focus back to the row's button.
  const y2028 = view.locator('[data-testid="ref-row"][data-key="2028"]');
  await y2028.getByTestId('ref-edit-open').click();
  await expect(view.getByTestId('ref-edit')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(view.getByTestId('ref-edit')).toHaveCount(0);
  await expect(y2028.getByTestId('ref-edit-open')).toBeFocused();

  // The filter: tone marks optional; nothing matching says so.
  await view.getByTestId('ref-filter').fill('phi-lip');
  await expect(y2026).toBeVisible();
  await expect(y2031).toHaveCount(0);
  await view.getByTestId('ref-filter').fill('zzzz');
  await expect(view.getByTestId('ref-row')).toHaveCount(0);
  await expect(view.getByTestId('ref-empty')).toHaveText('Không có mục nào khớp với “zzzz”.');
  await view.getByTestId('ref-filter').fill('');

  // Yes/no as words (Summit heads: acting).
  await view.getByTestId('ref-kind-som-heads').click();
  await expect(view.locator('[data-testid="ref-row"][data-key="vu-ho"] [data-field="acting"]')).toHaveText('Quyền Trưởng SOM: Có');
  await expect(view.locator('[data-testid="ref-row"][data-key="do-hung-viet"] [data-field="acting"]')).toHaveText('Quyền Trưởng SOM: Không');

  // English: the same screen in English words.
  await page.getByTestId('locale-en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(view.locator('[data-testid="ref-row"][data-key="vu-ho"] [data-field="acting"]')).toHaveText('Acting head: Yes');
  await view.getByTestId('ref-kind-chairs').click();
  await expect(y2026.locator('[data-field="chair"]')).toHaveText('Chair country: Philippines');
  await expect(y2026.locator('[data-field="themeEn"]')).toContainText('Theme (English): Navigating Our Future, Together');
  await expect(y2026.locator('[data-field="note"]')).toContainText('Note in the data file:');
  await expect(y2031.locator('[data-field="source"]')).toHaveText('Entered by you');
  await page.screenshot({ path: test.info().outputPath('reference-en.png') });
  await view.getByTestId('ref-add').click();
  const formEn = view.getByTestId('ref-edit');
  await expect(formEn.getByLabel('Year')).toBeFocused();
  await expect(formEn.getByLabel('Theme (Vietnamese)')).toBeVisible();
  await formEn.getByLabel('Year').fill('1800');
  await formEn.getByTestId('ref-edit-save').click();
  await expect(formEn.getByTestId('ref-error-year')).toHaveText('must be a year (1967 to 2200)');
  await expect(formEn.getByTestId('ref-error-chair')).toHaveText('is required');
  await page.screenshot({ path: test.info().outputPath('reference-en-form.png') });
  const violations = await axe(page);
  expect(violations, report('reference (en, form open)', violations)).toEqual([]);
  await page.getByTestId('locale-vi').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  const violationsVi = await axe(page);
  expect(violationsVi, report('reference (vi, form open)', violationsVi)).toEqual([]);
  expect(await chairKeys(page)).toEqual([...before, '2031']);

  // The entry the user added can be deleted whole (asked first), and Undo puts it back; bundled ones cannot.
  await page.keyboard.press('Escape');
  await expect(view.locator('[data-testid="ref-row"][data-key="2026"]').getByTestId('ref-remove')).toHaveCount(0);
  await app.answer({ confirm: [true] });
  await y2031.getByTestId('ref-remove').click();
  await expect(page.getByTestId('ref-removed')).toContainText('Đã xóa mục Chủ tịch và chủ đề năm ASEAN · 2031.');
  await expect(y2031).toHaveCount(0);
  expect(await chairKeys(page)).toEqual(before);
  await expect(view.getByTestId('ref-add')).toBeFocused();
  await page.getByTestId('ref-remove-undo').click();
  await expect(y2031.locator('[data-field="themeVi"]')).toContainText('Một ASEAN vững mạnh');
  expect(await chairKeys(page)).toEqual([...before, '2031']);
});

test('reference data: a new summit\'s date is typed as 2026-11 and a new glossary term needs its key', async ({ page }) => {
  await page.getByTestId('nav-reference').click();
  const view = page.getByTestId('reference-view');
  await view.getByTestId('ref-kind-glossary').click();
  await view.getByTestId('ref-add').click();
  const form = view.getByTestId('ref-edit');
  await expect(form.getByLabel('Khóa (mã mục)')).toBeFocused();
  await form.getByLabel('Thuật ngữ tiếng Việt').fill('Hiến chương ASEAN');
  await form.getByLabel('Thuật ngữ tiếng Anh').fill('ASEAN Charter');
  await form.getByTestId('ref-edit-save').click();
  await expect(form.getByTestId('ref-error-key')).toHaveText('bắt buộc phải có');
  await form.getByLabel('Khóa (mã mục)').fill('hien-chuong-asean');
  await form.getByTestId('ref-edit-save').click();
  await expect(page.getByTestId('ref-saved')).toContainText('Đã lưu thuật ngữ “Hiến chương ASEAN”.');
  await expect(view.locator('[data-testid="ref-row"][data-key="hien-chuong-asean"] [data-field="en"]')).toHaveText('Thuật ngữ tiếng Anh: ASEAN Charter');

  await view.getByTestId('ref-kind-summits').click();
  await view.getByTestId('ref-add').click();
  const summit = view.getByTestId('ref-edit');
  await expect(summit.getByLabel('Thời gian')).toHaveAttribute('placeholder', '2026-11');
  await summit.getByLabel('Lần thứ').fill('52');
  await summit.getByLabel('Năm').fill('2027');
  await summit.getByLabel('Thời gian').fill('2027-13');
  await summit.getByLabel('Địa điểm (tiếng Anh)').fill('Singapore');
  await summit.getByLabel('Địa điểm (tiếng Việt)').fill('Xin-ga-po');
  await summit.getByTestId('ref-edit-save').click();
  await expect(summit.getByTestId('ref-error-date')).toContainText('YYYY-MM');
  await summit.getByLabel('Thời gian').fill('2027-11');
  await summit.getByTestId('ref-edit-save').click();
  await expect(page.getByTestId('ref-saved')).toContainText('Đã lưu Hội nghị Cấp cao ASEAN lần thứ 52.');
  await expect(view.locator('[data-testid="ref-row"][data-key="52"] [data-field="date"]')).toHaveText('Thời gian: 2027-11');
});
