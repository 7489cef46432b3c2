// drafting (issue 10): fields are written as their values ("…" when empty), the carry-forward checklist as
// ordinary bullet text with the results under the items — no field syntax, no status words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocBlock, DocField } from '../shared/doc.ts';
import { TEXT_FORMAT } from '../shared/doc.ts';
import { paragraph, text } from '../shared/doc-build.ts';
import { exportDocx } from './build.ts';
import { all, readDocx, textOf } from './testing/read-docx.ts';
import { SAMPLE_SETTINGS, sampleReview } from './testing/sample-review.ts';

const field = (name: string, value: string, format = 0): DocField => ({ type: 'field', version: 1, name, text: value, confirmed: value !== '', format, style: '', mode: 'token', detail: 0 });

test('fields export as their values and the checklist as bullet items with results', async () => {
  const body: DocBlock[] = [
    paragraph([text('Năm '), field('year', '2026', TEXT_FORMAT.bold), text(', Chủ tịch ASEAN là '), field('chair', 'Phi-líp-pin'), text('; chủ đề năm sau: '), field('nextChairTheme', ''), text('.')]),
    { type: 'carry-checklist', version: 1, fromReviewId: 'p', fromYear: 2025, items: [
      { id: 'a', text: 'Tổ chức Diễn đàn Tương lai ASEAN 2026', status: 'done', result: 'Đã tổ chức thành công tại Hà Nội.' },
      { id: 'b', text: 'Kiện toàn bộ máy phối hợp', status: null, result: '' },
    ] },
  ];
  const parts = await readDocx(await exportDocx(sampleReview(body), SAMPLE_SETTINGS));
  const texts = all(parts.body, 'w:p').map(textOf);
  assert.ok(texts.includes('Năm 2026, Chủ tịch ASEAN là Phi-líp-pin; chủ đề năm sau: ….'), texts.join('\n'));
  const item = all(parts.body, 'w:p').find((p) => textOf(p).startsWith('Tổ chức Diễn đàn'));
  assert.ok(item, 'the item is a paragraph');
  assert.ok(all(item, 'w:numPr').length === 1, 'as a bullet');
  assert.equal(all(item, 'w:br').length, 1, 'the result on its own line');
  assert.match(textOf(item), /Đã tổ chức thành công tại Hà Nội\.$/);
  assert.ok(texts.includes('Kiện toàn bộ máy phối hợp'));
  const all_ = texts.join('\n');
  assert.doesNotMatch(all_, /\{\{|Đã thực hiện|Chưa đánh giá|done|in-progress/);
  // The bold of the field run is kept.
  const bold = all(parts.body, 'w:r').find((r) => textOf(r) === '2026');
  assert.ok(bold && all(bold, 'w:b').length === 1);
});
