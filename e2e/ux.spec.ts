// What the hands-on user test found, checked as a user meets it: paste safety and shaping, bullet
// autoformat with undo, block shortcuts, the insert-table box keeping keys out of the document, focus
// that never drops to <body>, library filters without a query, translations, search kept across a hit,
// delete with Undo, and the export dialog's fields.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { createReview, paste } from './actions.ts';
import { iconSvgDataUri, type IconName } from '../renderer/src/assets/icons/shapes.ts';

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null);

test.describe('editor', () => {
  test('after creating a review the caret is in the document: typing goes straight into it', async ({ page }) => {
    await createReview(page, 'Báo cáo thử');
    await expect.poll(() => focusedTestId(page)).toBe('editor');
    await page.keyboard.type('Gõ ngay');
    await expect(page.getByTestId('editor')).toHaveText('Gõ ngay');
  });

  test('"- " at the start of a paragraph makes a bullet, Ctrl+Z gives the typed "- " back; "+ " nests', async ({ page }) => {
    await createReview(page, 'Báo cáo thử');
    const editor = page.getByTestId('editor');
    await page.keyboard.type('- ');
    await expect(editor.locator('ul > li')).toHaveCount(1);
    await expect(editor).toHaveText('');
    await page.keyboard.press('Control+z');
    await expect(editor.locator('ul')).toHaveCount(0);
    await expect(editor.locator('p')).toHaveText('- ');
    // Typing on after the undo keeps the text as typed.
    await page.keyboard.type('Việt Nam');
    await expect(editor.locator('ul')).toHaveCount(0);
    await expect(editor.locator('p')).toHaveText('- Việt Nam');

    await page.keyboard.press('Enter');
    await page.keyboard.type('- Lào');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // an empty item ends the list, as in Word
    await page.keyboard.type('+ Campuchia');
    await expect(editor.locator('ul')).toHaveCount(0 + 2); // the list and its nested second level
    await expect(editor.locator('ul ul li')).toHaveText('Campuchia');
    await expect(editor).not.toContainText('+ Campuchia');
  });

  test('the bullet button drops a typed dash; Ctrl+Alt+1/2/3/0 set Mục I. / Khoản 1. / Điểm a) / paragraph', async ({ page }) => {
    await createReview(page, 'Báo cáo thử');
    const editor = page.getByTestId('editor');
    // A paragraph that already holds a typed dash (pasted as plain text: no autoformat).
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', '- Việt Nam tham gia');
      document.querySelector('[data-testid="editor"]')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect(editor.locator('p')).toHaveText('- Việt Nam tham gia');
    await page.getByTestId('tb-bullet-list').click();
    await expect(editor.locator('ul > li')).toHaveText('Việt Nam tham gia');

    await expect(editor).not.toContainText('- Việt Nam');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('II. PHƯƠNG HƯỚNG');
    await page.keyboard.press('Control+Alt+1');
    await expect(editor.locator('h1')).toHaveText('II. PHƯƠNG HƯỚNG');
    await page.keyboard.press('Control+Alt+3');
    await expect(editor.locator('h3')).toHaveText('II. PHƯƠNG HƯỚNG');
    await page.keyboard.press('Control+Alt+0');
    await expect(editor.locator('h1, h2, h3')).toHaveCount(0);
    await expect(page.getByTestId('tb-block-type')).toHaveAttribute('title', /Ctrl\+Alt\+1/);
  });

  test('the insert-table box takes the keyboard: Ctrl+A then "4" sets the rows, not the report; Escape returns to the text', async ({ page }) => {
    await createReview(page, 'Báo cáo thử');
    const editor = page.getByTestId('editor');
    await page.keyboard.type('Nội dung không được mất');
    await page.getByTestId('tb-insert-table').click();
    await expect.poll(() => focusedTestId(page)).toBe('tb-table-rows');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('4');
    await expect(page.getByTestId('tb-table-rows')).toHaveValue('4');
    await expect(editor).toHaveText('Nội dung không được mất');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('tb-table-box')).toHaveCount(0);
    await expect.poll(() => focusedTestId(page)).toBe('editor');
    await page.keyboard.type('!');
    await expect(editor).toHaveText('Nội dung không được mất!');

    await page.getByTestId('tb-insert-table').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await expect(editor.locator('table tr')).toHaveCount(2);
    await expect(editor).toContainText('Nội dung không được mất!');
  });

  test('pasting <img onerror> never reaches the page: no handler runs, no request, no CSP report', async ({ page }) => {
    const requests: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
    await createReview(page, 'Báo cáo thử');
    await paste(page, { 'text/plain': 'Chữ dán', 'text/html': '<p>Chữ dán<img src="https://evil.example/x.png" onerror="window.__pwned = true"><svg onload="window.__pwned = true"></svg></p>'
      + '<a href="javascript:window.__pwned=true" onclick="window.__pwned=true">liên kết</a><p style="background:url(https://evil.example/bg.png)">nền</p>' });
    await expect(page.getByTestId('editor')).toContainText('Chữ dán');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(requests.filter((url) => url.includes('evil.example'))).toEqual([]);
    expect(consoleErrors.filter((text) => /inline event handler|Content Security Policy/i.test(text))).toEqual([]);
    await expect(page.locator('img, [onerror], [onload], [onclick]')).toHaveCount(0);
  });

  test('pasting Word\'s bold "II. …" MsoNormal paragraph gives a Mục heading; "-" / "+" lines give bullets', async ({ page }) => {
    await createReview(page, 'Báo cáo thử');
    await paste(page, { 'text/plain': 'II. PHƯƠNG HƯỚNG NĂM 2027', 'text/html': `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body lang=VI><!--StartFragment-->
<p class=MsoNormal style='text-align:justify;text-indent:1.0cm'><b><span style='font-size:14.0pt;color:#FF0000'>II. PHƯƠNG HƯỚNG NĂM 2027</span></b></p>
<p class=MsoNormal>- Tiếp tục triển khai Đề án 161.</p>
<p class=MsoNormal>+ Chuẩn bị tham gia Năm Chủ tịch ASEAN.</p>
<!--EndFragment--></body></html>` });
    const editor = page.getByTestId('editor');
    await expect(editor.locator('h1')).toHaveText('II. PHƯƠNG HƯỚNG NĂM 2027');
    await expect(editor.locator('ul > li').first()).toContainText('Tiếp tục triển khai Đề án 161.');
    await expect(editor.locator('ul ul li')).toHaveText('Chuẩn bị tham gia Năm Chủ tịch ASEAN.');
    await expect(editor).not.toContainText('- Tiếp tục');
  });

  test('Enter in the header title saves it and gives the keyboard back to the document', async ({ page }) => {
    await createReview(page, 'Báo cáo thử');
    await page.getByTestId('review-title').fill('Tên mới của báo cáo');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedTestId(page)).toBe('editor');
    await expect(page.getByTestId('save-status')).toHaveText(/Đã lưu/);
  });

  test('the export dialog opens on its first field, writes the date day/month/year, and shows only the chosen profile\'s fields', async ({ page }) => {
    await createReview(page, 'Báo cáo thử');
    await page.getByTestId('open-export').click();
    const dialog = page.getByTestId('export-dialog');
    await expect(dialog.getByTestId('export-parentAgency')).toBeFocused();
    await expect(dialog.getByTestId('export-date')).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
    await expect(dialog.getByTestId('export-number')).toBeVisible();
    await dialog.getByTestId('export-profile-international').check();
    await expect(dialog.getByTestId('export-number')).toHaveCount(0);
    await expect(dialog.getByTestId('export-parentAgency')).toHaveCount(0);
    await expect(dialog.getByTestId('export-distribution')).toHaveCount(0);
    await expect(dialog.getByTestId('export-signerName')).toBeVisible();
    await expect(dialog).toContainText('mỗi chức danh một dòng');
  });
});

