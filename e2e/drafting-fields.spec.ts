// drafting (issue 10, second session): the toolbar's Insert field menu (mouse and keyboard, one undo
// step), and IME composition that starts with a space at a chip's edge (the space must not be lost).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { test, expect, type AppFixture } from './fixtures.ts';
import { invoke } from './invoke.ts';

type Inline = { type: string; text?: string; name?: string; confirmed?: boolean };
type State = { root: { children: { type: string; children: Inline[] }[] } };
const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, style: '', mode: 'normal', detail: 0 });
const field = (name: string, value: string) => ({ type: 'field', version: 1, name, text: value, confirmed: true, format: 0, style: '', mode: 'token', detail: 0 });

/** A review whose one paragraph holds `children`, opened in the editor with the test hooks on. */
async function openWith(app: AppFixture, children: object[], blocks: object[] = []): Promise<Page> {
  let page = app.page();
  await page.waitForFunction(() => 'rdTransport' in window);
  const content = { root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children: [
    { type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', textFormat: 0, textStyle: '', children },
    ...blocks,
  ] } };
  const meta = await invoke<{ id: string }>(page, 'reviews:create', { title: 'Chip', year: 2026, lang: 'vi' });
  await invoke(page, 'reviews:save', { id: meta.id, content, reason: 'manual' });
  await invoke(page, 'settings:set', { lastOpenReviewId: meta.id });
  page = await app.restart();
  await page.evaluate(() => { (window as unknown as { __rdTestHooks: boolean }).__rdTestHooks = true; window.dispatchEvent(new Event('rd:test-hooks')); });
  await expect(page.locator('.rd-field').first()).toBeVisible();
  return page;
}

const state = (page: Page) => page.evaluate(() => (window as unknown as { __rdEditorState(): State }).__rdEditorState());
const paragraphText = async (page: Page) => (await state(page)).root.children[0]!.children.map((n) => n.text ?? '').join('');
const chips = async (page: Page) => (await state(page)).root.children[0]!.children.filter((n) => n.type === 'field').map((n) => `${n.name}=${n.text}`);

/** The DOM caret at `offset` in the chip's text (0 = its start, -1 = its end). */
async function caretAtChip(page: Page, name: string, edge: 'start' | 'end'): Promise<void> {
  await page.getByTestId('editor').click();
  await page.evaluate(([n, e]) => {
    const t = document.querySelector(`.rd-field[data-field="${n}"]`)!.firstChild!;
    const at = e === 'end' ? t.textContent!.length : 0;
    getSelection()!.setBaseAndExtent(t, at, t, at);
  }, [name, edge] as const);
  await page.waitForTimeout(100);
}

async function compose(page: Page, steps: string[], commit: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (const step of steps) await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  await cdp.send('Input.insertText', { text: commit });
  await cdp.detach();
}

test.describe('IME composition starting with a space at a chip’s edge', () => {
  test('after a chip, with text after it: the space is kept', async ({ app }) => {
    const page = await openWith(app, [text('Chủ tịch '), field('chair', 'Phi-líp-pin'), text(' năm 2026.')]);
    await caretAtChip(page, 'chair', 'end');
    await compose(page, [' V', ' Vi', ' Vie', ' Viê', ' Viêt', ' Việt'], ' Việt');
    await expect.poll(() => paragraphText(page)).toBe('Chủ tịch Phi-líp-pin Việt năm 2026.');
    expect(await chips(page)).toEqual(['chair=Phi-líp-pin']);
    await expect(page.getByTestId('editor')).toContainText('Chủ tịch Phi-líp-pin Việt năm 2026.');
  });

  test('after a chip at the end of the paragraph: the space is kept', async ({ app }) => {
    const page = await openWith(app, [text('Chủ tịch ASEAN là '), field('chair', 'Phi-líp-pin')]);
    await caretAtChip(page, 'chair', 'end');
    await compose(page, [' n', ' nă', ' năm'], ' năm');
    await expect.poll(() => paragraphText(page)).toBe('Chủ tịch ASEAN là Phi-líp-pin năm');
    expect(await chips(page)).toEqual(['chair=Phi-líp-pin']);
  });

  test('before a chip that starts the paragraph, and between two chips', async ({ app }) => {
    const page = await openWith(app, [field('chair', 'Phi-líp-pin'), field('year', '2026'), text(' là Chủ tịch.')]);
    await caretAtChip(page, 'chair', 'start');
    await compose(page, ['N', 'Nư', 'Nướ', 'Nước', 'Nước '], 'Nước ');
    await expect.poll(() => paragraphText(page)).toBe('Nước Phi-líp-pin2026 là Chủ tịch.');
    await caretAtChip(page, 'chair', 'end');
    await compose(page, [' n', ' nă', ' năm', ' năm '], ' năm ');
    await expect.poll(() => paragraphText(page)).toBe('Nước Phi-líp-pin năm 2026 là Chủ tịch.');
    expect(await chips(page)).toEqual(['chair=Phi-líp-pin', 'year=2026']);
  });

  test('before a chip: the composed word and its space go before it', async ({ app }) => {
    const page = await openWith(app, [text('Năm'), field('year', '2026'), text(' là năm bản lề.')]);
    await caretAtChip(page, 'year', 'start');
    await compose(page, [' n', ' na', ' nay', ' này', ' này '], ' này ');
    await expect.poll(() => paragraphText(page)).toBe('Năm này 2026 là năm bản lề.');
    expect(await chips(page)).toEqual(['year=2026']);
  });
});

