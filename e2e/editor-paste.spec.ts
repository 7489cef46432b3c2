// Issue 8 item 5: paste of older / "filtered" Word HTML gives one list marker per item (never "- -" or
// "+ +"), and plain text with "I. / 1. / a) / - / +" lines gives headings and lists, as an import does.
import { test, expect } from './fixtures.ts';
import { createReview, paste } from './actions.ts';

const FILTERED_WORD = `<html><body>
<p class=MsoNormal>Đoạn mở đầu.</p>
<p class=MsoListParagraphCxSpFirst style='margin-left:36.0pt;text-indent:-18.0pt'>-<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>Thứ nhất</p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;text-indent:-18.0pt'>+<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>Ý con</p>
<p class=MsoListParagraphCxSpLast style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>-&nbsp;&nbsp;<![endif]>Thứ hai</p>
</body></html>`;

test('filtered / older Word HTML: one "-" or "+" per item, shown by the list, none left in the text', async ({ page }) => {
  await createReview(page, 'Báo cáo dán');
  await paste(page, { 'text/html': FILTERED_WORD, 'text/plain': 'Đoạn mở đầu.\n-      Thứ nhất\n+      Ý con\n-  Thứ hai' });
  const editor = page.getByTestId('editor');
  await expect(editor.locator('li:not(.rd-li-nested)')).toHaveText(['Thứ nhất', 'Ý con', 'Thứ hai']);
  await expect(editor.locator('ul ul li')).toHaveText('Ý con');
  const shown = await editor.innerText();
  expect(shown).not.toMatch(/-\s*-|\+\s*\+|^\s*[-+]\s/m);
  const markers = await editor.locator('li:not(.rd-li-nested)').evaluateAll((lis) => lis.map((li) => getComputedStyle(li, '::marker').content));
  expect(markers).toEqual(['"- "', '"+ "', '"- "']);
});

test('plain text "I. / 1. / a) / - / +" becomes mục, khoản, điểm headings and "-"/"+" lists', async ({ page }) => {
  await createReview(page, 'Báo cáo dán chữ');
  await paste(page, { 'text/plain': 'I. KẾT QUẢ HỢP TÁC\n1. Hợp tác chính trị - an ninh\na) Hội nghị cấp cao\n- Việt Nam tham gia tích cực\n+ Chủ trì 3 cuộc họp\n- Đóng góp sáng kiến\nĐoạn văn thường của báo cáo, đủ dài để không bị coi là một tiêu đề của mục nào cả.' });
  const editor = page.getByTestId('editor');
  await expect(editor.locator('h1')).toHaveText('I. KẾT QUẢ HỢP TÁC');
  await expect(editor.locator('h2')).toHaveText('1. Hợp tác chính trị - an ninh');
  await expect(editor.locator('h3')).toHaveText('a) Hội nghị cấp cao');
  await expect(editor.locator('li:not(.rd-li-nested)')).toHaveText(['Việt Nam tham gia tích cực', 'Chủ trì 3 cuộc họp', 'Đóng góp sáng kiến']);
  await expect(editor.locator(':scope > p')).toHaveText(/^Đoạn văn thường/);
  await page.screenshot({ path: test.info().outputPath('paste-plain.png') });
  // A few words stay words in the sentence.
  await page.keyboard.type(' ');
  await paste(page, { 'text/plain': '- không phải danh sách' });
  await expect(editor.locator(':scope > p').last()).toContainText('- không phải danh sách');
});
