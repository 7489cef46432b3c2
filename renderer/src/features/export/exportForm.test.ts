import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LINES_MAX, TEXT_MAX, dayMonthYearToIso, fromForm, isoToDayMonthYear, profileShows, toForm, validateForm, type ExportForm } from './exportForm.ts';
import { contract } from '../../../../electron/ipc/contract.ts';
import type { ExportSettings } from '../../../../electron/shared/export.ts';

const settings: ExportSettings = {
  profile: 'decree30', parentAgency: 'BỘ NGOẠI GIAO', agency: 'VỤ ASEAN', number: '05/BC-BNG', place: 'Hà Nội',
  date: '2025-12-20', summary: 'Tổng kết hợp tác ASEAN năm 2025', addressees: ['Lãnh đạo Bộ'],
  distribution: ['Như trên', 'Lưu: VT, ASEAN'], signingAuthority: ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'], signerName: 'Đặng Hoàng Giang',
};
const exportInput = contract['export:docx'].input;
const accepted = (form: ExportForm) => exportInput.safeParse({ reviewId: 'r1', path: '/tmp/x.docx', settings: fromForm(form) }).success;

test('a valid form has no problem and round-trips to the same settings, accepted by the contract', () => {
  const form = toForm(settings);
  assert.deepEqual(validateForm(form), []);
  assert.deepEqual(fromForm(form), settings);
  assert.equal(accepted(form), true);
});

test('each single-value field over its limit is reported with the limit; the contract would refuse it', () => {
  for (const [field, max] of Object.entries(TEXT_MAX) as [keyof typeof TEXT_MAX, number][]) {
    const form = { ...toForm(settings), [field]: 'ạ'.repeat(max + 1) };
    assert.deepEqual(validateForm(form), [{ kind: 'tooLong', field, max }], field);
    assert.equal(accepted(form), false, field);
    assert.deepEqual(validateForm({ ...form, [field]: 'ạ'.repeat(max) }), [], `${field} at the limit`);
  }
});

test('a line over its limit is reported with its line number as seen in the box', () => {
  const form = { ...toForm(settings), distribution: `Như trên\n\n${'x'.repeat(301)}` };
  assert.deepEqual(validateForm(form), [{ kind: 'lineTooLong', field: 'distribution', line: 3, max: 300 }]);
  assert.equal(accepted(form), false);
  const signing = { ...toForm(settings), signingAuthority: `KT. BỘ TRƯỞNG\n${'y'.repeat(201)}` };
  assert.deepEqual(validateForm(signing), [{ kind: 'lineTooLong', field: 'signingAuthority', line: 2, max: 200 }]);
});

test('too many lines are reported, not silently cut', () => {
  const form = { ...toForm(settings), signingAuthority: ['A', 'B', 'C', 'D', 'E', 'F'].join('\n'), addressees: Array.from({ length: 51 }, (_, i) => `Nơi ${i}`).join('\n') };
  assert.deepEqual(validateForm(form), [
    { kind: 'tooManyLines', field: 'addressees', max: LINES_MAX.addressees.lines },
    { kind: 'tooManyLines', field: 'signingAuthority', max: 5 },
  ]);
  assert.equal(fromForm(form).signingAuthority.length, 6);
  assert.equal(accepted(form), false);
  // Blank lines do not count.
  assert.deepEqual(validateForm({ ...toForm(settings), signingAuthority: 'A\n\n\nB\n\nC\nD\n\nE' }), []);
});

test('an invalid date is reported', () => {
  assert.deepEqual(validateForm({ ...toForm(settings), date: '' }), [{ kind: 'date' }]);
});

test('the signing date is shown and typed as day/month/year; impossible days are refused', () => {
  assert.equal(isoToDayMonthYear('2026-11-24'), '24/11/2026');
  assert.equal(dayMonthYearToIso('24/11/2026'), '2026-11-24');
  assert.equal(dayMonthYearToIso(' 1.2.2026 '), '2026-02-01');
  assert.equal(dayMonthYearToIso('31/02/2026'), null);
  assert.equal(dayMonthYearToIso('11/24/2026'), null); // US order is not a day/month/year date
  assert.equal(dayMonthYearToIso('24/11'), null);
});

test('the international profile shows only what international.ts prints', () => {
  for (const field of ['agency', 'place', 'date', 'summary', 'signingAuthority', 'signerName'] as const) assert.equal(profileShows('international', field), true, field);
  for (const field of ['parentAgency', 'number', 'addressees', 'distribution'] as const) {
    assert.equal(profileShows('international', field), false, field);
    assert.equal(profileShows('decree30', field), true, field);
  }
});