test.describe('the Insert field menu', () => {
  test('by mouse: the draft’s field with its value at the caret; one undo removes it', async ({ app }) => {
    const page = await openWith(app, [text('Năm '), field('year', '2026'), text(' và năm sau.')]);
    // The caret after "năm" (before " sau.").
    await page.getByTestId('editor').click();
    await page.evaluate(() => {
      const t = [...document.querySelectorAll('[data-testid="editor"] span')].find((s) => s.textContent === ' và năm sau.')!.firstChild!;
      getSelection()!.setBaseAndExtent(t, 7, t, 7);
    });
    await page.waitForTimeout(100);
    const button = page.getByTestId('tb-insert-field');
    await expect(button).toHaveAttribute('aria-label', 'Chèn trường');
    await button.click();
    const menu = page.getByTestId('tb-field-menu');
    await expect(menu.getByRole('group', { name: 'Trường trong bản này' }).getByRole('menuitem')).toHaveCount(1);
    await expect(menu.locator('[data-field="year"]')).toContainText('Năm tổng kết');
    await expect(menu.locator('[data-field="year"]')).toContainText('2026');
    await page.screenshot({ path: 'test-results/drafting-insert-field-menu.png' });
    await menu.locator('[data-field="year"]').click();
    await expect(menu).toBeHidden();
    await expect.poll(() => paragraphText(page)).toBe('Năm 2026 và năm2026 sau.');
    expect(await chips(page)).toEqual(['year=2026', 'year=2026']);
    // Typing goes on after the new chip, into the text.
    await page.keyboard.type(' ');
    await expect.poll(() => paragraphText(page)).toBe('Năm 2026 và năm2026  sau.');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(() => paragraphText(page)).toBe('Năm 2026 và năm sau.');
    expect(await chips(page)).toEqual(['year=2026']);
  });

  test('by keyboard: ArrowDown opens it, arrows move, Enter inserts; Escape closes it back to the button', async ({ app }) => {
    const page = await openWith(app, [text('Chủ tịch '), field('chair', 'Phi-líp-pin'), text(' năm nay.')]);
    await page.getByTestId('editor').click();
    await page.keyboard.press('Control+End');
    const button = page.getByTestId('tb-insert-field');
    await button.focus();
    await page.keyboard.press('ArrowDown');
    const items = page.getByTestId('tb-field-item');
    await expect(items.first()).toBeFocused();
    await expect(items.first()).toHaveAttribute('data-field', 'chair');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('tb-field-menu')).toBeHidden();
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(items.first()).toBeFocused();
    await page.keyboard.press('ArrowDown'); // the first of the other fields: "year", inserted empty
    await expect(page.locator('[data-testid="tb-field-item"]:focus')).toHaveAttribute('data-field', 'year');
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('tb-field-menu')).toBeHidden();
    await expect(page.getByTestId('editor')).toBeFocused();
    await expect.poll(() => chips(page)).toEqual(['chair=Phi-líp-pin', 'year=']);
    const chip = page.locator('.rd-field[data-field="year"]');
    await expect(chip).toHaveAttribute('data-state', 'empty');
    expect((await paragraphText(page))).toBe('Chủ tịch Phi-líp-pin năm nay.');
    // The empty chip is filled from the Fields panel like any other.
    await page.getByTestId('toggle-fields').click();
    const input = page.locator('[data-testid="field-row"][data-field="year"] [data-testid="field-value"]');
    await input.fill('2026');
    await input.press('Enter');
    await expect.poll(() => paragraphText(page)).toBe('Chủ tịch Phi-líp-pin năm nay.2026');
  });
});

