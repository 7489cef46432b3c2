// A title made from a template with fields still empty: its "[label]" blanks, listed by the check and
// filled when the document gets the field's value (services/reviews.ts), over a real library file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillTitlePlaceholders, titlePlaceholders } from '../../shared/fields.ts';
import { runChecks } from '../check/index.ts';
import { tempServices } from '../../test/temp.ts';
import { doc, paragraph, text } from '../../shared/doc-build.ts';
import type { DocField } from '../../shared/doc.ts';
import { loadReference } from '../reference/load.ts';
import { join } from 'node:path';

const TITLE = 'Đề cương phát biểu của [Chức vụ người chủ trì] [Người chủ trì] tại Cuộc họp liên ngành năm 2026';
const chip = (name: string, value: string): DocField => ({ type: 'field', version: 1, name, text: value, confirmed: value !== '', format: 0, style: '', mode: 'token', detail: 0 });

test('the blanks of a title: found in either language, filled by the values there are', () => {
  assert.deepEqual(titlePlaceholders(TITLE).map((p) => [p.name, p.text]), [['chairingTitle', '[Chức vụ người chủ trì]'], ['chairingOfficial', '[Người chủ trì]']]);
  assert.deepEqual(titlePlaceholders('[Chairing official’s title] [Chairing official] chairs the meeting').map((p) => p.name), ['chairingTitle', 'chairingOfficial']);
  assert.deepEqual(titlePlaceholders('Báo cáo [dự thảo] năm 2026'), [], 'brackets that are not a field’s label');
  assert.equal(fillTitlePlaceholders(TITLE, new Map([['chairingOfficial', 'Đặng Hoàng Giang']])), 'Đề cương phát biểu của [Chức vụ người chủ trì] Đặng Hoàng Giang tại Cuộc họp liên ngành năm 2026');
});

test('the check lists each blank of the title; saving the document with the field filled fills the title', (t) => {
  const s = tempServices(t);
  const content = doc([paragraph([text('Ngày họp, '), chip('chairingOfficial', ''), text(' chủ trì.')])]);
  const review = s.reviews.create({ title: TITLE, year: 2026, lang: 'vi', kind: 'talking-points', content });
  const reference = loadReference({ resourcesDir: join(import.meta.dirname, '..', '..', '..') }).data;
  const titleFindings = () => runChecks({ review: s.reviews.get(review.id), content: s.reviews.get(review.id).content, reference }).filter((f) => f.target.blockIndex === -1);
  assert.deepEqual(titleFindings().map((f) => [f.kind, f.target.field, f.target.offset, f.message.vi]), [
    ['empty-field', 'chairingTitle', 23, 'Tiêu đề còn chỗ trống “[Chức vụ người chủ trì]”: điền trường “Chức vụ người chủ trì” trong bài, hoặc sửa tiêu đề.'],
    ['empty-field', 'chairingOfficial', 47, 'Tiêu đề còn chỗ trống “[Người chủ trì]”: điền trường “Người chủ trì” trong bài, hoặc sửa tiêu đề.'],
  ]);
  const saved = s.reviews.save(review.id, doc([paragraph([text('Ngày họp, '), chip('chairingOfficial', 'Đặng Hoàng Giang'), text(' chủ trì.')])]), 'autosave');
  assert.equal(saved.title, 'Đề cương phát biểu của [Chức vụ người chủ trì] Đặng Hoàng Giang tại Cuộc họp liên ngành năm 2026', 'returned to the editor');
  assert.equal(s.reviews.getMeta(review.id).title, saved.title, 'stored');
  assert.deepEqual(titleFindings().map((f) => f.target.field), ['chairingTitle']);
  // A title without blanks is never touched by a save.
  s.reviews.update(review.id, { title: 'Đề cương của tôi' });
  s.reviews.save(review.id, content, 'autosave');
  assert.equal(s.reviews.getMeta(review.id).title, 'Đề cương của tôi');
});

test('a meeting day set in Properties fills the chips, and through them the "[Ngày họp]" of the title', (t) => {
  const s = tempServices(t);
  const review = s.reviews.create({ title: 'Cuộc họp liên ngành ngày [Ngày họp]', year: 2026, lang: 'vi', kind: 'press', content: doc([paragraph([text('Ngày '), chip('meetingDate', ''), text(', họp.')])]) });
  const updated = s.reviews.update(review.id, { fields: { meetingDate: '2026-12-09' } });
  assert.equal(updated.title, 'Cuộc họp liên ngành ngày 9/12/2026', 'returned to the editor');
  assert.equal(s.reviews.getMeta(review.id).title, 'Cuộc họp liên ngành ngày 9/12/2026');
  assert.equal(updated.fields.meetingDate, '2026-12-09');
});
