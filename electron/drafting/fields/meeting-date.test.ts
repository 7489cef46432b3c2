import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, paragraph, text } from '../../shared/doc-build.ts';
import type { DocField } from '../../shared/doc.ts';
import { meetingDateChip, meetingDayOf } from './meeting-date.ts';
import { parseMeetingDate } from '../../shared/meeting-date.ts';

const chip = (value: string, name = 'meetingDate'): DocField => ({ type: 'field', version: 1, name, text: value, confirmed: value !== '', format: 0, style: '', mode: 'token', detail: 0 });

test('meeting dates as drafters write them become ISO days; what names no day is null', () => {
  for (const [value, iso] of [
    ['9/12/2026', '2026-12-09'], ['09/12/2026', '2026-12-09'], ['ngày 9/12/2026', '2026-12-09'], ['9.12.2026', '2026-12-09'],
    ['ngày 9 tháng 12 năm 2026', '2026-12-09'], ['9 tháng 12, năm 2026', '2026-12-09'], ['2026-12-09', '2026-12-09'],
    ['9 December 2026', '2026-12-09'], ['December 9, 2026', '2026-12-09'], ['9th December 2026', '2026-12-09'],
  ] as const) assert.equal(parseMeetingDate(value), iso, value);
  assert.equal(parseMeetingDate('9/12', 2026), '2026-12-09', 'the review year completes a day and month');
  assert.equal(parseMeetingDate('9/12'), null);
  for (const value of ['', '…', '12/2026', '31/11/2026', '30/2/2026', 'cuối tháng 12', '2026-13-01']) assert.equal(parseMeetingDate(value, 2026), null, value);
});

test("the document's meeting-date chip is the meeting day when Properties has none that names a day", () => {
  const content = doc([paragraph([text('Ngày '), chip(''), text(', họp.')]), paragraph([text('Ngày '), chip('10/12/2026')])]);
  assert.equal(meetingDateChip(content.root.children), '10/12/2026', 'the first chip with a value');
  assert.equal(meetingDayOf({}, content, 2026), '2026-12-10');
  assert.equal(meetingDayOf({ meetingDate: '2026-12-11' }, content, 2026), '2026-12-11');
  assert.equal(meetingDayOf({ meetingDate: '11/12/2026' }, content, 2026), '2026-12-11');
  assert.equal(meetingDayOf({ meetingDate: 'tháng 12' }, content, 2026), '2026-12-10');
  assert.equal(meetingDayOf({}, doc([paragraph([chip('2026', 'year')])]), 2026), undefined);
});