test('the open Insert field menu passes axe (WCAG 2.1 AA, best practice), in English too', async ({ app }) => {
  const page = await openWith(app, [text('Năm '), field('year', '2026'), text('.')]);
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const check = async () => {
    await page.waitForTimeout(250);
    await page.evaluate(axeSource);
    return page.evaluate(async () => {
      const w = window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } };
      const r = await w.axe.run({ include: [['.rd-toolbar']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
  };
  await page.getByTestId('tb-insert-field').click();
  await expect(page.getByTestId('tb-field-menu')).toBeVisible();
  expect(await check()).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByTestId('locale-en').click();
  await expect(page.getByTestId('tb-insert-field')).toHaveAttribute('aria-label', 'Insert field');
  await page.getByTestId('tb-insert-field').click();
  await expect(page.getByTestId('tb-field-menu').getByRole('group', { name: 'Fields in this draft' })).toContainText('Year under review');
  expect(await check()).toEqual([]);
});

test.describe('the chip in ordinary editing', () => {
  test('arrows step over it, a click on it puts the caret beside it, Backspace after it takes it whole (one undo brings it back)', async ({ app }) => {
    const page = await openWith(app, [text('Chủ tịch '), field('chair', 'Phi-líp-pin'), text(' năm 2026.')]);
    await caretAtChip(page, 'chair', 'end');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('X');
    await expect.poll(() => paragraphText(page)).toBe('Chủ tịch XPhi-líp-pin năm 2026.');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('Y');
    await expect.poll(() => paragraphText(page)).toBe('Chủ tịch XPhi-líp-pinY năm 2026.');
    expect(await chips(page)).toEqual(['chair=Phi-líp-pin']);
    // A click on the chip's middle: what is typed goes beside it, never into it.
    await page.locator('.rd-field[data-field="chair"]').click();
    await page.keyboard.type('Z');
    await expect.poll(async () => (await chips(page)).join()).toBe('chair=Phi-líp-pin');
    expect(await paragraphText(page)).toBe('Chủ tịch XPhi-líp-pinZY năm 2026.');
    // Backspace right after the chip removes it as a whole.
    await caretAtChip(page, 'chair', 'end');
    await page.keyboard.press('Backspace');
    await expect.poll(() => chips(page)).toEqual([]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => chips(page)).toEqual(['chair=Phi-líp-pin']);
  });
});

test.describe('typing at a chip that ends or starts a line', () => {
  const h1 = (children: object[]) => ({ type: 'heading', tag: 'h1', version: 1, format: '', indent: 0, direction: 'ltr', textFormat: 0, textStyle: '', children });
  const blockText = async (page: Page, index: number) => (await state(page)).root.children[index]!.children.map((n) => n.text ?? '').join('');

  test('a click past the end of a line that ends with a chip, then keys: the text goes after the chip', async ({ app }) => {
    const page = await openWith(app, [text('Chủ tịch ASEAN là '), field('chair', 'Phi-líp-pin')], [h1([text('III. Phương hướng năm '), field('nextYear', '2027')])]);
    for (const [index, selector] of [[0, '.rd-p'], [1, '.rd-h1']] as const) {
      const line = page.locator(selector).first();
      const box = (await line.boundingBox())!;
      await page.mouse.click(box.x + box.width - 3, box.y + box.height / 2); // right of the chip, as a user clicks a line's end
      await page.keyboard.type(' nay');
      await page.keyboard.press('End');
      await page.keyboard.type('!');
      await expect.poll(() => blockText(page, index)).toBe(index === 0 ? 'Chủ tịch ASEAN là Phi-líp-pin nay!' : 'III. Phương hướng năm 2027 nay!');
    }
    expect(await chips(page)).toEqual(['chair=Phi-líp-pin']);
    await expect(page.locator('.rd-h1')).toHaveText('III. Phương hướng năm 2027 nay!');
  });

  test('Home on a line that starts with a chip, then keys: the text goes before it', async ({ app }) => {
    const page = await openWith(app, [field('chair', 'Phi-líp-pin'), text(' là Chủ tịch.')]);
    const chip = page.locator('.rd-field[data-field="chair"]');
    await chip.click();
    await page.keyboard.press('Home');
    await page.keyboard.type('Nước ');
    await expect.poll(() => paragraphText(page)).toBe('Nước Phi-líp-pin là Chủ tịch.');
    expect(await chips(page)).toEqual(['chair=Phi-líp-pin']);
  });
});

test('the caret keys go past the carry-forward checklist, what is typed lands where the caret is shown, and Delete or Backspace beside it leaves it', async ({ app }) => {
  const h1 = { type: 'heading', tag: 'h1', version: 1, format: '', indent: 0, direction: 'ltr', textFormat: 0, textStyle: '', children: [text('III. Phương hướng năm '), field('nextYear', '2027')] };
  const checklist = { type: 'carry-checklist', version: 1, fromReviewId: null, fromYear: 2025, items: [{ id: 'a', text: 'Tổ chức Diễn đàn Tương lai ASEAN', status: null, result: '' }] };
  const after = { type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', textFormat: 0, textStyle: '', children: [text('Đoạn sau danh sách.')] };
  const page = await openWith(app, [text('Mở đầu.')], [h1, checklist, after]);
  const blockText = async (index: number) => (await state(page)).root.children[index]!.children.map((n) => n.text ?? '').join('');
  const heading = page.locator('.rd-h1');
  // ↓ from the heading's text: past the checklist, into the paragraph below.
  const box = (await heading.boundingBox())!;
  await page.mouse.click(box.x + 40, box.y + box.height / 2);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  await page.keyboard.type('A ');
  await expect.poll(() => blockText(3)).toBe('A Đoạn sau danh sách.');
  // ↑ from there: past the checklist, into the heading.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  await page.keyboard.type('B');
  await expect.poll(() => blockText(1)).toBe('III. Phương hướng năm 2027B');
  // → at the end of a line that ends with a chip: to the start of the text past the checklist.
  await page.keyboard.press('Backspace');
  await expect.poll(() => blockText(1)).toBe('III. Phương hướng năm 2027');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('C');
  await expect.poll(() => blockText(3)).toBe('CA Đoạn sau danh sách.');
  expect(await blockText(0)).toBe('Mở đầu.'); // nothing went to the top of the document
  // Backspace at the start of the text after the checklist, Delete at the end of the text before it:
  // the checklist stays (Lexical took the whole block with one key), and so does the text.
  await page.keyboard.press('Home');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  await page.keyboard.press('Delete');
  await page.keyboard.type('D');
  await expect.poll(() => blockText(1)).toBe('III. Phương hướng năm 2027D');
  expect((await state(page)).root.children.map((b) => b.type)).toEqual(['paragraph', 'heading', 'carry-checklist', 'paragraph']);
  expect(await blockText(3)).toBe('CA Đoạn sau danh sách.');
});

test.describe('document symbols in a caps heading (Decree 30 mục)', () => {
  const h1 = (children: object[]) => ({ type: 'heading', tag: 'h1', version: 1, format: '', indent: 0, direction: 'ltr', textFormat: 0, textStyle: '', children });

  test('shown in caps with the symbol as written, in text and in a chip, typed or stored; saved as plain text', async ({ app }) => {
    const page = await openWith(app, [text('Đoạn văn.')], [
      h1([text('III. Triển khai Quyết định 155/QĐ-TTg')]),
      h1([text('IV. Thực hiện '), field('asccPlan', 'Quyết định 47/2025/QĐ-TTg')]),
    ]);
    const headings = page.locator('.rd-h1');
    // innerText is the text as drawn (CSS capitals applied).
    await expect(headings.nth(0)).toHaveJSProperty('innerText', 'III. TRIỂN KHAI QUYẾT ĐỊNH 155/QĐ-TTg');
    await expect(headings.nth(1)).toHaveJSProperty('innerText', 'IV. THỰC HIỆN QUYẾT ĐỊNH 47/2025/QĐ-TTg');
    // Typed at the line's end with the keyboard: the new symbol keeps its letters too.
    const box = (await headings.nth(0).boundingBox())!;
    await page.mouse.click(box.x + box.width - 3, box.y + box.height / 2);
    await page.keyboard.press('End');
    await page.keyboard.type(' và Chỉ thị 07/CT-TTg');
    await expect(headings.nth(0)).toHaveJSProperty('innerText', 'III. TRIỂN KHAI QUYẾT ĐỊNH 155/QĐ-TTg VÀ CHỈ THỊ 07/CT-TTg');
    // The state (what is saved) holds one plain text run, as typed.
    const heading = (await state(page)).root.children[1]!.children;
    expect(heading.map((n) => [n.type, n.text])).toEqual([['text', 'III. Triển khai Quyết định 155/QĐ-TTg và Chỉ thị 07/CT-TTg']]);
    // Unikey's way (Telex "dd": Backspace, then "Đ") and an IME composition right after the symbol.
    await page.keyboard.type(' số 12/QD');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('Đ-TTg');
    await compose(page, [' m', ' mơ', ' mới'], ' mới');
    await expect(headings.nth(0)).toHaveJSProperty('innerText', 'III. TRIỂN KHAI QUYẾT ĐỊNH 155/QĐ-TTg VÀ CHỈ THỊ 07/CT-TTg SỐ 12/QĐ-TTg MỚI');
    await expect.poll(async () => (await state(page)).root.children[1]!.children.map((n) => n.text).join(''))
      .toBe('III. Triển khai Quyết định 155/QĐ-TTg và Chỉ thị 07/CT-TTg số 12/QĐ-TTg mới');
    for (let i = 0; i < ' số 12/QĐ-TTg mới'.length; i++) await page.keyboard.press('Backspace');
    // Made a paragraph with the toolbar's block-type select: the symbol is ordinary text there.
    await expect(page.locator('.rd-symbol')).toHaveCount(2);
    await page.getByTestId('tb-block-type').selectOption('paragraph');
    await expect(page.locator('.rd-symbol')).toHaveCount(0);
    await expect(page.locator('.rd-p').nth(1)).toHaveText('III. Triển khai Quyết định 155/QĐ-TTg và Chỉ thị 07/CT-TTg');
  });
});

test.describe('a field used all through a long draft', () => {
  test('changed in the panel: on screen in the frame, the rest of the state before any input or by the next frame, the chips off screen follow, one undo brings all back', async ({ app }) => {
    let page = app.page();
    await page.waitForFunction(() => 'rdTransport' in window);
    const para = (i: number) => ({ type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', textFormat: 0, textStyle: '',
      children: [text(`Đoạn ${i + 1}: trong năm `), field('year', '2026'), text(', các bộ, ngành tiếp tục triển khai; đến cuối năm '), field('year', '2026'), text(' hoàn thành.')] });
    const content = { root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children: Array.from({ length: 200 }, (_, i) => para(i)) } };
    const meta = await invoke<{ id: string }>(page, 'reviews:create', { title: 'Long', year: 2026, lang: 'vi' });
    await invoke(page, 'reviews:save', { id: meta.id, content, reason: 'manual' });
    await invoke(page, 'settings:set', { lastOpenReviewId: meta.id });
    page = await app.restart();
    await page.evaluate(() => { (window as unknown as { __rdTestHooks: boolean }).__rdTestHooks = true; window.dispatchEvent(new Event('rd:test-hooks')); });
    const chips = page.locator('.rd-field[data-field="year"]');
    await expect(chips).toHaveCount(400);
    await page.getByTestId('toggle-fields').click();
    const input = page.locator('[data-testid="field-row"][data-field="year"] [data-testid="field-value"]');
    await input.fill('2027');
    // Enter changes the occurrences on screen; the others join the same undo step right after the frame.
    // Whatever comes first in the same task (a key here; a click, a save, an export, printing alike) finds
    // every occurrence in the state, none left behind.
    const values = await input.evaluate((el) => {
      el.closest('form')!.requestSubmit();
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
      const s = (window as unknown as { __rdEditorState(): State }).__rdEditorState();
      return s.root.children.flatMap((b) => b.children.filter((n) => n.type === 'field').map((n) => n.text ?? ''));
    });
    expect(values).toHaveLength(400);
    expect(new Set(values)).toEqual(new Set(['2027']));
    const domValues = () => chips.evaluateAll((els) => [...new Set(els.map((e) => `${e.textContent}|${(e as HTMLElement).dataset.state}`))]);
    await expect.poll(domValues).toEqual(['2027|filled']);
    await page.getByTestId('editor').evaluate((el) => el.closest('.rd-scroller')!.scrollTo(0, 1e6));
    await expect(chips.last()).toHaveText('2027');
    // One undo step brings every chip back, on screen and off.
    await page.getByTestId('tb-undo').click();
    await expect.poll(domValues).toEqual(['2026|filled']);
    expect(new Set((await state(page)).root.children.flatMap((b) => b.children.filter((n) => n.type === 'field').map((n) => n.text)))).toEqual(new Set(['2026']));
    await page.getByTestId('tb-redo').click();
    await expect.poll(domValues).toEqual(['2027|filled']);
    // With no input after it: the state is whole by the second frame.
    await input.fill('2029');
    const afterFrames = await input.evaluate((el) => {
      el.closest('form')!.requestSubmit();
      const read = () => new Set((window as unknown as { __rdEditorState(): State }).__rdEditorState().root.children.flatMap((b) => b.children.filter((n) => n.type === 'field').map((n) => n.text ?? '')));
      return new Promise<[string[], string[]]>((resolve) => queueMicrotask(() => queueMicrotask(() => {
        const committed = read(); // the Enter's own update, committed in its task's microtasks
        requestAnimationFrame(() => requestAnimationFrame(() => resolve([[...committed].sort(), [...read()]])));
      })));
    });
    expect(afterFrames[0]).toEqual(['2027', '2029']); // on screen changed, off screen not yet
    expect(afterFrames[1]).toEqual(['2029']);
    await expect.poll(domValues).toEqual(['2029|filled']);
    // Its two updates are one undo step: undo brings every occurrence back, redo every one forward.
    await page.getByTestId('tb-undo').click();
    await expect.poll(domValues).toEqual(['2027|filled']);
    expect(new Set((await state(page)).root.children.flatMap((b) => b.children.filter((n) => n.type === 'field').map((n) => n.text)))).toEqual(new Set(['2027']));
    await page.getByTestId('tb-redo').click();
    await expect.poll(domValues).toEqual(['2029|filled']);
    expect(new Set((await state(page)).root.children.flatMap((b) => b.children.filter((n) => n.type === 'field').map((n) => n.text)))).toEqual(new Set(['2029']));
    // Printing right after a change: every chip is drawn before the page is printed.
    await input.fill('2028');
    const printed = await input.evaluate((el) => {
      el.closest('form')!.requestSubmit();
      return new Promise<string[]>((resolve) => queueMicrotask(() => queueMicrotask(() => {
        window.dispatchEvent(new Event('beforeprint'));
        resolve([...new Set([...document.querySelectorAll('.rd-field[data-field="year"]')].map((e) => e.textContent ?? ''))]);
      })));
    });
    expect(printed).toEqual(['2028']);
    // A value being typed in the panel stays while the document's value changes under it (an undo): the
    // list re-reading the fields does not put the document's value back into the input.
    await expect.poll(domValues).toEqual(['2028|filled']);
    await input.fill('2031');
    await page.getByTestId('tb-undo').click();
    await expect.poll(domValues).toEqual(['2029|filled']);
    await expect(input).toHaveValue('2031');
    await input.press('Enter');
    await expect.poll(domValues).toEqual(['2031|filled']);
  });
});

test('the fields panel: a value selected to type over follows a change in the document and is still typed over', async ({ app }) => {
  const page = await openWith(app, [text('Năm '), field('year', '2026'), text('.')]);
  await page.getByTestId('toggle-fields').click();
  const input = page.locator('[data-testid="field-row"][data-field="year"] [data-testid="field-value"]');
  await input.fill('2027');
  await input.press('Enter');
  await expect(page.locator('.rd-field[data-field="year"]')).toHaveText('2027');
  // Undo from the toolbar, and at once (before the list re-reads the fields, 120 ms later) the user goes to
  // the value and selects it to type over it: the re-read reaches the input while it is selected.
  // (The undo gives the focus to the document, as Lexical does; 10 ms later, the user is in the value.)
  await page.evaluate(async () => {
    (document.querySelector('[data-testid="tb-undo"]') as HTMLButtonElement).click();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const value = document.querySelector<HTMLInputElement>('[data-testid="field-row"][data-field="year"] [data-testid="field-value"]')!;
    value.focus();
    value.select();
  });
  await expect(page.locator('.rd-field[data-field="year"]')).toHaveText('2026');
  await expect(input).toHaveValue('2026');
  await expect(input).toBeFocused();
  await page.keyboard.type('2040');
  await expect(input).toHaveValue('2040');
});

test("the meeting date typed in the document's chip is the review's: Properties and the library show it, and a date typed in Properties is kept as that day", async ({ app }) => {
  const page = await openWith(app, [text('Ngày '), field('meetingDate', ''), text(', Bộ Ngoại giao đã tổ chức Cuộc họp.')]);
  await page.getByTestId('toggle-fields').click();
  const input = page.locator('[data-testid="field-row"][data-field="meetingDate"] [data-testid="field-value"]');
  await input.fill('9/12/2026');
  await input.press('Enter');
  await expect(page.locator('.rd-field[data-field="meetingDate"]')).toHaveText('9/12/2026');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await page.getByTestId('toggle-properties').click();
  await expect(page.getByTestId('meta-meetingDate')).toHaveValue('09/12/2026');
  // Properties: a day written another way is stored as that day (and shown the same way back).
  await page.getByTestId('meta-meetingDate').fill('ngày 10 tháng 12 năm 2026');
  await page.getByTestId('meta-save').click();
  await expect(page.getByTestId('meta-meetingDate')).toHaveValue('10/12/2026');
  await page.getByTestId('back-to-library').click();
  await expect(page.getByTestId('review-row').filter({ hasText: 'Chip' }).getByTestId('review-date')).toHaveText('10/12/2026');
});

test("a meeting day set in Properties fills the document's meeting-date chips (the stored copy too), and Ctrl+Z takes the chip back", async ({ app }) => {
  const page = await openWith(app, [text('Ngày '), field('meetingDate', ''), text(', Bộ Ngoại giao đã tổ chức Cuộc họp.')]);
  await expect(page.locator('.rd-field[data-field="meetingDate"]')).toHaveText('');
  await page.getByTestId('toggle-properties').click();
  await page.getByTestId('meta-meetingDate').fill('ngày 9 tháng 12 năm 2026');
  await page.getByTestId('meta-save').click();
  await expect(page.locator('.rd-field[data-field="meetingDate"]')).toHaveText('9/12/2026');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  const stored = async () => {
    const review = (await invoke<{ id: string; title: string }[]>(page, 'reviews:list', {})).find((r) => r.title === 'Chip')!;
    return JSON.stringify((await invoke<{ content: unknown }>(page, 'reviews:get', { id: review.id })).content);
  };
  expect(await stored()).toContain('"text":"9/12/2026"');
  // Free text names no day: the chip keeps the day it names.
  await page.getByTestId('meta-meetingDate').fill('cuối tháng 12/2026');
  await page.getByTestId('meta-save').click();
  await expect(page.getByTestId('meta-meetingDate')).toHaveValue('cuối tháng 12/2026');
  await expect(page.locator('.rd-field[data-field="meetingDate"]')).toHaveText('9/12/2026');
  // Undo in the text takes the chip back, as for any change of a field.
  await page.getByTestId('editor').click();
  await page.keyboard.press('Control+z');
  await expect(page.locator('.rd-field[data-field="meetingDate"]')).toHaveText('');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  expect(await stored()).not.toContain('9/12/2026');
});

test('Properties: saving without touching an imported month-only meeting date keeps it as stored', async ({ app }) => {
  let page = app.page();
  await page.waitForFunction(() => 'rdTransport' in window);
  const meta = await invoke<{ id: string }>(page, 'reviews:create', { title: 'Tháng', year: 2023, lang: 'vi' });
  await invoke(page, 'reviews:update', { id: meta.id, patch: { fields: { meetingDate: '2023-12' } } });
  await invoke(page, 'settings:set', { lastOpenReviewId: meta.id });
  page = await app.restart();
  await page.getByTestId('toggle-properties').click();
  await expect(page.getByTestId('meta-meetingDate')).toHaveValue('12/2023');
  await page.getByTestId('meta-place').fill('Hà Nội');
  await page.getByTestId('meta-save').click();
  await expect.poll(async () => (await invoke<{ fields: Record<string, unknown> }>(page, 'reviews:get', { id: meta.id })).fields).toMatchObject({ meetingDate: '2023-12', place: 'Hà Nội' });
  await page.screenshot({ path: test.info().outputPath('properties.png') });
});
