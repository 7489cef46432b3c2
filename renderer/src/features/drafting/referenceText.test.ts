// reference data screen: every field of every kind has a label in both languages (never its internal name),
// member codes read as country names, yes/no as words, and the save toast names the entry in plain words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { vi, type MessageKey } from '../../i18n/vi.ts';
import { en } from '../../i18n/en.ts';
import { referenceForms } from '../../../../electron/drafting/reference/fields.ts';
import { REF_KINDS } from '../../../../electron/drafting/reference/schema.ts';
import { USER_SOURCE } from '../../../../electron/drafting/reference/edits.ts';
import { loadReference } from '../../../../electron/drafting/reference/load.ts';
import { entryMatches, fieldLabel, folded, savedMessage, showValue, USER_SOURCE_TEXT, type T } from './referenceText.ts';

const tOf = (catalogue: Record<MessageKey, string>): T => (key, vars) =>
  catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) => (vars && name in vars ? String(vars[name]) : whole));
const tVi = tOf(vi);
const tEn = tOf(en);
const { data } = loadReference({ resourcesDir: join(import.meta.dirname, '..', '..', '..', '..') });

test('every field of every kind, and the key, has its own label in Vietnamese and English', () => {
  const forms = referenceForms();
  for (const kind of REF_KINDS) {
    for (const field of [...forms[kind].fields.map((f) => f.name), 'key']) {
      const labelVi = fieldLabel(tVi, kind, field);
      const labelEn = fieldLabel(tEn, kind, field);
      assert.notEqual(labelVi, field, `${kind}.${field} (vi)`);
      assert.notEqual(labelEn, field, `${kind}.${field} (en)`);
    }
  }
  assert.equal(fieldLabel(tVi, 'chairs', 'chair'), 'Nước Chủ tịch');
  assert.equal(fieldLabel(tEn, 'chairs', 'themeVi'), 'Theme (Vietnamese)');
  assert.equal(fieldLabel(tVi, 'summits', 'source'), 'Nguồn');
  assert.equal(fieldLabel(tVi, 'chairs', 'confirmed'), 'Đã xác nhận');
});

test('a member code reads as the member’s name in the UI language, with the code kept as the title', () => {
  const spec = referenceForms().chairs.fields.find((f) => f.name === 'chair');
  assert.deepEqual(showValue(tVi, 'vi', data, spec, 'PH'), { text: 'Phi-líp-pin', title: 'PH' });
  assert.deepEqual(showValue(tEn, 'en', data, spec, 'PH'), { text: 'Philippines', title: 'PH' });
  assert.equal(showValue(tVi, 'vi', data, undefined, true).text, 'Có');
  assert.equal(showValue(tEn, 'en', data, undefined, false).text, 'No');
  assert.equal(showValue(tVi, 'vi', data, undefined, null).text, '—');
  const successors = referenceForms().ministries.fields.find((f) => f.name === 'successors');
  assert.equal(showValue(tVi, 'vi', data, successors, ['mof']).text, 'Bộ Tài chính');
});

test('the save toast names the entry in plain words', () => {
  const y2027 = data.chairs.find((c) => c.key === '2027')!;
  assert.equal(savedMessage(tVi, 'vi', 'chairs', y2027), 'Đã lưu Chủ tịch ASEAN năm 2027.');
  assert.equal(savedMessage(tEn, 'en', 'chairs', y2027), 'Saved the ASEAN Chair for 2027.');
  const term = data.glossary[0]!;
  assert.equal(savedMessage(tVi, 'vi', 'glossary', term), `Đã lưu thuật ngữ “${term.vi}”.`);
});

test('the filter matches what the screen shows, without tone marks, and not internal field names', () => {
  const y2026 = data.chairs.find((c) => c.key === '2026')!;
  const shown = ['Phi-líp-pin', y2026.themeVi ?? ''];
  assert.equal(folded('Đặng Hoàng'), 'dang hoang');
  assert.equal(entryMatches(y2026, 'phi-lip', shown), true);
  assert.equal(entryMatches(y2026, 'chèo lái', shown), true);
  assert.equal(entryMatches(y2026, 'themeVi', shown), false);
  assert.equal(entryMatches(y2026, '   ', shown), true);
});

test('the user’s source text is the main side’s', () => {
  assert.equal(USER_SOURCE_TEXT, USER_SOURCE);
});
