import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, paragraph, text } from '../../shared/doc-build.ts';
import type { DocField } from '../../shared/doc.ts';
import { meetingDateChip, meetingDayOf, withMeetingDate } from './meeting-date.ts';
import { meetingChipValue, meetingDateText, parseMeetingDate } from '../../shared/meeting-date.ts';

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

test("a day set as the review's meeting date fills the document's chips, in the document's language", () => {
  assert.equal(meetingDateText('2026-12-09', 'vi'), '9/12/2026');
  assert.equal(meetingDateText('2026-12-09', 'en'), '9 December 2026');
  assert.equal(meetingChipValue('', '2026-12-09', 2026, 'vi'), '9/12/2026');
  assert.equal(meetingChipValue('', '9/12', 2026, 'en'), '9 December 2026', 'completed with the review year');
  assert.equal(meetingChipValue('ngày 9 tháng 12 năm 2026', '2026-12-09', 2026, 'vi'), null, 'the same day, written another way');
  assert.equal(meetingChipValue('9/12/2026', '10/12/2026', 2026, 'vi'), '10/12/2026');
  for (const value of [null, '', 'cuối tháng 12/2026', '2026-12']) assert.equal(meetingChipValue('9/12/2026', value, 2026, 'vi'), null, String(value));

  const content = doc([paragraph([text('Ngày '), chip(''), text(', họp.')]), paragraph([text('Năm '), chip('2026', 'year'), text(' ngày '), chip('')])]);
  const filled = withMeetingDate(content, '2026-12-10', 2026, 'vi');
  const values: string[] = [];
  const walk = (node: unknown): void => {
    const n = node as { type?: string; name?: string; text?: string; confirmed?: boolean; children?: unknown[] };
    if (n.type === 'field') values.push(`${n.name}=${n.text}${n.confirmed ? '' : '?'}`);
    n.children?.forEach(walk);
  };
  filled.root.children.forEach(walk);
  assert.deepEqual(values, ['meetingDate=10/12/2026', 'year=2026', 'meetingDate=10/12/2026']);
  assert.equal(meetingDateChip(content.root.children), undefined, 'the given content is not changed');
  assert.equal(withMeetingDate(filled, '2026-12-10', 2026, 'vi'), filled, 'nothing to change: the same object');
  assert.equal(withMeetingDate(content, 'cuối tháng 12', 2026, 'vi'), content);
  const noChip = doc([paragraph('Không có trường ngày họp.')]);
  assert.equal(withMeetingDate(noChip, '2026-12-10', 2026, 'vi'), noChip);
});