test.describe('library', () => {
  test.use({ withSamples: true });

  test('filters narrow the list without a query; a reversed year range says so', async ({ page }) => {
    const rows = page.getByTestId('review-row');
    await expect(rows).toHaveCount(6); // five articles + the 2025 sample report (drafting, issue 10)
    await page.getByTestId('search-lang').selectOption('en');
    await page.getByTestId('search-year-from').fill('2023');
    await expect(rows).toHaveCount(1);
    await expect(rows.first().getByTestId('review-lang')).toHaveText('EN');
    await expect(page.getByTestId('library-filter-status')).toContainText('1/6');
    await expect(page.getByTestId('search-section')).toBeDisabled();
    await page.getByTestId('search-year-from').fill('2025');
    await expect(rows).toHaveCount(0);
    await expect(page.getByTestId('library-filter-status')).toContainText('Không có báo cáo nào khớp');
    await page.getByTestId('search-year-to').fill('2023');
    await expect(page.getByTestId('search-range-reversed')).toContainText('Khoảng năm bị ngược');
    await page.getByTestId('search-year-to').fill('');
    await page.getByTestId('library-clear-filters').click();
    await expect(rows).toHaveCount(6);
  });

  test('a translation badge opens the other language version, from both sides and from the properties panel', async ({ page }) => {
    const linked = page.getByTestId('review-row').filter({ has: page.getByTestId('review-translation') });
    await expect(linked).toHaveCount(2);
    const en = linked.filter({ has: page.locator('[data-testid=review-lang]', { hasText: 'EN' }) });
    const viId = await linked.filter({ has: page.locator('[data-testid=review-lang]', { hasText: 'VI' }) }).getAttribute('data-review-id');
    await en.getByTestId('review-translation').click();
    await expect(page.getByTestId('editor-screen')).toHaveAttribute('data-review-id', viId!);
    await page.getByTestId('toggle-properties').click();
    await page.getByTestId('meta-translation').click();
    await expect(page.getByTestId('editor-screen')).not.toHaveAttribute('data-review-id', viId!);
    await expect(page.locator('.lang-badge').first()).toHaveText('EN');
  });

  test('back from a search hit keeps the query and the results', async ({ page }) => {
    await page.getByTestId('search-input').fill('dang hoang giang');
    const results = page.getByTestId('search-result');
    await expect(results.first()).toBeVisible();
    const count = await results.count();
    await results.first().click();
    await expect(page.getByTestId('editor-screen')).toBeVisible();
    await page.getByTestId('back-to-library').click();
    await expect(page.getByTestId('search-input')).toHaveValue('dang hoang giang');
    await expect(results).toHaveCount(count);
  });

  test('deleting a row offers Undo and moves focus to the next row', async ({ page }) => {
    const rows = page.getByTestId('review-row');
    const first = rows.first();
    const title = await first.getByTestId('review-title-cell').textContent();
    await first.getByTestId('review-delete').focus();
    await page.keyboard.press('Enter');
    await expect(rows).toHaveCount(5); // six with the 2025 sample report (drafting, issue 10)
    await expect.poll(() => focusedTestId(page)).toBe('review-open');
    await page.getByTestId('toast-undo').click();
    await expect(rows).toHaveCount(6);
    await expect(rows.filter({ hasText: title! })).toHaveCount(1);
  });

  test('row actions and the sidebar\'s places are drawn icons with labels, and the date column says what it shows', async ({ page }) => {
    const actions = page.getByTestId('review-row').first().locator('.row-actions .icon-button');
    await expect(actions).toHaveCount(4);
    for (const button of await actions.all()) {
      // One drawn icon (a CSS mask of a line drawing, in the text colour), not an emoji or an empty box.
      await expect(button.locator('.icon')).toHaveCount(1);
      await expectDrawnIcon(button.locator('.icon'));
      expect(await button.getAttribute('aria-label')).toBeTruthy();
    }
    // The sidebar's places and the search field: drawn too (they were symbol characters, which no UI
    // font holds: each system drew them from another font, or as an empty box).
    const places = page.locator('.nav .nav-item');
    await expect(places).toHaveCount(5);
    for (const place of await places.all()) {
      await expect(place.locator('.icon')).toHaveCount(1);
      await expectDrawnIcon(place.locator('.icon'));
      expect((await place.innerText()).trim(), 'a place says its name').toMatch(/^\p{L}/u);
    }
    // The library's search field, and the same in the Ctrl+K search.
    await expectDrawnIcon(page.getByTestId('library-view').locator('.search-box .icon'));
    await page.getByTestId('nav-search').click();
    await expect(page.locator('.search-box .icon')).toHaveCount(2);
    await expectDrawnIcon(page.locator('.search-box .icon').last());
    await page.keyboard.press('Escape');
    await expect(page.locator('.review-columns')).toContainText('Ngày họp');
    await expect(page.getByTestId('review-open').first()).toHaveAttribute('title', /.+/);
  });

  test('the interface is drawn in the font the app ships, and About names its licence', async ({ page }) => {
    // Inter, loaded from the app's own files before the first rows were drawn (no system font asked).
    const title = page.getByTestId('review-open').first();
    await expect(title).toBeVisible();
    const fonts = await title.evaluate((cell) => ({
      faces: [...document.fonts].filter((face) => face.family.replace(/"/g, '') === 'Inter Variable').map((face) => face.status),
      body: getComputedStyle(document.body).fontFamily,
      title: getComputedStyle(cell).fontFamily,
    }));
    expect(fonts.faces).toEqual(['loaded', 'loaded', 'loaded']);
    expect(fonts.body).toMatch(/^"Inter Variable"/);
    expect(fonts.title).toMatch(/^"Inter Variable"/);
    await page.getByTestId('open-about').click();
    await expect(page.getByTestId('about-font')).toContainText('SIL Open Font License 1.1');
    // The licence travels with the font, among the app's own files.
    const licence = await page.evaluate(async () => (await fetch('./licenses/Inter-OFL-1.1.txt')).text());
    expect(licence).toContain('SIL OPEN FONT LICENSE Version 1.1');
    expect(licence).toContain('The Inter Project Authors');
  });
});

/** A drawn icon: PNG masks at 1×, 2× and 3× (no SVG document each), every one the same drawing as its
 *  shapes, and drawn at a legible size. */
async function expectDrawnIcon(icon: ReturnType<Page['locator']>): Promise<void> {
  const name = (await icon.getAttribute('data-icon')) as IconName;
  expect(name).toBeTruthy();
  const drawn = await icon.evaluate(async (el, svg) => {
    /** The inked pixels of an image drawn at `size` (a PNG at its own size: no resampling blur). */
    const alpha = async (src: string, size?: number) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      size ??= image.naturalWidth;
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = size;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0, size, size);
      return Array.from(context.getImageData(0, 0, size, size).data.filter((_, i) => i % 4 === 3), (a) => a > 96);
    };
    const sources = [...getComputedStyle(el).maskImage.matchAll(/url\("([^"]+)"\)/g)].map((m) => m[1]!);
    const bitmaps = [];
    for (const [i, source] of sources.entries()) {
      const bitmap = await alpha(source);
      const reference = await alpha(svg, 16 * (i + 1)); // 1×, 2×, 3×
      const both = bitmap.filter((on, i) => on && reference[i]).length;
      const either = bitmap.filter((on, i) => on || reference[i]).length;
      bitmaps.push({ png: source.startsWith('data:image/png'), inked: bitmap.filter(Boolean).length, overlap: both / either });
    }
    return { width: el.getBoundingClientRect().width, bitmaps };
  }, iconSvgDataUri(name));
  expect(drawn.width).toBeGreaterThanOrEqual(12);
  expect(drawn.bitmaps).toHaveLength(3);
  for (const bitmap of drawn.bitmaps) {
    expect(bitmap.png).toBe(true);
    expect(bitmap.inked).toBeGreaterThan(20);
    expect(bitmap.overlap, `the ${name} bitmaps match its drawing`).toBeGreaterThan(0.8);
  }
}
